namespace Relations.Articles.Syntax;

/// <summary>An article as a tree: title, infobox, lead, sections. Every node keeps its 1-based line.</summary>
public sealed record WikiDocument(
    string File,
    string Title,
    int TitleLine,
    IReadOnlyList<InfoboxEntry> Infobox,
    WikiSection Lead,
    IReadOnlyList<WikiSection> Sections)
{
    /// <summary>The lead followed by every section and subsection, depth first, in file order.</summary>
    public IEnumerable<WikiSection> AllSections()
    {
        yield return Lead;
        foreach (var section in Sections)
        {
            foreach (var s in section.SelfAndDescendants())
            {
                yield return s;
            }
        }
    }

    /// <summary>The items of the "See also" section's lists, if the article has one.</summary>
    public IReadOnlyList<ListItem> SeeAlso() =>
        AllSections()
            .Where(s => s.IsSeeAlso)
            .SelectMany(s => s.Blocks.OfType<BulletList>())
            .SelectMany(l => l.Items)
            .ToList();

    public string? InfoboxValue(string key) =>
        Infobox.FirstOrDefault(e => string.Equals(e.Key, key, StringComparison.OrdinalIgnoreCase))?.Value;
}

public sealed record InfoboxEntry(string Key, string Value, int Line);

/// <summary>A section; the lead is the section with an empty heading at level 1.</summary>
public sealed record WikiSection(string Heading, int Level, int Line, string Path, IReadOnlyList<WikiBlock> Blocks, IReadOnlyList<WikiSection> Subsections)
{
    public const string LeadPath = "Lead";

    public bool IsLead => Heading.Length == 0;

    public bool IsSeeAlso => Heading.Equals("See also", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reference-like sections hold citations, not history.</summary>
    public bool IsReferenceList => Heading.ToUpperInvariant() is "REFERENCES" or "NOTES" or "FURTHER READING"
        or "EXTERNAL LINKS" or "BIBLIOGRAPHY" or "SOURCES" or "CITATIONS" or "SEE ALSO";

    public IEnumerable<WikiSection> SelfAndDescendants()
    {
        yield return this;
        foreach (var sub in Subsections)
        {
            foreach (var s in sub.SelfAndDescendants())
            {
                yield return s;
            }
        }
    }
}

public abstract record WikiBlock(int Line);

/// <summary>Consecutive non-blank lines joined by single spaces; <see cref="LineStarts"/> maps text offsets back to lines.</summary>
public sealed record Paragraph(string Text, int Line, IReadOnlyList<int> LineStarts) : WikiBlock(Line)
{
    /// <summary>The file line that holds the character at <paramref name="offset"/> of <see cref="Text"/>.</summary>
    public int LineAt(int offset)
    {
        var line = Line;
        for (var i = 1; i < LineStarts.Count && LineStarts[i] <= offset; i++)
        {
            line = Line + i;
        }

        return line;
    }
}

public sealed record BulletList(IReadOnlyList<ListItem> Items, int Line) : WikiBlock(Line);

public sealed record ListItem(string Text, int Line);
