using System.Text.RegularExpressions;
using Relations.Articles.Syntax;

namespace Relations.Articles.Extraction;

/// <summary>Native-language names: the parenthesis right after the article's subject in the first lead sentence
/// ("Cuba–North Korea relations (꾸바-조선민주주의인민공화국 관계, Relaciones cubanas-coreanas del norte) are …").</summary>
public static partial class NativeNameExtractor
{
    public static IReadOnlyList<string> Extract(WikiDocument document)
    {
        var first = document.Lead.Blocks.OfType<Paragraph>().FirstOrDefault();
        if (first is null)
        {
            return [];
        }

        var m = SubjectParenthesis().Match(first.Text);
        if (!m.Success)
        {
            return [];
        }

        return m.Groups["inner"].Value
            .Split([',', ';', '、', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(IsName)
            .ToList();
    }

    // A name has letters and is not a date, an abbreviation note or a pronunciation hint.
    private static bool IsName(string part) =>
        part.Any(char.IsLetter)
        && !part.Any(char.IsAsciiDigit)
        && !part.StartsWith("also ", StringComparison.OrdinalIgnoreCase)
        && !part.StartsWith("or ", StringComparison.OrdinalIgnoreCase)
        && !part.Contains("see ", StringComparison.OrdinalIgnoreCase);

    // The subject ends with "relations" (or "relationship"); the parenthesis must follow it directly.
    [GeneratedRegex(@"^[^.(]{0,200}?\brelations?(?:hip)?\s*\((?<inner>[^()]{1,300})\)")]
    private static partial Regex SubjectParenthesis();
}
