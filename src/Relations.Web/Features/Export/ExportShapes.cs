namespace Relations.Web.Features.Export;

// The export contract (DESIGN.md, "Export contract"); the API returns the same shapes.

public sealed record ExportDocument(IReadOnlyList<RelationExport> Relations, IReadOnlyList<RejectedExport> Rejected);

public sealed record RelationExport(
    string Slug,
    string Title,
    string File,
    IReadOnlyList<string> Countries,
    string? Established,
    IReadOnlyList<string> NativeNames,
    IReadOnlyList<MissionExport> Missions,
    IReadOnlyList<EventExport> Events,
    IReadOnlyList<VisitExport> Visits,
    IReadOnlyList<AidExport> Aid,
    IReadOnlyList<string> Persons,
    IReadOnlyList<SeeAlsoExport> SeeAlso);

public sealed record MissionExport(string Sending, string Host, string Kind, string? City, string? Name, int Line);

public sealed record EventExport(string Date, string? End, string DateText, string Text, string Section, string Kind, IReadOnlyList<string> Persons, IReadOnlyList<string> Countries, int Line, string Relation);

public sealed record VisitExport(string Person, string From, string To, string Date, string? End, string Section, int Line);

public sealed record AidExport(string Donor, string Recipient, int? Year, double Amount, string Unit, string What, string Section, int Line);

public sealed record SeeAlsoExport(string Title, string Kind, string? Target);

public sealed record RejectedExport(string File, int? Line, string Error);
