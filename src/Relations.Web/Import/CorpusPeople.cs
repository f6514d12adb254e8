using Relations.Articles.Extraction;
using Relations.Articles.Facts;
using Relations.Articles.Parsing;
using Relations.Articles.Syntax;

namespace Relations.Web.Import;

/// <summary>
/// People known anywhere in the corpus count in every article: an article that writes the name of a person another
/// article identified ("met Imre Nagy", with no role or verb to tell) is extracted again knowing that name.
/// Only the articles that contain such a name pay for a second pass, and most of them only for the people part of
/// it: when the people recognised are the same as the first time, so are all the facts.
/// </summary>
internal static class CorpusPeople
{
    /// <summary>Extracts again, knowing every name of the corpus, the relations whose text names a person they did not recognise; replaces their rows.</summary>
    /// <param name="meanwhile">Work for this thread while the workers start on the pass (before any replacement is written).</param>
    public static int Relearn(CorpusWriter writer, IReadOnlyDictionary<string, SourceFile> files, Action? meanwhile = null)
    {
        var learned = writer.Relations.SelectMany(r => r.Facts.Persons.Select(p => p.Name))
            .Where(n => n.Contains(' ', StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (learned.Count == 0)
        {
            meanwhile?.Invoke();
            return 0;
        }

        var byFirstWord = ByFirstWord(learned);
        var known = KnownNames.LoadDefault();
        foreach (var name in learned)
        {
            known.AddPerson(name);
        }

        // Built once, then only read: the second pass shares it across threads; replacements are written as they come.
        var extractor = new ArticleExtractor(Articles.Reference.Gazetteer.Default, known);
        var relations = writer.Relations.ToList();
        var replaced = 0;
        var started = false;

        // No window: the workers must not wait while this thread is busy with `meanwhile`, and most results are null.
        OrderedPipeline.Run(relations.Count, Environment.ProcessorCount, relations.Count, i =>
        {
            var relation = relations[i];
            var file = files[relation.File];
            var document = WikiReader.Parse(file.Name, file.Content, out var diagnostics);
            if (!NamesAnUnrecognisedPerson(document, relation.Facts.Persons, byFirstWord) || extractor.People(document)?.Fingerprint() == relation.Facts.PeopleFingerprint)
            {
                return null;
            }

            return extractor.Extract(document, diagnostics).Facts;
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

    /// <summary>Names of more than one word by their first word, as <see cref="NamesAnUnrecognisedPerson(WikiDocument, IReadOnlyList{PersonFact}, Dictionary{string, List{string}})"/> looks them up.</summary>
    internal static Dictionary<string, List<string>> ByFirstWord(IEnumerable<string> names) =>
        names.GroupBy(n => n[..n.IndexOf(' ', StringComparison.Ordinal)], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

    /// <summary>
    /// Whether the article's prose names a person of the corpus that is none of its own people, where the recogniser
    /// would ask about that name: as a whole run of capitalised words, within one paragraph or one list item.
    /// </summary>
    internal static bool NamesAnUnrecognisedPerson(WikiDocument document, IReadOnlyList<PersonFact> persons, Dictionary<string, List<string>> byFirstWord)
    {
        HashSet<string>? own = null;
        foreach (var block in document.AllSections().SelectMany(s => s.Blocks))
        {
            // A list item is read on its own, as the recogniser reads it: a name at the end of one item does not run on into the next.
            IEnumerable<string> texts = block switch
            {
                Paragraph p => [p.Text],
                BulletList l => l.Items.Select(i => i.Text),
                _ => [],
            };
            foreach (var text in texts)
            {
                if (NamesAnUnrecognisedPerson(text, persons, byFirstWord, ref own))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool NamesAnUnrecognisedPerson(string text, IReadOnlyList<PersonFact> persons, Dictionary<string, List<string>> byFirstWord, ref HashSet<string>? own)
    {
        // Words are looked up as spans of the text: most are no name's first word, and none is copied.
        var firstWords = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                continue;
            }

            if (i > start && firstWords.TryGetValue(text.AsSpan(start, i - start), out var names))
            {
                own ??= persons.Select(p => KnownNames.CanonicalKey(p.Name)).Concat(persons.SelectMany(p => p.Aliases).Select(KnownNames.CanonicalKey)).ToHashSet(StringComparer.Ordinal);
                foreach (var n in names)
                {
                    if (text.AsSpan(start).StartsWith(n, StringComparison.Ordinal) && !RunGoesOn(text, start + n.Length) && !own.Contains(KnownNames.CanonicalKey(n)))
                    {
                        return true;
                    }
                }
            }

            start = i + 1;
        }

        return false;
    }

    /// <summary>
    /// Whether a capitalised word follows the name ("Ramón Álvarez" in "Ramón Álvarez Núñez"): the recogniser asks
    /// whether a name is known only of a whole run of capitalised words, so there knowing the shorter name changes nothing.
    /// </summary>
    private static bool RunGoesOn(string text, int end) =>
        end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]);
}
