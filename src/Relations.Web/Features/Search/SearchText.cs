using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Relations.Articles.Values;

namespace Relations.Web.Features.Search;

/// <summary>Turns the user's words into an FTS5 query that is never FTS5 syntax, and highlights them in results.</summary>
public static partial class SearchText
{
    // Markup characters are encoded; letters of any script stay readable in the page source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Letters and digits runs: "C++ \"unbalanced OR" → C, unbalanced, OR.</summary>
    public static IReadOnlyList<string> Words(string? text) =>
        text is null ? [] : [.. WordPattern().Matches(text).Select(m => m.Value)];

    /// <summary>Each word quoted as an FTS5 string (quotes doubled), joined by spaces (AND): operators are searched as text.</summary>
    public static string? FtsQuery(string? text)
    {
        var words = Words(text);
        return words.Count == 0 ? null : string.Join(' ', words.Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
    }

    /// <summary>Splits a trailing year or decade off the text: "Castro 1960s" → ("Castro", 1960s).</summary>
    public static (string Remainder, string? Period) SplitTrailingPeriod(string text)
    {
        var m = TrailingPeriod().Match(text);
        return m.Success ? (text[..m.Index].Trim(), m.Groups["period"].Value) : (text, null);
    }

    /// <summary>HTML-encodes the text and wraps the words that match a search word (folded: case, diacritics) in &lt;mark&gt;.</summary>
    public static string Highlight(string text, IReadOnlyCollection<string> words)
    {
        var keys = words.Select(Key).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return Encoder.Encode(text);
        }

        var html = new StringBuilder(text.Length + 32);
        var last = 0;
        foreach (Match m in WordPattern().Matches(text))
        {
            if (!keys.Contains(Key(m.Value)))
            {
                continue;
            }

            html.Append(Encoder.Encode(text[last..m.Index])).Append("<mark>").Append(Encoder.Encode(m.Value)).Append("</mark>");
            last = m.Index + m.Length;
        }

        html.Append(Encoder.Encode(text[last..]));
        return html.ToString();
    }

    private static string Key(string word) => Slug.Fold(word).ToLower(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\s(?<period>\d{4}s?)\s*$")]
    private static partial Regex TrailingPeriod();
}
