using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Relations.Articles.Syntax;
using Relations.Articles.Values;
using Relations.Web.Data;

namespace Relations.Web.Import;

/// <summary>Writes an extracted corpus into a new database file: schema from the EF model, rows through prepared commands, one transaction.</summary>
internal static class DatabaseWriter
{
    /// <param name="checkpoint">Called between stages; tests throw from it to prove a failed import changes nothing.</param>
    public static void Write(string path, ExtractedCorpus corpus, Action<string>? checkpoint = null)
    {
        using (var db = new RelationsDb(new DbContextOptionsBuilder<RelationsDb>().UseSqlite(DatabaseFile.ReadWriteCreate(path)).Options))
        {
            db.Database.EnsureCreated();
        }

        using var connection = new SqliteConnection(DatabaseFile.ReadWriteCreate(path));
        connection.Open();
        // Rows go in table by table (a country before its successor is written, say); integrity is checked once at the end.
        Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF;");
        using (var tx = connection.BeginTransaction())
        {
            // The secondary indexes are built once over the loaded tables, which is cheaper than keeping them up row by row.
            var indexes = DropIndexes(connection, tx);
            var countryIds = WriteCountries(connection, tx, corpus);
            WritePersons(connection, tx, corpus);
            WriteRelations(connection, tx, corpus, countryIds);
            checkpoint?.Invoke("relations-written");
            WriteSourceFiles(connection, tx, corpus);
            foreach (var create in indexes)
            {
                Execute(connection, tx, create);
            }

            SearchIndex.Build(connection, tx);
            using var info = new BulkInsert(connection, tx, "DatabaseInfo", "Id", "Identity", "ImportedAt", "SchemaVersion");
            info.Add(1, Identity(corpus), Timestamp(corpus.Files.Select(f => f.FirstImported).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max()), RelationsDb.SchemaVersion);
            CheckForeignKeys(connection, tx);
            tx.Commit();
        }

        Execute(connection, "PRAGMA journal_mode = DELETE; ANALYZE;");
    }

    /// <summary>The same files and the same code give the same identity, so ETags survive an identical re-import and change otherwise.</summary>
    private static string Identity(ExtractedCorpus corpus)
    {
        var sb = new StringBuilder();
        sb.Append(typeof(WikiDocument).Assembly.ManifestModule.ModuleVersionId).Append(typeof(DatabaseWriter).Assembly.ManifestModule.ModuleVersionId);
        foreach (var f in corpus.Files)
        {
            sb.Append(f.Name).Append(f.Hash);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..16];
    }

    private static Dictionary<string, int> WriteCountries(SqliteConnection c, SqliteTransaction tx, ExtractedCorpus corpus)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var id = 1;
        foreach (var country in corpus.Countries)
        {
            ids[country.Name] = id++;
        }

        using var insert = new BulkInsert(c, tx, "Countries", "Id", "Name", "Slug", "Aliases", "Demonyms", "Historical", "SuccessorId", "SuccessorYear");
        foreach (var country in corpus.Countries)
        {
            int? successor = country.Successor is { } s && ids.TryGetValue(s, out var sid) ? sid : null;
            insert.Add(ids[country.Name], country.Name, country.Slug, string.Join('|', country.Aliases), string.Join('|', country.Demonyms), country.Historical, successor, country.SuccessorYear);
        }

        return ids;
    }

    private static void WritePersons(SqliteConnection c, SqliteTransaction tx, ExtractedCorpus corpus)
    {
        using var person = new BulkInsert(c, tx, "Persons", "Id", "Name", "Slug");
        using var alias = new BulkInsert(c, tx, "PersonAliases", "PersonId", "Alias", "Slug");
        foreach (var p in corpus.Persons.Values.DistinctBy(p => p.Id).OrderBy(p => p.Id))
        {
            person.Add(p.Id, p.Name, p.Slug);
            foreach (var a in p.Aliases.Where(a => Slug.From(a) != p.Slug).DistinctBy(Slug.From))
            {
                alias.Add(p.Id, a, Slug.From(a));
            }
        }
    }

    private static void WriteRelations(SqliteConnection c, SqliteTransaction tx, ExtractedCorpus corpus, Dictionary<string, int> countryIds)
    {
        using var relation = new BulkInsert(c, tx, "Relations", "Id", "Slug", "Title", "FirstCountryId", "SecondCountryId", "NativeNames", "EstablishedIso", "EstablishedText", "EstablishedLine", "File", "Hash");
        using var block = new BulkInsert(c, tx, "ArticleBlocks", "RelationId", "Ordinal", "Kind", "Level", "Section", "Line", "Text");
        using var mission = new BulkInsert(c, tx, "Missions", "RelationId", "SendingCountryId", "HostCountryId", "Kind", "City", "Name", "Line", "Section", "Sentence");
        using var ev = new BulkInsert(c, tx, "Events", "Id", "RelationId", "DateText", "DateIso", "EndIso", "Precision", "Qualifier", "Earliest", "Latest", "Text", "Section", "Kind", "Line", "SentenceIndex");
        using var evPerson = new BulkInsert(c, tx, "EventPersons", "EventId", "PersonId", "Ordinal");
        using var evCountry = new BulkInsert(c, tx, "EventCountries", "EventId", "CountryId");
        using var visit = new BulkInsert(c, tx, "Visits", "RelationId", "PersonId", "FromCountryId", "ToCountryId", "DateText", "DateIso", "EndIso", "Earliest", "Latest", "Line", "Section", "Sentence");
        using var aid = new BulkInsert(c, tx, "Aid", "RelationId", "DonorId", "RecipientId", "Year", "Amount", "Unit", "What", "Line", "Section", "Sentence");
        using var relPerson = new BulkInsert(c, tx, "RelationPersons", "RelationId", "PersonId", "Ordinal");
        using var seeAlso = new BulkInsert(c, tx, "SeeAlso", "RelationId", "Ordinal", "Title", "Kind", "TargetSlug", "Resolved", "Line");

        var hashes = corpus.Files.ToDictionary(f => f.Name, f => f.Hash, StringComparer.Ordinal);
        var relationId = 0;
        var eventId = 0;
        foreach (var r in corpus.Relations)
        {
            relationId++;
            relation.Add(relationId, $"{r.First.Slug}/{r.Second.Slug}", r.Title, countryIds[r.First.Name], countryIds[r.Second.Name], string.Join('|', r.NativeNames),
                r.Established?.Date.Iso, r.Established?.Date.Text, r.Established?.Source.Line, r.File, hashes[r.File]);

            var ordinal = 0;
            foreach (var (kind, level, section, line, text) in Blocks(r.Document))
            {
                block.Add(relationId, ordinal++, kind, level, section, line, text);
            }

            foreach (var m in r.Missions)
            {
                mission.Add(relationId, countryIds[m.Sending], countryIds[m.Host], m.Kind, m.City, m.Name, m.Source.Line, m.Source.Section, m.Source.Text);
            }

            foreach (var e in r.Events)
            {
                eventId++;
                ev.Add(eventId, relationId, e.Date.Text, e.Date.Iso, e.Date.EndIso, Lower(e.Date.Precision), e.Date.Qualifier == DateQualifier.None ? null : Lower(e.Date.Qualifier),
                    Day(e.Date.Earliest), Day(e.Date.Latest), e.Text, e.Source.Section, Lower(e.Kind), e.Source.Line, e.Source.Sentence);
                var order = 0;
                foreach (var p in e.Persons.Select(corpus.Person).OfType<CorpusPerson>().DistinctBy(p => p.Id))
                {
                    evPerson.Add(eventId, p.Id, order++);
                }

                foreach (var id in e.Countries.Select(n => countryIds.GetValueOrDefault(n)).Where(id => id > 0).Distinct())
                {
                    evCountry.Add(eventId, id);
                }
            }

            foreach (var v in r.Visits)
            {
                if (corpus.Person(v.Person) is { } p)
                {
                    visit.Add(relationId, p.Id, countryIds[v.From], countryIds[v.To], v.Date.Text, v.Date.Iso, v.Date.EndIso, Day(v.Date.Earliest), Day(v.Date.Latest), v.Source.Line, v.Source.Section, v.Source.Text);
                }
            }

            foreach (var a in r.Aid)
            {
                aid.Add(relationId, countryIds[a.Donor], countryIds[a.Recipient], a.Year, (double)a.Amount, a.Unit, a.What, a.Source.Line, a.Source.Section, a.Source.Text);
            }

            var personOrder = 0;
            foreach (var p in r.Persons.Select(p => corpus.Person(p.Name)).OfType<CorpusPerson>().DistinctBy(p => p.Id))
            {
                relPerson.Add(relationId, p.Id, personOrder++);
            }

            var seeOrder = 0;
            foreach (var s in r.SeeAlso)
            {
                var resolved = corpus.Resolve(s);
                seeAlso.Add(relationId, seeOrder++, s.Title, Lower(s.Kind), resolved ?? s.Target, resolved is not null, s.Line);
            }
        }
    }

    private static void WriteSourceFiles(SqliteConnection c, SqliteTransaction tx, ExtractedCorpus corpus)
    {
        using var file = new BulkInsert(c, tx, "SourceFiles", "Id", "File", "Hash", "Outcome", "ErrorLine", "Error", "ImportedAt", "Content");
        using var diagnostic = new BulkInsert(c, tx, "Diagnostics", "SourceFileId", "Line", "Severity", "Code", "Message");
        for (var i = 0; i < corpus.Files.Count; i++)
        {
            var f = corpus.Files[i];
            var result = corpus.Results[i];
            file.Add(i + 1, f.Name, f.Hash, Lower(result.Outcome), result.Line, result.Message, Timestamp(f.FirstImported), f.Content);
            foreach (var d in corpus.Diagnostics[i])
            {
                diagnostic.Add(i + 1, d.Line, Lower(d.Severity), d.Code, d.Message);
            }
        }
    }

    /// <summary>The article body as rows: the infobox, headings, paragraphs and list items, in file order.</summary>
    private static IEnumerable<(string Kind, int Level, string Section, int Line, string Text)> Blocks(WikiDocument document)
    {
        foreach (var entry in document.Infobox)
        {
            yield return ("infobox", 0, "Infobox", entry.Line, $"{entry.Key}: {entry.Value}");
        }

        foreach (var section in document.AllSections())
        {
            if (!section.IsLead)
            {
                yield return ("heading", section.Level, section.Path, section.Line, section.Heading);
            }

            foreach (var b in section.Blocks)
            {
                switch (b)
                {
                    case Paragraph p:
                        yield return ("paragraph", 0, section.Path, p.Line, p.Text);
                        break;
                    case BulletList list:
                        foreach (var item in list.Items)
                        {
                            yield return ("item", 0, section.Path, item.Line, item.Text);
                        }

                        break;
                }
            }
        }
    }

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Timestamp(DateTimeOffset t) => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    private static void CheckForeignKeys(SqliteConnection c, SqliteTransaction tx)
    {
        using var command = c.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "PRAGMA foreign_key_check";
        using var reader = command.ExecuteReader();
        if (reader.Read())
        {
            throw new InvalidOperationException($"The import would break a reference: table {reader.GetString(0)} row {reader.GetValue(1)} → {reader.GetString(2)}");
        }
    }

    /// <summary>Drops the schema's own indexes (not the primary keys' automatic ones) and returns their CREATE statements.</summary>
    private static List<string> DropIndexes(SqliteConnection c, SqliteTransaction tx)
    {
        var indexes = new List<(string Name, string Sql)>();
        using (var command = c.CreateCommand())
        {
            command.Transaction = tx;
            command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY rowid";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            Execute(c, tx, $"DROP INDEX \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
        }

        return indexes.Select(i => i.Sql).ToList();
    }

    private static void Execute(SqliteConnection c, SqliteTransaction tx, string sql)
    {
        using var command = c.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection c, string sql)
    {
        using var command = c.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
