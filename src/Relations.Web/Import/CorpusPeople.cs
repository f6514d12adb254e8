using Relations.Articles.Extraction;
using Relations.Articles.Facts;
using Relations.Articles.Parsing;

namespace Relations.Web.Import;

/// <summary>
/// People known anywhere in the corpus count in every article: an article that writes the name of a person another
/// article identified ("met Imre Nagy", with no role or verb to tell) is extracted again knowing that name.
/// Only the articles whose recogniser asked about such a name, and was told it was unknown, pay for a second pass:
/// the people part of it first, then the whole extraction only if the people recognised differ from the first time
/// (when they are the same, so are all the facts).
/// </summary>
internal static class CorpusPeople
{
    /// <summary>Extracts again, knowing every name of the corpus, the relations that asked about a name learned elsewhere; replaces their rows.</summary>
    /// <param name="meanwhile">Work for this thread while the workers start on the pass (before any replacement is written).</param>
    public static int Relearn(CorpusWriter writer, Action? meanwhile = null)
    {
        var learned = writer.Relations.SelectMany(r => r.Facts.Persons.Select(p => p.Name))
            .Where(n => n.Contains(' ', StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var learnedKeys = learned.Select(KnownNames.CanonicalKey).ToHashSet(StringComparer.Ordinal);
        var relations = writer.Relations.Where(r => AskedAboutALearnedName(r.Facts.UnknownNameKeys, r.Facts.Persons, learnedKeys)).ToList();
        if (relations.Count == 0)
        {
            meanwhile?.Invoke();
            return 0;
        }

        var known = KnownNames.LoadDefault();
        foreach (var name in learned)
        {
            known.AddPerson(name);
        }

        // The files were let go once written: their contents come back from the new database, on this thread (its connection's).
        var contents = relations.Select(writer.Content).ToList();

        // Built once, then only read: the second pass shares it across threads; replacements are written as they come.
        var extractor = new ArticleExtractor(Articles.Reference.Gazetteer.Default, known);
        var replaced = 0;
        var started = false;

        // No window: the workers must not wait while this thread is busy with `meanwhile` (the pass is a few dozen articles).
        OrderedPipeline.Run(relations.Count, Environment.ProcessorCount, relations.Count, i =>
        {
            var relation = relations[i];
            var document = WikiReader.Parse(relation.File, contents[i], out var diagnostics);
            try
            {
                return extractor.People(document)?.Fingerprint() == relation.Facts.PeopleFingerprint ? null : extractor.Extract(document, diagnostics).Facts;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or NullReferenceException)
            {
                // A defect of the extractor with the names learned elsewhere keeps the article's first extraction.
                return null;
            }
        }, (i, facts) =>
        {
            if (!started)
            {
                started = true;
                meanwhile?.Invoke();
            }

            if (facts is not null)
            {
                writer.Replace(relations[i], facts);
                replaced++;
            }
        });
        return replaced;
    }

    /// <summary>
    /// Whether the recogniser asked, in the first pass, about a name of more than one word that the corpus has learned
    /// since and that is none of the article's own people: knowing it, it would be answered differently.
    /// </summary>
    internal static bool AskedAboutALearnedName(IReadOnlyList<string> unknownNameKeys, IReadOnlyList<PersonFact> persons, IReadOnlySet<string> learnedKeys)
    {
        HashSet<string>? own = null;
        foreach (var key in unknownNameKeys)
        {
            if (learnedKeys.Contains(key))
            {
                own ??= persons.Select(p => p.Name).Concat(persons.SelectMany(p => p.Aliases)).Select(KnownNames.CanonicalKey).ToHashSet(StringComparer.Ordinal);
                if (!own.Contains(key))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
