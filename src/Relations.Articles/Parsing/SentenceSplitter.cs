using System.Text.RegularExpressions;

namespace Relations.Articles.Parsing;

/// <summary>A sentence of a paragraph or list item: its text, its offset in the block and its index.</summary>
public sealed record Sentence(string Text, int Start, int Index);

/// <summary>Splits a block of prose into sentences (first version: at ". " before a capital letter).</summary>
public static partial class SentenceSplitter
{
    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        foreach (Match m in Boundary().Matches(text))
        {
            var end = m.Index + 1;
            Add(text, start, end, sentences);
            start = m.Index + m.Length;
        }

        Add(text, start, text.Length, sentences);
        return sentences;
    }

    private static void Add(string text, int start, int end, List<Sentence> sentences)
    {
        var piece = text[start..end];
        var trimmed = piece.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(new Sentence(trimmed, start + piece.IndexOf(trimmed[0], StringComparison.Ordinal), sentences.Count));
        }
    }

    [GeneratedRegex(@"(?<!\b(?:U\.S|Dr|Mr|Mrs|St|[A-Z]))[.!?](?=\s+[A-Z""“])\s+")]
    private static partial Regex Boundary();
}
