namespace Relations.Web.Import;

public enum FileOutcome
{
    Imported,
    Skipped,
    Rejected,
}

/// <summary>What happened to one file; <see cref="Line"/> and <see cref="Message"/> say why for a skip or rejection.</summary>
public sealed record ImportedFile(string File, string Hash, FileOutcome Outcome, int? Line, string? Message)
{
    public override string ToString() => Outcome switch
    {
        FileOutcome.Imported => $"imported {File}",
        _ => $"{Outcome.ToString().ToLowerInvariant()} {File}:{Line}: {Message}",
    };
}

/// <summary>The result of one import run.</summary>
/// <param name="Streaming">Reading, extracting and writing the articles (they overlap).</param>
/// <param name="Finishing">What needs the whole corpus: people, links, indexes, checks.</param>
public sealed record ImportReport(IReadOnlyList<ImportedFile> Files, int Relations, bool Written, TimeSpan Elapsed, TimeSpan Streaming = default, TimeSpan Finishing = default)
{
    public int Rejected => Files.Count(f => f.Outcome == FileOutcome.Rejected);

    public int Skipped => Files.Count(f => f.Outcome == FileOutcome.Skipped);

    public int Imported => Files.Count(f => f.Outcome == FileOutcome.Imported);

    public string Summary =>
        $"{Imported} imported, {Skipped} skipped, {Rejected} rejected; {Relations} relations in the database"
        + (Written ? string.Empty : " (database left unchanged)")
        + $" in {Elapsed.TotalSeconds:0.00} s (articles {Streaming.TotalSeconds:0.00} s, corpus-wide {Finishing.TotalSeconds:0.00} s)";
}
