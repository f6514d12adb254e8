using System.Globalization;
using System.Text;

namespace Relations.Articles.Values;

/// <summary>URL slugs and comparison keys: ASCII, lower case, diacritics folded ("Tô Lâm" → "to-lam").</summary>
public static class Slug
{
    public static string From(string text) => Make(text, '-');

    /// <summary>A key for matching names: folded, lower case, every run of non-letters one space.</summary>
    public static string Key(string text) => Make(text, ' ');

    // Each character of the folded text gives at most one of the result, so a buffer of its length holds it.
    private static string Make(string text, char separator)
    {
        var folded = Fold(text);
        var buffer = folded.Length <= 256 ? stackalloc char[folded.Length] : new char[folded.Length];
        var length = 0;
        var pending = false;
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pending)
                {
                    buffer[length++] = separator;
                    pending = false;
                }

                buffer[length++] = char.ToLowerInvariant(c);
            }
            else if (c is '\'' or '’' or '.')
            {
                // "People's" → "peoples", "St." → "st"
            }
            else if (length > 0)
            {
                // One separator for a run of other characters, and none at the end.
                pending = true;
            }
        }

        return new string(buffer[..length]);
    }

    /// <summary>Removes diacritics (NFD, drop combining marks); đ/Đ and a few letters NFD does not split are mapped by hand.</summary>
    public static string Fold(string text)
    {
        // Most names are plain ASCII: nothing to fold, and no Unicode normalisation to pay for.
        if (System.Text.Ascii.IsValid(text))
        {
            return text;
        }

        // Names recur across a corpus: Unicode normalisation (twice) is paid once per distinct name.
        return FoldMemo.Get(text);
    }

    private static readonly StringMemo<string> FoldMemo = new(FoldSlow);

    private static string FoldSlow(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.EnclosingMark:
                    continue;
            }

            sb.Append(c switch
            {
                'đ' => 'd',
                'Đ' => 'D',
                'ø' => 'o',
                'Ø' => 'O',
                'ł' => 'l',
                'Ł' => 'L',
                'ß' => 's',
                'æ' => 'a',
                'Æ' => 'A',
                'ı' => 'i',
                '‐' or '‑' or '‒' or '–' or '—' or '−' => '-',
                _ => c,
            });
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
