using System.Globalization;

namespace Relations.Articles.Extraction;

/// <summary>
/// The tokens the person recogniser reads a sentence as, one at a time: dotted initials ("U.S."), words (with inner
/// hyphens and apostrophes and a trailing possessive apostrophe: "Díaz-Canel", "Korea's", "Jones'"), numbers ("1,000",
/// "2.5") and single punctuation marks; an en dash separates words ("Cambodian–Vietnamese"). It is the pattern
/// <c>(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}]*(?:[-‐‑'’]\p{L}[\p{L}\p{M}]*)*(?:['’](?!\p{L}))?|\d+(?:[.,]\d+)*|\S</c>
/// written out by hand: the recogniser runs it over every sentence, and the regex cost it about a tenth of its time.
/// </summary>
internal static class TokenScanner
{
    /// <summary>The length of the token at <paramref name="start"/>, or 0 where the text has white space.</summary>
    public static int Length(string text, int start)
    {
        var c = text[start];
        var end = start;
        while (end + 1 < text.Length && char.IsUpper(text[end]) && text[end + 1] == '.')
        {
            end += 2;
        }

        if (end - start >= 4)
        {
            return end - start;
        }

        if (char.IsLetter(c))
        {
            end = LettersAndMarks(text, start + 1);
            while (end + 1 < text.Length && IsJoiner(text[end]) && char.IsLetter(text[end + 1]))
            {
                end = LettersAndMarks(text, end + 2);
            }

            // An apostrophe the loop left is not followed by a letter: a possessive ("Jones'").
            if (end < text.Length && text[end] is '\'' or '’')
            {
                end++;
            }

            return end - start;
        }

        if (char.IsDigit(c))
        {
            end = Digits(text, start + 1);
            while (end + 1 < text.Length && text[end] is '.' or ',' && char.IsDigit(text[end + 1]))
            {
                end = Digits(text, end + 2);
            }

            return end - start;
        }

        return char.IsWhiteSpace(c) ? 0 : 1;
    }

    private static bool IsJoiner(char c) => c is '-' or '‐' or '‑' or '\'' or '’';

    private static int LettersAndMarks(string text, int at)
    {
        while (at < text.Length && (char.IsLetter(text[at]) || IsMark(text[at])))
        {
            at++;
        }

        return at;
    }

    private static int Digits(string text, int at)
    {
        while (at < text.Length && char.IsDigit(text[at]))
        {
            at++;
        }

        return at;
    }

    private static bool IsMark(char c) => c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
