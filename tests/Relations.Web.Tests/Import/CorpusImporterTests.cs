using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Relations.Web.Data;
using Relations.Web.Generation;
using Relations.Web.Import;
using Relations.Web.Tests.Support;

namespace Relations.Web.Tests.Import;

public sealed class CorpusImporterTests : IDisposable
{
    private const string CubaSouthKorea = "= Cuba–South Korea relations =\n\nCuba and South Korea established diplomatic relations on 14 February 2024.\n\n==See also==\n- Cuba–North Korea relations\n- Foreign relations of South Korea\n";

    private readonly TestCorpus corpus = new();

    public void Dispose() => corpus.Dispose();

    private static CorpusImporter Importer(Action<string>? checkpoint = null) => new(NullLogger.Instance, checkpoint);

    private static string Sha(string path)
    {
        SqliteConnection.ClearAllPools();
        return Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
    }

    private static T Read<T>(string path, Func<RelationsDb, T> query)
    {
        using var db = DatabaseFile.OpenReadOnly(path);
        try
        {
            return query(db);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    [Fact]
    public void ImportsTheSeedsIntoARealDatabaseFile()
    {
        var report = Importer().Import(corpus.Database, [corpus.Seeds]);

        Assert.Equal((2, 0, 0, 2), (report.Imported, report.Rejected, report.Skipped, report.Relations));
        Assert.Equal(["cuba/north-korea", "north-korea/vietnam"], Read(corpus.Database, db => db.Relations.OrderBy(r => r.Slug).Select(r => r.Slug).ToList()));
        var relation = Read(corpus.Database, db => db.Relations.Include(r => r.Blocks).Single(r => r.Slug == "cuba/north-korea"));
        Assert.Equal("002_bde09c3ab8031452.txt", relation.File);
        Assert.Equal(64, relation.Hash.Length);
        Assert.Contains(relation.Blocks, b => b.Kind == "heading" && b.Text == "History" && b.Line == 7);
        Assert.Equal(4, Read(corpus.Database, db => db.Missions.Count()));
    }

    [Fact]
    public void ImportingTheSameFilesTwiceGivesTheSameDatabase()
    {
        Importer().Import(corpus.Database, [corpus.Seeds]);
        var first = Sha(corpus.Database);

        Importer().Import(corpus.Database, [corpus.Seeds]);

        Assert.Equal(first, Sha(corpus.Database));
    }

    [Fact]
    public void AFailedImportLeavesThePreviousDatabaseReadableAndUnchanged()
    {
        Importer().Import(corpus.Database, [corpus.Seeds]);
        var before = Sha(corpus.Database);
        corpus.Write("cuba-south-korea.txt", CubaSouthKorea);

        foreach (var stage in new[] { "article-written", "relations-written", "before-swap" })
        {
            var failing = Importer(s => { if (s == stage) { throw new IOException("disk full (simulated)"); } });
            Assert.Throws<IOException>(() => failing.Import(corpus.Database, [Path.Combine(corpus.Folder, "extra")]));

            Assert.Equal(before, Sha(corpus.Database));
            Assert.Equal(2, Read(corpus.Database, db => db.Relations.Count()));
            Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(corpus.Database)!, "*.tmp*"));
        }
    }

    [Fact]
    public void ALaterImportKeepsTheCorpusAndResolvesSeeAlsoThen()
    {
        Importer().Import(corpus.Database, [corpus.Seeds]);
        var before = Read(corpus.Database, db => db.SeeAlso.Single(s => s.Title == "Cuba–South Korea relations"));
        Assert.False(before.Resolved);

        corpus.Write("cuba-south-korea.txt", CubaSouthKorea);
        var report = Importer().Import(corpus.Database, [Path.Combine(corpus.Folder, "extra")]);

        Assert.Equal(3, report.Relations);
        var after = Read(corpus.Database, db => db.SeeAlso.Single(s => s.Title == "Cuba–South Korea relations"));
        Assert.True(after.Resolved);
        Assert.Equal("cuba/south-korea", after.TargetSlug);
        var back = Read(corpus.Database, db => db.SeeAlso.Single(s => s.Title == "Cuba–North Korea relations"));
        Assert.Equal(("cuba/north-korea", true), (back.TargetSlug, back.Resolved));
    }

    [Fact]
    public void APersonKnownInOneArticleIsFoundInAnother()
    {
        corpus.Write("hungary-poland.txt", "= Hungary–Poland relations =\n\nPrime Minister Imre Nagy visited Warsaw in 1956.\n", "people");
        corpus.Write("hungary-yugoslavia.txt", "= Hungary–Yugoslavia relations =\nInfobox\n- Flag_size: 80px\n\nIn 1956 Yugoslavia offered asylum to Imre Nagy.\n", "people");

        Importer().Import(corpus.Database, [Path.Combine(corpus.Folder, "people")]);

        // The second article is extracted again knowing the name; its diagnostics are those of one extraction, not two.
        var diagnostics = Read(corpus.Database, db => db.Diagnostics.Where(d => db.SourceFiles.Any(f => f.Id == d.SourceFileId && f.File == "hungary-yugoslavia.txt")).Select(d => d.Message).ToList());
        Assert.Equal(["infobox key 'Flag_size' is kept but not understood"], diagnostics);

        var relations = Read(corpus.Database, db => db.RelationPersons.Where(rp => rp.Person.Name == "Imre Nagy").Count());
        Assert.Equal(2, relations);
        var eventPeople = Read(corpus.Database, db => db.EventPersons.Count(ep => ep.Person.Name == "Imre Nagy"));
        Assert.Equal(2, eventPeople);

        // Its search row was rewritten with the person at the end (the index keeps no text to copy): the sentence, its
        // country's demonym and the relation's parties still find it, and it is there once.
        var asylum = Read(corpus.Database, db => db.Events.Single(e => e.Text.Contains("asylum")).Id);
        Assert.Equal([asylum], SearchIds("asylum yugoslav hungary imre"));
        Assert.Equal(2, SearchIds("relations").Count);
    }

    [Fact]
    public void NamesAPersonAsTheArticleDoesNotByALongerFormItGroupedWithTheName()
    {
        corpus.Write("cuba-mozambique.txt", """
            = Cuba–Mozambique relations =

            In October 1977 Samora Moisés Machel made a state visit to Havana. President Samora Machel died on 19 October 1986.

            Fidel Castro sent condolences on 20 October 1986, and Nguyễn Văn Linh wrote in November 1986.
            """, "middle");

        Importer().Import(corpus.Database, [Path.Combine(corpus.Folder, "middle")]);

        var people = Read(corpus.Database, db => db.Persons.OrderBy(p => p.Name).Select(p => p.Name).ToList());
        Assert.Equal(["Fidel Castro", "Nguyễn Văn Linh", "Samora Machel"], people);
        Assert.Equal(["Samora Moisés Machel"], Read(corpus.Database, db => db.PersonAliases.Select(a => a.Alias).ToList()));
    }

    private List<long> SearchIds(string words) =>
        Column<long>(corpus.Database, "SELECT rowid FROM EventSearch WHERE EventSearch MATCH $q ORDER BY rowid", words);

    /// <summary>The first column of a query's rows, from a database file opened read-only; <c>$q</c> is <paramref name="q"/>.</summary>
    private static List<T> Column<T>(string path, string sql, string? q = null)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (q is not null)
        {
            command.Parameters.AddWithValue("$q", q);
        }

        using var reader = command.ExecuteReader();
        var values = new List<T>();
        while (reader.Read())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }

    [Fact]
    public void EveryReferenceInAnImportedDatabaseResolves()
    {
        // The seeds, the test articles and 400 generated ones (with bad files, and people learnt across articles, so
        // that some relations are extracted again and their rows replaced).
        var generated = Path.Combine(corpus.Folder, "generated");
        ArticleGenerator.WriteCorpus(generated, 400, 7);
        var report = Importer().Import(corpus.Database, [corpus.Seeds, Path.Combine(AppContext.BaseDirectory, "Articles"), generated]);
        Assert.True(report.Relations > 350);

        using var connection = new SqliteConnection($"Data Source={corpus.Database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA foreign_key_check";
        using (var reader = check.ExecuteReader())
        {
            Assert.False(reader.Read(), reader.HasRows ? $"{reader.GetString(0)} row {reader.GetValue(1)} refers to a missing {reader.GetString(2)}" : null);
        }

        check.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", check.ExecuteScalar());

        // The importer drops the schema's indexes for the load and builds them again (some before the people pass
        // replaces rows, the rest at the end): every one is there, as the schema has it.
        Assert.Equal(Indexes(FreshSchema()), Indexes(corpus.Database));

        // The planner's statistics are taken table by table at two moments of the import: together they are what one
        // ANALYZE of the finished file gives, every table and index counted.
        var analysed = Path.Combine(corpus.Folder, "analysed.db");
        File.Copy(corpus.Database, analysed);
        using (var copy = new SqliteConnection($"Data Source={analysed};Pooling=False"))
        {
            copy.Open();
            using var analyse = copy.CreateCommand();
            analyse.CommandText = "ANALYZE";
            analyse.ExecuteNonQuery();
        }

        Assert.Equal(Statistics(analysed), Statistics(corpus.Database));
        Assert.Contains(Statistics(corpus.Database), s => s.StartsWith("Visits|IX_Visits_PersonId|", StringComparison.Ordinal));
    }

    private static List<string> Statistics(string path) =>
        Column<string>(path, "SELECT tbl || '|' || ifnull(idx, '') || '|' || stat FROM sqlite_stat1 ORDER BY tbl, idx");

    private string FreshSchema()
    {
        var path = Path.Combine(corpus.Folder, "fresh.db");
        using (var db = new RelationsDb(new DbContextOptionsBuilder<RelationsDb>().UseSqlite(DatabaseFile.ReadWriteCreate(path)).Options))
        {
            db.Database.EnsureCreated();
        }

        SqliteConnection.ClearAllPools();
        return path;
    }

    private static List<string> Indexes(string path) =>
        Column<string>(path, "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name");

    [Fact]
    public void RejectsBadFilesByFileAndLineAndImportsTheRest()
    {
        corpus.Write("no-title.txt", "Just some text\nwithout a title.\n", "mixed");
        corpus.WriteBytes("latin1.txt", [.. "= Cuba–Spain relations =\n\nCaf"u8, 0xE9, .. "\n"u8], "mixed");
        corpus.Write("foreign.txt", "= Foreign relations of Cuba =\n\nCuba has relations.\n", "mixed");
        corpus.Write("duplicate.txt", "= North Korea–Cuba relations =\n\nText.\n", "mixed");
        corpus.Write("atlantis.txt", "= Atlantis–Cuba relations =\n\nText.\n", "mixed");

        var report = Importer().Import(corpus.Database, [corpus.Seeds, Path.Combine(corpus.Folder, "mixed")]);

        Assert.Equal(2, report.Imported);
        var byFile = report.Files.ToDictionary(f => f.File);
        Assert.Equal((FileOutcome.Rejected, 1), (byFile["no-title.txt"].Outcome, byFile["no-title.txt"].Line));
        Assert.Equal((FileOutcome.Rejected, 3), (byFile["latin1.txt"].Outcome, byFile["latin1.txt"].Line));
        Assert.Equal(FileOutcome.Skipped, byFile["foreign.txt"].Outcome);
        Assert.Equal(FileOutcome.Rejected, byFile["duplicate.txt"].Outcome);
        Assert.Equal((FileOutcome.Rejected, 1), (byFile["atlantis.txt"].Outcome, byFile["atlantis.txt"].Line));
        Assert.Contains("'Atlantis'", byFile["atlantis.txt"].Message, StringComparison.Ordinal);
        Assert.Contains("002_bde09c3ab8031452.txt", byFile["duplicate.txt"].Message, StringComparison.Ordinal);
        var log = Read(corpus.Database, db => db.SourceFiles.OrderBy(f => f.File).Select(f => new { f.File, f.Outcome, f.ErrorLine }).ToList());
        Assert.Equal(7, log.Count);
        Assert.Contains(log, f => f.File == "latin1.txt" && f.Outcome == "rejected" && f.ErrorLine == 3);
    }

    [Fact]
    public void StrictModeLeavesTheDatabaseUntouchedWhenAFileIsRejected()
    {
        Importer().Import(corpus.Database, [corpus.Seeds]);
        var before = Sha(corpus.Database);
        corpus.Write("no-title.txt", "no title\n");
        corpus.Write("cuba-south-korea.txt", CubaSouthKorea);

        var report = Importer().Import(corpus.Database, [Path.Combine(corpus.Folder, "extra")], strict: true);

        Assert.False(report.Written);
        Assert.Equal(before, Sha(corpus.Database));
    }
}
