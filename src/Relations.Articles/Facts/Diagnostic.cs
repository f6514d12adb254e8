namespace Relations.Articles.Facts;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>Something the reader or an extractor noticed about the input, with its place.</summary>
public sealed record Diagnostic(string File, int Line, DiagnosticSeverity Severity, string Code, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Severity.ToString().ToUpperInvariant()} {Code}: {Message}";
}
