using Relations.Articles.Facts;
using Relations.Articles.Reference;
using Relations.Articles.Values;

namespace Relations.Web.Import;

/// <summary>A person of the whole corpus: one per real person, the display name and every other form seen.</summary>
public sealed record CorpusPerson(int Id, string Name, string Slug, IReadOnlyList<string> Aliases);

/// <summary>The extraction of the whole corpus, with corpus-wide identities resolved: countries, persons, See also targets.</summary>
public sealed class ExtractedCorpus
{
    private ExtractedCorpus(IReadOnlyList<SourceFile> files, IReadOnlyList<ImportedFile> results, IReadOnlyList<ArticleFacts> relations, IReadOnlyList<IReadOnlyList<Diagnostic>> diagnostics)
    {
        Files = files;
        Results = results;
        Relations = relations;
        Diagnostics = diagnostics;
        Countries = CollectCountries(relations);
        countrySlugs = Countries.Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);
        Persons = CollectPersons(relations);
        RelationSlugs = relations.ToDictionary(r => PairKey(r.First.Slug, r.Second.Slug), r => $"{r.First.Slug}/{r.Second.Slug}", StringComparer.Ordinal);
    }

    private readonly HashSet<string> countrySlugs;

    public IReadOnlyList<SourceFile> Files { get; }

    public IReadOnlyList<ImportedFile> Results { get; }

    /// <summary>Per file (same order as <see cref="Files"/>): the reader's and extractors' diagnostics.</summary>
    public IReadOnlyList<IReadOnlyList<Diagnostic>> Diagnostics { get; }

    public IReadOnlyList<ArticleFacts> Relations { get; }

    public IReadOnlyList<Country> Countries { get; }

    public IReadOnlyDictionary<string, CorpusPerson> Persons { get; }

    /// <summary>Unordered country pair → the slug of the relation imported for it.</summary>
    public IReadOnlyDictionary<string, string> RelationSlugs { get; }

    public static ExtractedCorpus Build(IReadOnlyList<SourceFile> files, ImportedFile[] results, ArticleFacts?[] facts)
    {
        var relations = new List<ArticleFacts>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var diagnostics = new IReadOnlyList<Diagnostic>[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            diagnostics[i] = facts[i]?.Diagnostics ?? [];
            if (facts[i] is not { } f)
            {
                continue;
            }

            // One article per pair of countries: a second one (in either order) is rejected, naming the first.
            var key = PairKey(f.First.Slug, f.Second.Slug);
            if (seen.TryGetValue(key, out var first))
            {
                results[i] = results[i] with { Outcome = FileOutcome.Rejected, Line = f.Document.TitleLine, Message = $"'{f.Title}' duplicates the relation already imported from {first}" };
                continue;
            }

            seen[key] = f.File;
            relations.Add(f);
        }

        return new ExtractedCorpus(files, results, relations, diagnostics);
    }

    public static string PairKey(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? $"{a}/{b}" : $"{b}/{a}";

    /// <summary>The slug a See also item leads to in this corpus, or null when its target is not here.</summary>
    public string? Resolve(SeeAlsoFact item) => item.Kind switch
    {
        SeeAlsoKind.Relation when item.Target is { } t && t.Split('/') is [var a, var b] => RelationSlugs.GetValueOrDefault(PairKey(a, b)),
        SeeAlsoKind.Country when item.Target is { } t => countrySlugs.Contains(t) ? t : null,
        _ => null,
    };

    public CorpusPerson? Person(string name) => Persons.GetValueOrDefault(Slug.Key(name));

    private static List<Country> CollectCountries(IReadOnlyList<ArticleFacts> relations)
    {
        var gazetteer = Gazetteer.Default;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in relations)
        {
            names.Add(r.First.Name);
            names.Add(r.Second.Name);
            names.UnionWith(r.Missions.SelectMany(m => new[] { m.Sending, m.Host }));
            names.UnionWith(r.Visits.SelectMany(v => new[] { v.From, v.To }));
            names.UnionWith(r.Aid.SelectMany(a => new[] { a.Donor, a.Recipient }));
            names.UnionWith(r.Events.SelectMany(e => e.Countries));
            names.UnionWith(r.SeeAlso.Where(s => s.Kind == SeeAlsoKind.Country && s.Target is not null).Select(s => gazetteer.FindBySlug(s.Target!)!.Name));
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

        // Names of every country an event names, gathered once rather than rescanned for each predecessor.
        var named = relations.SelectMany(r => r.Events).SelectMany(e => e.Countries).ToHashSet(StringComparer.Ordinal);
        foreach (var c in countries.ToList())
        {
            countries.UnionWith(gazetteer.PredecessorsOf(c).Where(p => named.Contains(p.Name)));
        }

        return countries.OrderBy(c => c.Slug, StringComparer.Ordinal).ToList();
    }

    /// <summary>One person per canonical key across the corpus; the display name prefers diacritics, then the most frequent form.</summary>
    private static Dictionary<string, CorpusPerson> CollectPersons(IReadOnlyList<ArticleFacts> relations)
    {
        var forms = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var p in relations.SelectMany(r => r.Persons))
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
            var name = counts.OrderByDescending(c => c.Key != Slug.Fold(c.Key)).ThenByDescending(c => c.Value).ThenByDescending(c => c.Key.Length).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key;
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
