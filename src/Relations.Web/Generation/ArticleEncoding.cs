using System.Text;

namespace Relations.Web.Generation;

/// <summary>
/// Turns an article's lines into file bytes with the noise real files have (CRLF, a BOM, trailing spaces,
/// a missing final newline) and, for the deliberately bad slots, the damage the reader must reject.
/// </summary>
internal static class ArticleEncoding
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private static readonly string[] TrailingSpace = [" ", "  ", "\t", " \t"];

    /// <summary>The file content, and for a bad file the 1-based line the reader should name.</summary>
    public static (byte[] Content, int? BadLine) Encode(List<string> lines, BadKind bad, Dice dice)
    {
        int? badLine = null;
        if (bad == BadKind.NoTitle)
        {
            switch (dice.Next(3))
            {
                case 0:
                    lines.RemoveRange(0, 2); // the title and the blank line after it
                    break;
                case 1:
                    lines[0] = "=" + lines[0] + "="; // "== A–B relations ==" is a heading, not a title
                    break;
                default:
                    lines[0] = lines[0].Trim('=', ' '); // the title without its equals signs
                    break;
            }

            badLine = 1;
        }

        if (dice.Chance(0.05))
        {
            for (var i = 0; i < lines.Count; i++)
            {
                if (dice.Chance(0.2))
                {
                    lines[i] += dice.Pick(TrailingSpace);
                }
            }
        }

        var newline = dice.Chance(0.05) ? "\r\n" : "\n";
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var output = new MemoryStream();
        if (bad == BadKind.None && dice.Chance(0.05))
        {
            output.Write(Bom);
        }

        var damaged = bad is BadKind.InvalidUtf8 or BadKind.NulByte ? DamagedLine(lines, dice) : -1;
        var finalNewline = dice.Chance(0.9);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i == damaged)
            {
                var line = lines[i];
                var at = line.IndexOf(' ', StringComparison.Ordinal);
                at = at < 0 ? line.Length : at;
                output.Write(utf8.GetBytes(line[..at]));
                output.Write(bad == BadKind.NulByte ? [0x00] : dice.Pick(InvalidSequences));
                output.Write(utf8.GetBytes(line[at..]));
                badLine = i + 1;
            }
            else
            {
                output.Write(utf8.GetBytes(lines[i]));
            }

            if (i < lines.Count - 1 || finalNewline)
            {
                output.Write(utf8.GetBytes(newline));
            }
        }

        return (output.ToArray(), badLine);
    }

    // A lone 0xFF, a lead byte without its continuation, Latin-1 "é" between ASCII letters.
    private static readonly byte[][] InvalidSequences = [[0xFF], [0xC3, 0x28], [(byte)'c', (byte)'a', (byte)'f', 0xE9]];

    private static int DamagedLine(List<string> lines, Dice dice)
    {
        var candidates = Enumerable.Range(2, Math.Max(0, lines.Count - 2)).Where(i => lines[i].Length > 0).ToList();
        return candidates.Count == 0 ? lines.Count - 1 : dice.Pick(candidates);
    }
}
