using Relations.Articles.Facts;
using Relations.Articles.Reference;
using Relations.Articles.Syntax;

namespace Relations.Articles.Extraction;

/// <summary>
/// What extraction made of one document: the facts, or why there are none. <see cref="IsError"/> tells a relation
/// title that cannot be resolved ("Atlantis–Cuba relations": fix the gazetteer) from a title that is no relation at all.
/// </summary>
public sealed record ExtractionOutcome(ArticleFacts? Facts, string? SkipReason, int SkipLine, bool IsError = false);

/// <summary>Runs every extractor over a parsed article (DESIGN.md: parse → extract).</summary>
public sealed class ArticleExtractor(Gazetteer gazetteer, KnownNames known)
{
    private readonly PersonRecogniser recogniser = new(gazetteer, known);

    public ArticleExtractor()
        : this(Gazetteer.Default, KnownNames.LoadDefault())
    {
    }

    public Gazetteer Gazetteer { get; } = gazetteer;

    public ExtractionOutcome Extract(WikiDocument document, IReadOnlyList<Diagnostic>? readerDiagnostics = null)
    {
        var parties = RelationTitle.Parse(document.Title, Gazetteer, out var reason);
        if (parties is null)
        {
            return new ExtractionOutcome(null, reason, document.TitleLine, RelationTitle.LooksLikeRelation(document.Title));
        }

        // Distinct: a second pass over the same document is handed the diagnostics of the first.
        var diagnostics = new List<Diagnostic>((readerDiagnostics ?? []).Distinct());
        var sentences = ArticleSentences.Of(document);
        var article = AnalysedArticle.Analyse(parties, Gazetteer, recogniser, sentences);
        var established = EstablishedExtractor.Extract(article);
        var missions = MissionExtractor.Extract(document, article);
        var seeAlso = SeeAlsoExtractor.Extract(document, Gazetteer);

        foreach (var entry in document.Infobox.Where(e => !KnownInfoboxKey(e.Key)))
        {
            diagnostics.Add(new Diagnostic(document.File, entry.Line, DiagnosticSeverity.Info, "infobox-key", $"infobox key '{entry.Key}' is kept but not understood"));
        }

        var facts = new ArticleFacts(
            document,
            parties.Title,
            parties.First,
            parties.Second,
            NativeNameExtractor.Extract(document),
            established,
            missions,
            EventExtractor.Extract(article),
            VisitExtractor.Extract(article),
            AidExtractor.Extract(article),
            Persons(article.People, document),
            seeAlso,
            diagnostics)
        {
            PeopleFingerprint = article.People.Fingerprint(),
            UnknownNameKeys = article.People.UnknownNameKeys,
        };
        return new ExtractionOutcome(facts, null, 0);
    }

    /// <summary>
    /// Only the people of an article (null when its title names no relation): what <see cref="Extract"/> would
    /// recognise, at a fraction of the cost. Compare <see cref="ArticlePeople.Fingerprint"/> with
    /// <see cref="ArticleFacts.PeopleFingerprint"/> to learn whether a second extraction would change anything.
    /// </summary>
    public ArticlePeople? People(WikiDocument document) =>
        RelationTitle.Parse(document.Title, Gazetteer, out _) is null ? null
        : AnalysedArticle.Recognise(Gazetteer, recogniser, ArticleSentences.Of(document)).People;

    /// <summary>Each distinct person once, under the display name, with the other forms the article writes.</summary>
    /// <remarks>The infobox envoys (Envoy1, Envoy2) are people too, though no sentence names them.</remarks>
    private static List<PersonFact> Persons(ArticlePeople people, WikiDocument document)
    {
        var persons = people.Persons.Distinct()
            .Select(name => new PersonFact(name, Values.Slug.From(name), people.PersonByWrittenName.Where(kv => kv.Value == name && kv.Key != name).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList()))
            .ToList();
        foreach (var envoy in document.Infobox.Where(e => e.Key.StartsWith("Envoy", StringComparison.OrdinalIgnoreCase) && !e.Key.StartsWith("Envoytitle", StringComparison.OrdinalIgnoreCase)))
        {
            var name = envoy.Value.Trim();
            if (LooksLikeName(name) && !persons.Any(p => KnownNames.CanonicalKey(p.Name) == KnownNames.CanonicalKey(name)))
            {
                persons.Add(new PersonFact(name, Values.Slug.From(name), []));
            }
        }

        return persons;
    }

    // Two to five capitalised words, nothing else: "Nguyễn Thanh Hải", not "Ambassador of Vietnam to India".
    private static bool LooksLikeName(string value)
    {
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 5 && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.'));
    }

    private static bool KnownInfoboxKey(string key) =>
        key.StartsWith("Mission", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("Envoy", StringComparison.OrdinalIgnoreCase)
        || key is "Map" or "Filetype" or "Map caption" or "Caption";
}
