using System.Collections.Frozen;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Relations.Articles.Facts;
using Relations.Articles.Reference;
using Relations.Articles.Syntax;
using Relations.Articles.Values;
using Relations.Web.Data;

namespace Relations.Web.Import;

/// <summary>
/// Writes an import into a new database file while the articles are still being extracted: each article's rows go in
/// as soon as its turn comes (file order, so the same files give the same file), and only what needs the whole corpus
/// is kept for <see cref="Finish"/> — people (merged across articles), visits and the links to them, See also
/// targets, the country rows. Schema from the EF model, rows through prepared statements, one transaction.
/// </summary>
internal sealed partial class CorpusWriter : IDisposable
{
    /// <summary>The tables each article's rows go into as it is written (the rest are written by <see cref="Finish"/>).</summary>
    private static readonly FrozenSet<string> StreamedTables = FrozenSet.ToFrozenSet(["Relations", "ArticleBlocks", "Missions", "Events", "EventCountries", "Aid", "SourceFiles"], StringComparer.Ordinal);

    /// <summary>The streamed tables no replacement touches (the names pass rewrites a relation's facts, not its body or file).</summary>
    private static readonly FrozenSet<string> BodyTables = FrozenSet.ToFrozenSet(["ArticleBlocks", "SourceFiles"], StringComparer.Ordinal);

    private readonly SqliteConnection connection;
    private readonly string path;
    private SqliteTransaction tx;
    private readonly List<(string Table, string Sql)> indexes;
    private readonly BulkInsert relationRows;
    private readonly BulkInsert blockRows;
    private readonly BulkInsert missionRows;
    private readonly BulkInsert eventRows;
    private readonly BulkInsert eventCountryRows;
    private readonly BulkInsert aidRows;
    private readonly BulkInsert fileRows;
    private readonly BulkInsert searchRows;
    private readonly Dictionary<string, int> countryIds;
    private readonly Dictionary<string, string[]> countrySearchWords = new(StringComparer.Ordinal);
    private readonly List<string> searchWords = [];
    private readonly List<int> eventCountryIds = [];
    private readonly HashSet<string> searchSeen = new(StringComparer.Ordinal);
    private readonly System.Text.StringBuilder searchText = new();
    private readonly Dictionary<string, string> pairs = new(StringComparer.Ordinal);
    private readonly Dictionary<DateOnly, string> days = [];
    private readonly List<WrittenFile> files = [];
    private readonly List<WrittenRelation> relations = [];
    private int eventId;
    private int missionId;
    private int aidId;
    private bool disposed;

    public CorpusWriter(string path)
    {
        this.path = path;
        using (var db = new RelationsDb(new DbContextOptionsBuilder<RelationsDb>().UseSqlite(DatabaseFile.ReadWriteCreate(path)).Options))
        {
            db.Database.EnsureCreated();
            KeyedTables.StoreByKey(db);
        }

        connection = new SqliteConnection(DatabaseFile.ReadWriteCreate(path));
        connection.Open();
        // Rows go in table by table (an event before the people it names, say); integrity is checked once at the end.
        Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF;");
        tx = connection.BeginTransaction();

        // The secondary indexes are built once over the loaded tables, which is cheaper than keeping them up row by row.
        indexes = DropIndexes();
        SearchIndex.Create(connection, tx);

        // Country ids are fixed by the gazetteer, so rows can name a country before the corpus's countries are known.
        countryIds = Gazetteer.Default.Countries.OrderBy(c => c.Slug, StringComparer.Ordinal)
            .Select((c, i) => (c.Name, Id: i + 1))
            .ToDictionary(x => x.Name, x => x.Id, StringComparer.Ordinal);

        relationRows = Insert("Relations", "Id", "Slug", "Title", "FirstCountryId", "SecondCountryId", "NativeNames", "EstablishedIso", "EstablishedText", "EstablishedLine", "File", "Hash");
        blockRows = Insert("ArticleBlocks", "RelationId", "Ordinal", "Kind", "Level", "Section", "Line", "Text");
        missionRows = Insert("Missions", "Id", "RelationId", "SendingCountryId", "HostCountryId", "Kind", "City", "Name", "Line", "Section", "Sentence");
        eventRows = Insert("Events", "Id", "RelationId", "DateText", "DateIso", "EndIso", "Precision", "Qualifier", "Earliest", "Latest", "Text", "Section", "Kind", "Line", "SentenceIndex");
        eventCountryRows = Insert("EventCountries", "EventId", "CountryId");
        aidRows = Insert("Aid", "Id", "RelationId", "DonorId", "RecipientId", "Year", "Amount", "Unit", "What", "Line", "Section", "Sentence");
        fileRows = Insert("SourceFiles", "Id", "File", "Hash", "Outcome", "ErrorLine", "Error", "ImportedAt", "Content");
        searchRows = Insert(SearchIndex.Table, "rowid", "text", "persons", "countries", "relation");
    }

    /// <summary>The relations written so far, in id order; the corpus-wide people pass reads and replaces their facts.</summary>
    public IReadOnlyList<WrittenRelation> Relations => relations;

    /// <summary>
    /// Writes one file of the corpus (they must come in file order) and returns its outcome: a second article on a
    /// pair of countries already written is rejected, naming the first.
    /// </summary>
    public ImportedFile Add(SourceFile file, ImportedFile result, ArticleFacts? facts)
    {
        if (facts is not null)
        {
            var key = PairKey(facts.First.Slug, facts.Second.Slug);
            if (pairs.TryGetValue(key, out var first))
            {
                result = result with { Outcome = FileOutcome.Rejected, Line = facts.Document.TitleLine, Message = $"'{facts.Title}' duplicates the relation already imported from {first}" };
            }
            else
            {
                pairs[key] = facts.File;
                WriteRelation(file, files.Count, facts);
            }
        }

        // The content is written here and not kept: Content reads it back for the few articles extracted again.
        files.Add(new WrittenFile(file with { Content = [] }, result, facts?.Diagnostics ?? []));
        fileRows.Add(files.Count, file.Name, file.Hash, Lower(result.Outcome), result.Line, result.Message, Timestamp(file.FirstImported), file.Content);
        return result;
    }

    /// <summary>
    /// Builds the indexes of the articles' bodies and files, which the corpus-wide names pass does not touch: the
    /// importer has it done while the workers extract that pass's articles (this thread would only wait for them).
    /// </summary>
    public void IndexBodyTables() => CreateIndexes(BodyTables);

    /// <summary>
    /// Builds the indexes of the tables the articles were streamed into (events, blocks, missions, aid, relations, files)
    /// that are not built yet, and merges the search index. <see cref="Finish"/> does it while another thread writes
    /// the link rows.
    /// </summary>
    private void IndexStreamedTables()
    {
        CreateIndexes(StreamedTables);
        SearchIndex.Optimize(connection, tx);
    }

    /// <summary>The content of a relation's file, as written (the writer keeps no copy).</summary>
    public byte[] Content(WrittenRelation relation)
    {
        using var read = connection.CreateCommand();
        read.Transaction = tx;
        read.CommandText = "SELECT Content FROM SourceFiles WHERE Id = $id";
        read.Parameters.AddWithValue("$id", relation.FileIndex + 1);
        return (byte[])read.ExecuteScalar()!;
    }

    /// <summary>Replaces what a relation's article says with a new extraction of it (same document, more people known).</summary>
    public void Replace(WrittenRelation relation, ArticleFacts facts)
    {
        files[relation.FileIndex] = files[relation.FileIndex] with { Diagnostics = facts.Diagnostics };
        if (Fingerprint(facts) == relation.Fingerprint)
        {
            // Knowing more people changed only what is written at the end: keep the rows, take the new people.
            relation.Facts = Deferred(facts);
            relation.EventList = relation.EventList.Zip(facts.Events, (written, e) => WrittenEvent.Of(written.Id, e.Persons, written.IndexedPersons)).ToArray();
            return;
        }

        DeleteRange("Events", "Id", relation.Events);
        DeleteRange("EventCountries", "EventId", relation.Events);
        DeleteRange(SearchIndex.Table, "rowid", relation.Events);
        DeleteRange("Missions", "Id", relation.Missions);
        DeleteRange("Aid", "Id", relation.Aid);
        DeleteRange("Relations", "Id", (relation.Id, relation.Id));
        WriteRelationRow(relation.Id, relation.FileHash, facts);
        WriteFacts(relation, facts);
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        tx.Dispose();

        foreach (var insert in new[] { relationRows, blockRows, missionRows, eventRows, eventCountryRows, aidRows, fileRows, searchRows })
        {
            insert.Dispose();
        }

        connection.Dispose();
    }

    public static string PairKey(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? $"{a}/{b}" : $"{b}/{a}";

    private void WriteRelation(SourceFile file, int fileIndex, ArticleFacts facts)
    {
        var relation = new WrittenRelation(relations.Count + 1, $"{facts.First.Slug}/{facts.Second.Slug}", file.Name, file.Hash, fileIndex);
        relations.Add(relation);
        WriteRelationRow(relation.Id, file.Hash, facts);
        var ordinal = 0;
        foreach (var (kind, level, section, line, text) in Blocks(facts.Document))
        {
            blockRows.Add(relation.Id, ordinal++, kind, level, section, line, text);
        }

        WriteFacts(relation, facts);
    }

    private void WriteRelationRow(int id, string hash, ArticleFacts r) =>
        relationRows.Add(id, $"{r.First.Slug}/{r.Second.Slug}", r.Title, countryIds[r.First.Name], countryIds[r.Second.Name], string.Join('|', r.NativeNames),
            r.Established?.Date.Iso, r.Established?.Date.Text, r.Established?.Source.Line, r.File, hash);

    /// <summary>The rows of a relation's facts that need nothing from other articles; the rest is kept for <see cref="Finish"/>.</summary>
    private void WriteFacts(WrittenRelation relation, ArticleFacts r)
    {
        var id = relation.Id;
        relation.Facts = Deferred(r);
        relation.Fingerprint = Fingerprint(r);

        var firstMission = missionId + 1;
        foreach (var m in r.Missions)
        {
            missionRows.Add(++missionId, id, countryIds[m.Sending], countryIds[m.Host], m.Kind, m.City, m.Name, m.Source.Line, m.Source.Section, m.Source.Text);
        }

        relation.Missions = (firstMission, missionId);

        var firstAid = aidId + 1;
        foreach (var a in r.Aid)
        {
            aidRows.Add(++aidId, id, countryIds[a.Donor], countryIds[a.Recipient], a.Year, (double)a.Amount, a.Unit, a.What, a.Source.Line, a.Source.Section, a.Source.Text);
        }

        relation.Aid = (firstAid, aidId);

        var relationWords = RelationSearchWords(r.Title, r.First, r.Second);
        var aliases = r.Persons.ToDictionary(p => p.Name, p => p.Aliases, StringComparer.Ordinal);
        var searchColumns = new Dictionary<string, (string Countries, string Relation)>(StringComparer.Ordinal);
        var firstEvent = eventId + 1;
        var events = new WrittenEvent[r.Events.Count];
        foreach (var e in r.Events)
        {
            eventId++;
            eventRows.Add(eventId, id, e.Date.Text, e.Date.Iso, e.Date.EndIso, Lower(e.Date.Precision), e.Date.Qualifier == DateQualifier.None ? null : Lower(e.Date.Qualifier),
                Day(e.Date.Earliest), Day(e.Date.Latest), e.Text, e.Source.Section, Lower(e.Kind), e.Source.Line, e.Source.Sentence);
            var names = new List<string>(e.Countries.Count);
            eventCountryIds.Clear();
            foreach (var name in e.Countries)
            {
                // A country is one row however many of its names the event gives; a name the corpus does not know is none.
                if (countryIds.GetValueOrDefault(name) is var countryId and > 0 && !eventCountryIds.Contains(countryId))
                {
                    eventCountryIds.Add(countryId);
                    eventCountryRows.Add(eventId, countryId);
                    names.Add(name);
                }
            }

            // Most events of a relation name the same countries: their two search columns are made once.
            var namesKey = string.Join('|', names);
            if (!searchColumns.TryGetValue(namesKey, out var columns))
            {
                columns = SearchColumns(names, relationWords);
                searchColumns[namesKey] = columns;
            }

            var (countries, relationText) = columns;

            // The people column is written with the article's own names; Finish rewrites the few rows whose people
            // turn out to have other forms elsewhere in the corpus.
            var persons = e.Persons.Count == 0 ? string.Empty
                : PersonsSearchText(e.Persons.Distinct(StringComparer.Ordinal).Select(n => (n, aliases.GetValueOrDefault(n) ?? [])));
            searchRows.Add(eventId, e.Text, persons, countries, relationText);
            events[eventId - firstEvent] = WrittenEvent.Of(eventId, e.Persons, persons);
        }

        relation.Events = (firstEvent, eventId);
        relation.EventList = events;
    }

    private static DeferredFacts Deferred(ArticleFacts r) => new(r.Title, r.First, r.Second, r.Persons, r.Visits, r.SeeAlso, CountryNames(r), r.PeopleFingerprint, r.UnknownNameKeys);

    /// <summary>A hash of every row <see cref="WriteFacts"/> writes (nothing deferred), to tell whether a re-extraction changed any of them.</summary>
    private static int Fingerprint(ArticleFacts r)
    {
        var hash = new HashCode();
        hash.Add(r.Title);
        hash.Add(r.First.Name);
        hash.Add(r.Second.Name);
        hash.Add(string.Join('|', r.NativeNames));
        hash.Add(r.Established?.Date.Iso);
        hash.Add(r.Established?.Date.Text);
        hash.Add(r.Established?.Source.Line);
        foreach (var m in r.Missions)
        {
            hash.Add(m);
        }

        foreach (var a in r.Aid)
        {
            hash.Add(a);
        }

        foreach (var e in r.Events)
        {
            // The source's sentence is the document's at that line and index: its place says it, unhashed again.
            hash.Add(e.Date);
            hash.Add(e.Text);
            hash.Add(e.Kind);
            hash.Add(e.Source.Line);
            hash.Add(e.Source.Section);
            hash.Add(e.Source.Sentence);
            foreach (var c in e.Countries)
            {
                hash.Add(c);
            }
        }

        return hash.ToHashCode();
    }

    /// <summary>The relation's words for the search index: its title and both parties with their aliases.</summary>
    internal static string[] RelationSearchWords(string title, Country first, Country second) =>
        $"{title} {SearchText(first, demonyms: false)} {SearchText(second, demonyms: false)}".Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>An event's countries and relation columns: the words of the countries it names, then the relation's words, each once.</summary>
    internal (string Countries, string Relation) SearchColumns(IEnumerable<string> countryNames, string[] relationWords)
    {
        searchWords.Clear();
        foreach (var name in countryNames)
        {
            searchWords.AddRange(CountrySearchWords(name));
        }

        var countriesEnd = searchWords.Count;
        searchWords.AddRange(relationWords);
        return (DistinctWords(searchWords, 0, countriesEnd), DistinctWords(searchWords, countriesEnd, searchWords.Count));
    }

    /// <summary>A country's words for the search index: its name, aliases and demonyms.</summary>
    private string[] CountrySearchWords(string name)
    {
        if (!countrySearchWords.TryGetValue(name, out var words))
        {
            words = (Gazetteer.Default.Find(name) is { } c ? SearchText(c, demonyms: true) : name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            countrySearchWords[name] = words;
        }

        return words;
    }

    /// <summary>
    /// The words of <paramref name="words"/> from <paramref name="from"/> to <paramref name="to"/> that no earlier word
    /// of the list repeats, joined by spaces. A search matches a row when every word of the query is somewhere in it, so a word written
    /// twice in a row's columns finds nothing more: "North Korea DPRK" of the countries and "North Korea–Vietnam
    /// relations North Korea DPRK …" of the relation are indexed once (a third less text to index).
    /// </summary>
    private string DistinctWords(List<string> words, int from, int to)
    {
        searchSeen.Clear();
        searchText.Clear();
        for (var i = 0; i < to; i++)
        {
            if (searchSeen.Add(words[i]) && i >= from)
            {
                searchText.Append(searchText.Length > 0 ? " " : string.Empty).Append(words[i]);
            }
        }

        return searchText.ToString();
    }

    private static string SearchText(Country c, bool demonyms) =>
        demonyms ? $"{c.Name} {string.Join(' ', c.Aliases)} {string.Join(' ', c.Demonyms)}" : $"{c.Name} {string.Join(' ', c.Aliases)}";

    private static string PersonsSearchText(IEnumerable<(string Name, IReadOnlyList<string> Aliases)> persons)
    {
        // Each person as "name alias alias…" (a space after the name even when it has no alias), persons joined by spaces.
        var text = new System.Runtime.CompilerServices.DefaultInterpolatedStringHandler(0, 0);
        var first = true;
        foreach (var (name, aliases) in persons)
        {
            if (!first)
            {
                text.AppendLiteral(" ");
            }

            first = false;
            text.AppendLiteral(name);
            text.AppendLiteral(" ");
            for (var i = 0; i < aliases.Count; i++)
            {
                if (i > 0)
                {
                    text.AppendLiteral(" ");
                }

                text.AppendLiteral(aliases[i]);
            }
        }

        return text.ToStringAndClear();
    }

    /// <summary>Every country a relation's facts name: the corpus's country rows are the union of these.</summary>
    private static HashSet<string> CountryNames(ArticleFacts r)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { r.First.Name, r.Second.Name };
        foreach (var m in r.Missions)
        {
            names.Add(m.Sending);
            names.Add(m.Host);
        }

        foreach (var v in r.Visits)
        {
            names.Add(v.From);
            names.Add(v.To);
        }

        foreach (var a in r.Aid)
        {
            names.Add(a.Donor);
            names.Add(a.Recipient);
        }

        foreach (var e in r.Events)
        {
            foreach (var country in e.Countries)
            {
                names.Add(country);
            }
        }

        foreach (var s in r.SeeAlso)
        {
            if (s.Kind == SeeAlsoKind.Country && s.Target is not null)
            {
                names.Add(Gazetteer.Default.FindBySlug(s.Target)!.Name);
            }
        }

        return names;
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

    private void DeleteRange(string table, string column, (int First, int Last) range)
    {
        if (range.Last < range.First)
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"DELETE FROM \"{table}\" WHERE \"{column}\" BETWEEN $first AND $last";
        command.Parameters.AddWithValue("$first", range.First);
        command.Parameters.AddWithValue("$last", range.Last);
        command.ExecuteNonQuery();
    }

    private BulkInsert Insert(string table, params string[] columns) => new(connection, tx, table, columns);

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    /// <summary>A day as written in the database; a corpus has far fewer distinct days than dated rows, so each is made once.</summary>
    private string Day(DateOnly date) => Day(days, date);

    private static string Day(Dictionary<DateOnly, string> made, DateOnly date)
    {
        if (!made.TryGetValue(date, out var text))
        {
            text = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            made[date] = text;
        }

        return text;
    }

    private static string Timestamp(DateTimeOffset t) => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    /// <summary>Drops the schema's own indexes (not the primary keys' automatic ones) and returns their tables and CREATE statements.</summary>
    private List<(string Table, string Sql)> DropIndexes()
    {
        var found = new List<(string Name, string Table, string Sql)>();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = tx;
            command.CommandText = "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY rowid";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                found.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        foreach (var (name, _, _) in found)
        {
            Execute(tx, $"DROP INDEX \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
        }

        return found.Select(i => (i.Table, i.Sql)).ToList();
    }

    /// <summary>Builds the dropped indexes of the given tables (or of all that are left) over their rows, once each.</summary>
    private void CreateIndexes(FrozenSet<string>? tables = null)
    {
        foreach (var index in indexes.Where(i => tables is null || tables.Contains(i.Table)).ToList())
        {
            Execute(tx, index.Sql);
            indexes.Remove(index);
        }
    }

    private void Execute(string sql) => Execute(null, sql);

    private void Execute(SqliteTransaction? transaction, string sql) => connection.Execute(transaction, sql);
}

/// <summary>A file as written: its outcome and the diagnostics the reader and extractors gave (written at the end).</summary>
internal sealed record WrittenFile(SourceFile File, ImportedFile Result, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>An event as written, with what its people rows need at the end.</summary>
/// <remarks>A struct, and no list for an event that names nobody: the writer keeps one for every event of the corpus.</remarks>
internal readonly record struct WrittenEvent(int Id, IReadOnlyList<string> Persons, string IndexedPersons)
{
    public static WrittenEvent Of(int id, IReadOnlyList<string> persons, string indexedPersons) =>
        new(id, persons.Count == 0 ? [] : persons, indexedPersons);
}

/// <summary>What a relation's facts leave for the end: everything that names people or other relations.</summary>
internal sealed record DeferredFacts(
    string Title,
    Country First,
    Country Second,
    IReadOnlyList<PersonFact> Persons,
    IReadOnlyList<VisitFact> Visits,
    IReadOnlyList<SeeAlsoFact> SeeAlso,
    IReadOnlySet<string> CountryNames,
    long PeopleFingerprint,
    IReadOnlyList<string> UnknownNameKeys);

/// <summary>A relation as written: its id, slug and file, the id ranges of its rows (so a re-extraction can replace them) and its deferred facts.</summary>
internal sealed class WrittenRelation(int id, string slug, string file, string fileHash, int fileIndex)
{
    public int Id { get; } = id;

    public string Slug { get; } = slug;

    public string File { get; } = file;

    public string FileHash { get; } = fileHash;

    /// <summary>The file's place in the import (its SourceFiles row is this + 1).</summary>
    public int FileIndex { get; } = fileIndex;

    public DeferredFacts Facts { get; set; } = null!;

    /// <summary>Of the rows written for the facts (see CorpusWriter.Fingerprint).</summary>
    public int Fingerprint { get; set; }

    public (int First, int Last) Events { get; set; }

    public (int First, int Last) Missions { get; set; }

    public (int First, int Last) Aid { get; set; }

    public IReadOnlyList<WrittenEvent> EventList { get; set; } = [];
}
