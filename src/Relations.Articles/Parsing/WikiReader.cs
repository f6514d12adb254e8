using System.Text;
using System.Text.RegularExpressions;
using Relations.Articles.Facts;
using Relations.Articles.Syntax;

namespace Relations.Articles.Parsing;

/// <summary>Reads the wiki-style article format (DESIGN.md, "Input format") into a <see cref="WikiDocument"/>.</summary>
public static partial class WikiReader
{
    public static WikiDocument Read(string path) => Parse(System.IO.Path.GetFileName(path), File.ReadAllBytes(path), out _);

    /// <summary>Decodes and parses one file; throws <see cref="ArticleFormatException"/> when it is not an article.</summary>
    public static WikiDocument Parse(string file, ReadOnlySpan<byte> bytes, out IReadOnlyList<Diagnostic> diagnostics) =>
        Parse(file, Decode(file, bytes), out diagnostics);

    public static string Decode(string file, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            throw new ArticleFormatException(file, 1, "the file is empty; expected a title line '= A–B relations ='");
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new ArticleFormatException(file, LineOf(bytes, nul), "binary data (a NUL byte); expected UTF-8 text");
        }

        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        // Decode strictly: a byte sequence that is not UTF-8 is reported at its line, never replaced.
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return System.Text.Encoding.UTF8.GetString(bytes);
        }

        var buffer = new char[bytes.Length];
        System.Text.Unicode.Utf8.ToUtf16(bytes, buffer, out var read, out _, replaceInvalidSequences: false);
        throw new ArticleFormatException(file, LineOf(bytes, read), "not valid UTF-8 text; expected a UTF-8 article");
    }

    public static WikiDocument Parse(string file, string text, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var problems = new List<Diagnostic>();
        var i = 0;
        while (i < lines.Length && string.IsNullOrWhiteSpace(lines[i]))
        {
            i++;
        }

        if (i == lines.Length)
        {
            throw new ArticleFormatException(file, 1, "the file holds only blank lines; expected a title line '= A–B relations ='");
        }

        var titleMatch = TitleLine().Match(lines[i].Trim());
        if (!titleMatch.Success)
        {
            throw new ArticleFormatException(file, i + 1, $"expected a title line '= A–B relations =', found '{Shorten(lines[i])}'");
        }

        var title = titleMatch.Groups["title"].Value.Trim();
        var titleLine = i + 1;
        i++;

        var infobox = new List<InfoboxEntry>();
        var builder = new SectionBuilder(string.Empty, 1, titleLine, WikiSection.LeadPath);
        var root = builder;
        var stack = new List<SectionBuilder>();
        var topLevel = new List<SectionBuilder>();
        var inInfobox = false;
        var paragraph = new List<(string Text, int Line)>();
        BulletListBuilder? list = null;

        void Flush()
        {
            if (paragraph.Count == 1)
            {
                // Most paragraphs are one line: its text is the paragraph's, with nothing to copy.
                builder.Blocks.Add(new Paragraph(paragraph[0].Text, paragraph[0].Line, [0]));
                paragraph.Clear();
            }
            else if (paragraph.Count > 0)
            {
                var starts = new List<int>();
                var sb = new StringBuilder();
                foreach (var (t, _) in paragraph)
                {
                    if (sb.Length > 0)
                    {
                        sb.Append(' ');
                    }

                    starts.Add(sb.Length);
                    sb.Append(t);
                }

                builder.Blocks.Add(new Paragraph(sb.ToString(), paragraph[0].Line, starts));
                paragraph.Clear();
            }

            if (list is not null)
            {
                builder.Blocks.Add(new BulletList(list.Items, list.Line));
                list = null;
            }
        }

        for (; i < lines.Length; i++)
        {
            var lineNo = i + 1;
            var raw = lines[i].TrimEnd();
            var trimmed = raw.Trim();
            if (trimmed.Length == 0)
            {
                Flush();
                continue;
            }

            if (inInfobox)
            {
                var entry = InfoboxEntryLine().Match(trimmed);
                if (entry.Success)
                {
                    infobox.Add(new InfoboxEntry(entry.Groups["key"].Value.Trim(), entry.Groups["value"].Value.Trim(), lineNo));
                    continue;
                }

                inInfobox = false;
            }

            if (builder == root && root.Blocks.Count == 0 && paragraph.Count == 0 && infobox.Count == 0
                && trimmed.Equals("Infobox", StringComparison.OrdinalIgnoreCase))
            {
                inInfobox = true;
                continue;
            }

            var heading = HeadingLine().Match(trimmed);
            if (heading.Success)
            {
                Flush();
                var level = Math.Min(heading.Groups["open"].Value.Length, heading.Groups["close"].Value.Length);
                var name = heading.Groups["name"].Value.Trim();
                if (level < 2)
                {
                    problems.Add(new Diagnostic(file, lineNo, DiagnosticSeverity.Warning, "heading-level", $"a second title-level heading '{Shorten(trimmed)}' was read as a section"));
                    level = 2;
                }

                while (stack.Count > 0 && stack[^1].Level >= level)
                {
                    stack.RemoveAt(stack.Count - 1);
                }

                var path = stack.Count == 0 ? name : $"{stack[^1].Path} > {name}";
                var section = new SectionBuilder(name, level, lineNo, path);
                if (stack.Count == 0)
                {
                    topLevel.Add(section);
                }
                else
                {
                    stack[^1].Children.Add(section);
                }

                stack.Add(section);
                builder = section;
                continue;
            }

            var bullet = BulletLine().Match(trimmed);
            if (bullet.Success)
            {
                if (paragraph.Count > 0)
                {
                    Flush();
                }

                list ??= new BulletListBuilder(lineNo);
                list.Items.Add(new ListItem(bullet.Groups["text"].Value.Trim(), lineNo));
                continue;
            }

            if (list is not null)
            {
                Flush();
            }

            paragraph.Add((trimmed, lineNo));
        }

        Flush();
        diagnostics = problems;
        return new WikiDocument(file, NormaliseSpaces(title), titleLine, infobox, root.Build(), topLevel.Select(s => s.Build()).ToList());
    }

    private static string NormaliseSpaces(string s) => Whitespace().Replace(s, " ");

    private static string Shorten(string s) => s.Length <= 60 ? s.Trim() : string.Concat(s.AsSpan(0, 57).Trim(), "…");

    private static int LineOf(ReadOnlySpan<byte> bytes, int index) => bytes[..Math.Min(index, bytes.Length)].Count((byte)'\n') + 1;

    // "= Title =" with exactly one equals sign on each side.
    [GeneratedRegex(@"^=(?!=)\s*(?<title>[^=].*?)\s*(?<!=)=$")]
    private static partial Regex TitleLine();

    // "==History==", "=== 21st century ===": two or more equals signs, spaces inside vary.
    [GeneratedRegex(@"^(?<open>={2,6})\s*(?<name>[^=].*?)\s*(?<close>={2,6})$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^[-*•]\s*(?<key>[A-Za-z][A-Za-z0-9 _]*?)\s*[:=]\s*(?<value>.*)$")]
    private static partial Regex InfoboxEntryLine();

    [GeneratedRegex(@"^[-*•]\s+(?<text>.+)$")]
    private static partial Regex BulletLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private sealed class SectionBuilder(string heading, int level, int line, string path)
    {
        public string Heading { get; } = heading;

        public int Level { get; } = level;

        public string Path { get; } = path;

        public List<WikiBlock> Blocks { get; } = [];

        public List<SectionBuilder> Children { get; } = [];

        public WikiSection Build() => new(Heading, Level, line, Path, Blocks, Children.Select(c => c.Build()).ToList());
    }

    private sealed class BulletListBuilder(int line)
    {
        public int Line { get; } = line;

        public List<ListItem> Items { get; } = [];
    }
}
