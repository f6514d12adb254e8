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
public sealed record ImportReport(IReadOnlyList<ImportedFile> Files, int Relations, bool Written, TimeSpan Elapsed, TimeSpan Extracting = default, TimeSpan Writing = default)
{
    public int Rejected => Files.Count(f => f.Outcome == FileOutcome.Rejected);

    public int Skipped => Files.Count(f => f.Outcome == FileOutcome.Skipped);

    public int Imported => Files.Count(f => f.Outcome == FileOutcome.Imported);

    public string Summary =>
        $"{Imported} imported, {Skipped} skipped, {Rejected} rejected; {Relations} relations in the database"
        + (Written ? string.Empty : " (database left unchanged)")
        + $" in {Elapsed.TotalSeconds:0.00} s (extract {Extracting.TotalSeconds:0.00} s, write {Writing.TotalSeconds:0.00} s)";
}
