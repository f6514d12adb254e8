using Relations.Articles.Extraction;
using Relations.Articles.Facts;

namespace Relations.Web.Import;

/// <summary>
/// People known anywhere in the corpus count in every article: an article that writes the name of a person another
/// article identified ("met Imre Nagy", with no role or verb to tell) is extracted again knowing that name.
/// Only the articles that contain such a name pay for a second pass.
/// </summary>
public static class CorpusPeople
{
    public static void Relearn(IReadOnlyList<SourceFile> files, ArticleFacts?[] facts)
    {
        var learned = facts.OfType<ArticleFacts>()
            .SelectMany(f => f.Persons.Select(p => p.Name))
            .Where(n => n.Contains(' ', StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (learned.Count == 0)
        {
            return;
        }

        var byFirstWord = learned.GroupBy(n => n[..n.IndexOf(' ', StringComparison.Ordinal)], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var known = KnownNames.LoadDefault();
        foreach (var name in learned)
        {
            known.AddPerson(name);
        }

        // Built once, then only read: the second pass shares it across threads.
        var extractor = new ArticleExtractor(Articles.Reference.Gazetteer.Default, known);
        Parallel.For(0, facts.Length, i =>
        {
            if (facts[i] is not { } f || !NamesAnUnrecognisedPerson(f, byFirstWord))
            {
                return;
            }

            if (extractor.Extract(f.Document, f.Diagnostics).Facts is { } again)
            {
                facts[i] = again;
            }
        });
    }

    private static bool NamesAnUnrecognisedPerson(ArticleFacts facts, Dictionary<string, List<string>> byFirstWord)
    {
        var own = facts.Persons.Select(p => KnownNames.CanonicalKey(p.Name)).Concat(facts.Persons.SelectMany(p => p.Aliases).Select(KnownNames.CanonicalKey)).ToHashSet(StringComparer.Ordinal);
        foreach (var block in facts.Document.AllSections().SelectMany(s => s.Blocks))
        {
            var text = block switch
            {
                Articles.Syntax.Paragraph p => p.Text,
                Articles.Syntax.BulletList l => string.Join(' ', l.Items.Select(i => i.Text)),
                _ => string.Empty,
            };
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    continue;
                }

                if (i > start && byFirstWord.TryGetValue(text[start..i], out var names)
                    && names.Any(n => text.AsSpan(start).StartsWith(n, StringComparison.Ordinal) && !own.Contains(KnownNames.CanonicalKey(n))))
                {
                    return true;
                }

                start = i + 1;
            }
        }

        return false;
    }
}
