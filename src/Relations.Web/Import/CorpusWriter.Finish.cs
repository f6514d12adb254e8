using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Relations.Articles.Facts;
using Relations.Articles.Reference;
using Relations.Articles.Syntax;
using Relations.Articles.Values;
using Relations.Web.Data;

namespace Relations.Web.Import;

/// <summary>A person of the whole corpus: one per real person, the display name and every other form seen.</summary>
public sealed record CorpusPerson(int Id, string Name, string Slug, IReadOnlyList<string> Aliases);

/// <summary>The end of an import: what needs the whole corpus (countries, people, visits, See also targets), then indexes and checks.</summary>
internal sealed partial class CorpusWriter
{
    /// <summary>The tables of rows that name people event by event (the most rows written from the whole corpus): written aside.</summary>
    private static readonly FrozenSet<string> LinkTables = FrozenSet.ToFrozenSet(["EventPersons", "Visits"], StringComparer.Ordinal);

    /// <param name="checkpoint">Called between stages; tests throw from it to prove a failed import changes nothing.</param>
    public void Finish(Action<string>? checkpoint = null)
    {
        var countries = CollectCountries(relations.Select(r => r.Facts.CountryNames));
        WriteCountries(countries);
        var persons = CollectPersons(relations.SelectMany(r => r.Facts.Persons));
        WritePersons(persons);
        var countrySlugs = countries.Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);

        // The link rows and the streamed tables' indexes are the two big jobs left, and one connection can do only one
        // at a time: the events' people and the visits go to a file of their own on another thread (with their
        // indexes), while this thread indexes the streamed tables; then one copy per table brings them in.
        using (var links = new LinkFile($"{path}.links", TableStatements(tx, LinkTables), indexes.Where(i => LinkTables.Contains(i.Table)).Select(i => i.Sql).ToList()))
        {
            var writing = Task.Run(() => WriteEventLinks(links, persons));
            try
            {
                IndexStreamedTables();

                // Nothing later writes or indexes the streamed tables: their statistics are taken while the other thread still writes.
                Analyze(tx, StreamedTables);

                // The relation-level links are few enough to write here, before the other thread is done.
                WriteRelationLinks(persons, countrySlugs);
            }
            finally
            {
                // Even when indexing failed: the link file must not be closed under the other thread.
                ((IAsyncResult)writing).AsyncWaitHandle.WaitOne();
            }

            var reindex = writing.GetAwaiter().GetResult();

            // Made while the tables are empty, the indexes are filled in order by the copy, with the rows.
            CreateIndexes(LinkTables);
            tx.Commit();
            tx.Dispose();
            links.CopyInto(connection);
            tx = connection.BeginTransaction();
            Reindex(reindex);
            checkpoint?.Invoke("relations-written");
        }

        WriteDiagnostics();
        CreateIndexes();
        using (var info = Insert("DatabaseInfo", "Id", "Identity", "ImportedAt", "SchemaVersion"))
        {
            info.Add(1, Identity(), Timestamp(files.Select(f => f.File.FirstImported).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max()), RelationsDb.SchemaVersion);
        }

        // Every reference is made from ids the writer assigned itself (countries from the gazetteer, people and relations
        // as written), so the import does not pay for PRAGMA foreign_key_check (0.4 s on the generated corpus); the
        // tests run it over imported databases (CorpusImporterTests).
        tx.Commit();
        Execute("PRAGMA journal_mode = DELETE;");
        Analyze(null, TableStatements(null, null).Select(t => t.Name).Where(t => !StreamedTables.Contains(t)));
    }

    /// <summary>ANALYZE, table by table: the statistics the query planner reads are the same as one ANALYZE of the whole file.</summary>
    private void Analyze(SqliteTransaction? transaction, IEnumerable<string> tables)
    {
        foreach (var table in tables)
        {
            Execute(transaction, $"ANALYZE \"{table}\"");
        }
    }

    /// <summary>The name and CREATE TABLE statement of each of the given tables (or of all), as this file has them.</summary>
    private List<(string Name, string Sql)> TableStatements(SqliteTransaction? transaction, FrozenSet<string>? tables)
    {
        var found = new List<(string, string)>();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY rowid";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (tables is null || tables.Contains(reader.GetString(0)))
            {
                found.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        return found;
    }

    /// <summary>The same files and the same code give the same identity, so ETags survive an identical re-import and change otherwise.</summary>
    private string Identity()
    {
        var sb = new StringBuilder();
        sb.Append(typeof(WikiDocument).Assembly.ManifestModule.ModuleVersionId).Append(typeof(CorpusWriter).Assembly.ManifestModule.ModuleVersionId);
        foreach (var f in files)
        {
            sb.Append(f.File.Name).Append(f.File.Hash);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..16];
    }

    private void WriteCountries(IReadOnlyList<Country> countries)
    {
        var written = countries.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        using var insert = Insert("Countries", "Id", "Name", "Slug", "Aliases", "Demonyms", "Historical", "SuccessorId", "SuccessorYear");
        foreach (var country in countries)
        {
            int? successor = country.Successor is { } s && written.Contains(s) ? countryIds[s] : null;
            insert.Add(countryIds[country.Name], country.Name, country.Slug, string.Join('|', country.Aliases), string.Join('|', country.Demonyms), country.Historical, successor, country.SuccessorYear);
        }
    }

    private void WritePersons(Dictionary<string, CorpusPerson> persons)
    {
        using var person = Insert("Persons", "Id", "Name", "Slug");
        using var alias = Insert("PersonAliases", "PersonId", "Alias", "Slug");
        foreach (var p in persons.Values.DistinctBy(p => p.Id).OrderBy(p => p.Id))
        {
            person.Add(p.Id, p.Name, p.Slug);
            foreach (var a in p.Aliases.Where(a => Slug.From(a) != p.Slug).DistinctBy(Slug.From))
            {
                alias.Add(p.Id, a, Slug.From(a));
            }
        }
    }

    /// <summary>The rows that name people event by event: each event's people and the visits, written to the link file.</summary>
    /// <remarks>
    /// Workers resolve each relation's names to people while this thread writes the rows of the relations before it, in
    /// relation order (so the same corpus gives the same file).
    /// </remarks>
    private List<(WrittenRelation Relation, WrittenEvent Event, string Persons)> WriteEventLinks(LinkFile file, Dictionary<string, CorpusPerson> persons)
    {
        // This runs beside the writer's own thread: it keeps its own days rather than share the writer's.
        var days = new Dictionary<DateOnly, string>();

        using var evPerson = file.Insert("EventPersons", "EventId", "PersonId", "Ordinal");
        using var visit = file.Insert("Visits", "RelationId", "PersonId", "FromCountryId", "ToCountryId", "DateText", "DateIso", "EndIso", "Earliest", "Latest", "Line", "Section", "Sentence");
        var reindex = new List<(WrittenRelation Relation, WrittenEvent Event, string Persons)>();
        OrderedPipeline.Run(relations.Count, Environment.ProcessorCount, CorpusImporter.Window, i => EventLinks(relations[i], persons), (i, links) =>
        {
            var r = relations[i];
            foreach (var (e, people, text) in links.Events)
            {
                var order = 0;
                foreach (var p in people)
                {
                    evPerson.Add(e.Id, p.Id, order++);
                }

                if (text is not null)
                {
                    reindex.Add((r, e, text));
                }
            }

            foreach (var (v, p) in links.Visits)
            {
                visit.Add(r.Id, p.Id, countryIds[v.From], countryIds[v.To], v.Date.Text, v.Date.Iso, v.Date.EndIso, Day(days, v.Date.Earliest), Day(days, v.Date.Latest), v.Source.Line, v.Source.Section, v.Source.Text);
            }
        });

        file.Complete();
        return reindex;
    }

    /// <summary>The rows that name people or other relations relation by relation: its people and its See also targets.</summary>
    private void WriteRelationLinks(Dictionary<string, CorpusPerson> persons, HashSet<string> countrySlugs)
    {
        var relationSlugs = relations.ToDictionary(r => PairKey(r.Facts.First.Slug, r.Facts.Second.Slug), r => r.Slug, StringComparer.Ordinal);
        using var relPerson = Insert("RelationPersons", "RelationId", "PersonId", "Ordinal");
        using var seeAlso = Insert("SeeAlso", "RelationId", "Ordinal", "Title", "Kind", "TargetSlug", "Resolved", "Line");
        foreach (var r in relations)
        {
            var personOrder = 0;
            foreach (var p in r.Facts.Persons.Select(p => persons.GetValueOrDefault(Slug.Key(p.Name))).OfType<CorpusPerson>().DistinctBy(p => p.Id))
            {
                relPerson.Add(r.Id, p.Id, personOrder++);
            }

            var seeOrder = 0;
            foreach (var s in r.Facts.SeeAlso)
            {
                var resolved = s.Kind switch
                {
                    SeeAlsoKind.Relation when s.Target is { } t && t.Split('/') is [var a, var b] => relationSlugs.GetValueOrDefault(PairKey(a, b)),
                    SeeAlsoKind.Country when s.Target is { } t => countrySlugs.Contains(t) ? t : null,
                    _ => null,
                };
                seeAlso.Add(r.Id, seeOrder++, s.Title, Lower(s.Kind), resolved ?? s.Target, resolved is not null, s.Line);
            }
        }
    }

    /// <summary>One relation's events resolved to people (with each event's new search text when that changed) and its visits.</summary>
    private static EventLinkRows EventLinks(WrittenRelation r, Dictionary<string, CorpusPerson> persons)
    {
        CorpusPerson? Person(string name) => persons.GetValueOrDefault(Slug.Key(name));

        var events = new List<(WrittenEvent, List<CorpusPerson>, string?)>();
        foreach (var e in r.EventList)
        {
            if (e.Persons.Count == 0)
            {
                continue;
            }

            var people = e.Persons.Select(Person).OfType<CorpusPerson>().DistinctBy(p => p.Id).ToList();
            var text = PersonsSearchText(people.Select(p => (p.Name, p.Aliases)));
            var changed = text != e.IndexedPersons && !SearchTokens(text).SetEquals(SearchTokens(e.IndexedPersons));
            events.Add((e, people, changed ? text : null));
        }

        var visits = r.Facts.Visits.Select(v => (v, Person(v.Person))).Where(x => x.Item2 is not null).Select(x => (x.v, x.Item2!)).ToList();
        return new EventLinkRows(events, visits);
    }

    private sealed record EventLinkRows(
        List<(WrittenEvent Event, List<CorpusPerson> People, string? NewSearchText)> Events,
        List<(VisitFact Visit, CorpusPerson Person)> Visits);

    /// <summary>Rewrites the search rows whose people have other forms elsewhere in the corpus ("Kim Il-sung" found as "Kim Il Sung").</summary>
    private void Reindex(List<(WrittenRelation Relation, WrittenEvent Event, string Persons)> rows)
    {
        // The index keeps no copy of a row, so the other columns are made again: the sentence and the countries from
        // the event's rows, the relation's words from its facts.
        var countryNames = countryIds.ToDictionary(c => c.Value, c => c.Key);
        using var read = connection.CreateCommand();
        read.Transaction = tx;
        read.CommandText = "SELECT Text FROM Events WHERE Id = $id; SELECT CountryId FROM EventCountries WHERE EventId = $id";
        var id = read.Parameters.Add("$id", SqliteType.Integer);
        using var delete = connection.CreateCommand();
        delete.Transaction = tx;
        delete.CommandText = $"DELETE FROM {SearchIndex.Table} WHERE rowid = $id";
        var deleteId = delete.Parameters.Add("$id", SqliteType.Integer);
        foreach (var (relation, e, persons) in rows)
        {
            id.Value = e.Id;
            string text;
            var names = new List<string>();
            using (var reader = read.ExecuteReader())
            {
                reader.Read();
                text = reader.GetString(0);
                reader.NextResult();
                while (reader.Read())
                {
                    names.Add(countryNames[reader.GetInt32(0)]);
                }
            }

            var (countries, relationText) = SearchColumns(names, RelationSearchWords(relation.Facts.Title, relation.Facts.First, relation.Facts.Second));
            deleteId.Value = e.Id;
            delete.ExecuteNonQuery();
            searchRows.Add(e.Id, text, persons, countries, relationText);
        }
    }

    /// <summary>The words the search index makes of a text (unicode61, diacritics removed): rows with the same words need no rewrite.</summary>
    private static HashSet<string> SearchTokens(string text) =>
        Regex.Split(Slug.Fold(text).ToLowerInvariant(), @"[^\p{L}\p{N}]+").Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal);

    private void WriteDiagnostics()
    {
        using var diagnostic = Insert("Diagnostics", "SourceFileId", "Line", "Severity", "Code", "Message");
        for (var i = 0; i < files.Count; i++)
        {
            foreach (var d in files[i].Diagnostics)
            {
                diagnostic.Add(i + 1, d.Line, Lower(d.Severity), d.Code, d.Message);
            }
        }
    }

    private static List<Country> CollectCountries(IEnumerable<IReadOnlySet<string>> named)
    {
        var gazetteer = Gazetteer.Default;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in named)
        {
            names.UnionWith(set);
        }

        var countries = names.Select(n => gazetteer.Find(n)).OfType<Country>().ToHashSet();

        // Successors and predecessors come along so a historical state's page can link both ways.
        foreach (var c in countries.ToList())
        {
            for (var s = gazetteer.SuccessorOf(c); s is not null; s = gazetteer.SuccessorOf(s))
            {
                countries.Add(s);
            }
        }

        foreach (var c in countries.ToList())
        {
            countries.UnionWith(gazetteer.PredecessorsOf(c).Where(p => names.Contains(p.Name)));
        }

        return countries.OrderBy(c => c.Slug, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// One person per canonical key across the corpus; the display name is a spelling of the key's own name, with diacritics
    /// before without, then the most frequent.
    /// </summary>
    private static Dictionary<string, CorpusPerson> CollectPersons(IEnumerable<PersonFact> all)
    {
        var forms = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var p in all)
        {
            foreach (var form in p.Aliases.Prepend(p.Name))
            {
                var key = Slug.Key(p.Name);
                if (!forms.TryGetValue(key, out var counts))
                {
                    forms[key] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                counts[form] = counts.GetValueOrDefault(form) + (form == p.Name ? 2 : 1);
            }
        }

        var result = new Dictionary<string, CorpusPerson>(StringComparer.Ordinal);
        var id = 1;
        foreach (var (key, counts) in forms.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            // The name's own spellings ("Nguyễn Phú Trọng", "Nguyen Phu Trong"), with diacritics before without; never another
            // form an article grouped with it ("Samora Moisés Machel" under "Samora Machel": the article chose between them).
            var name = counts.OrderByDescending(c => Slug.Key(c.Key) == key).ThenByDescending(c => c.Key != Slug.Fold(c.Key)).ThenByDescending(c => c.Value).ThenByDescending(c => c.Key.Length).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key;
            var person = new CorpusPerson(id++, name, Slug.From(name), counts.Keys.Where(k => k != name).Order(StringComparer.Ordinal).ToList());
            result[key] = person;
            foreach (var alias in person.Aliases)
            {
                result.TryAdd(Slug.Key(alias), person);
            }
        }

        return result;
    }
}
