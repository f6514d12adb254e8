namespace Relations.Web.Data;

// EF entities: one class per table, named for what a row holds. Dates are stored as ISO text
// ("1958-11", "1960s") plus the interval [Earliest, Latest] that year searches overlap with.

public class CountryRow
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    /// <summary>Aliases and demonyms, '|'-separated, for search and display.</summary>
    public string Aliases { get; set; } = string.Empty;

    public string Demonyms { get; set; } = string.Empty;

    public bool Historical { get; set; }

    public int? SuccessorId { get; set; }

    public CountryRow? Successor { get; set; }

    public int? SuccessorYear { get; set; }
}

public class RelationRow
{
    public int Id { get; set; }

    /// <summary>"cuba/north-korea": the two country slugs in the title's order.</summary>
    public required string Slug { get; set; }

    public required string Title { get; set; }

    public int FirstCountryId { get; set; }

    public CountryRow FirstCountry { get; set; } = null!;

    public int SecondCountryId { get; set; }

    public CountryRow SecondCountry { get; set; } = null!;

    /// <summary>Native-language names from the lead, '|'-separated.</summary>
    public string NativeNames { get; set; } = string.Empty;

    public string? EstablishedIso { get; set; }

    public string? EstablishedText { get; set; }

    public int? EstablishedLine { get; set; }

    public required string File { get; set; }

    public required string Hash { get; set; }

    public List<ArticleBlockRow> Blocks { get; set; } = [];

    public List<MissionRow> Missions { get; set; } = [];

    public List<EventRow> Events { get; set; } = [];

    public List<VisitRow> Visits { get; set; } = [];

    public List<AidRow> Aid { get; set; } = [];

    public List<SeeAlsoRow> SeeAlso { get; set; } = [];

    public List<RelationPersonRow> Persons { get; set; } = [];
}

/// <summary>The article body, one row per heading, paragraph or list item, in file order.</summary>
public class ArticleBlockRow
{
    public int Id { get; set; }

    public int RelationId { get; set; }

    public int Ordinal { get; set; }

    /// <summary>"heading", "paragraph", "item" or "infobox".</summary>
    public required string Kind { get; set; }

    public int Level { get; set; }

    public required string Section { get; set; }

    public int Line { get; set; }

    public required string Text { get; set; }
}

public class MissionRow
{
    public int Id { get; set; }

    public int RelationId { get; set; }

    public RelationRow Relation { get; set; } = null!;

    public int SendingCountryId { get; set; }

    public CountryRow SendingCountry { get; set; } = null!;

    public int HostCountryId { get; set; }

    public CountryRow HostCountry { get; set; } = null!;

    public required string Kind { get; set; }

    public string? City { get; set; }

    public string? Name { get; set; }

    public int Line { get; set; }

    public required string Section { get; set; }

    public required string Sentence { get; set; }
}

public class EventRow
{
    public int Id { get; set; }

    public int RelationId { get; set; }

    public RelationRow Relation { get; set; } = null!;

    public required string DateText { get; set; }

    public required string DateIso { get; set; }

    public string? EndIso { get; set; }

    /// <summary>"day", "month", "year" or "decade".</summary>
    public required string Precision { get; set; }

    public string? Qualifier { get; set; }

    public DateOnly Earliest { get; set; }

    public DateOnly Latest { get; set; }

    public required string Text { get; set; }

    public required string Section { get; set; }

    public required string Kind { get; set; }

    public int Line { get; set; }

    public int SentenceIndex { get; set; }

    public List<EventPersonRow> Persons { get; set; } = [];

    public List<EventCountryRow> Countries { get; set; } = [];
}

public class EventPersonRow
{
    public int EventId { get; set; }

    public EventRow Event { get; set; } = null!;

    public int PersonId { get; set; }

    public PersonRow Person { get; set; } = null!;

    public int Ordinal { get; set; }
}

public class EventCountryRow
{
    public int EventId { get; set; }

    public EventRow Event { get; set; } = null!;

    public int CountryId { get; set; }

    public CountryRow Country { get; set; } = null!;
}

public class VisitRow
{
    public int Id { get; set; }

    public int RelationId { get; set; }

    public RelationRow Relation { get; set; } = null!;

    public int PersonId { get; set; }

    public PersonRow Person { get; set; } = null!;

    public int FromCountryId { get; set; }

    public CountryRow FromCountry { get; set; } = null!;

    public int ToCountryId { get; set; }

    public CountryRow ToCountry { get; set; } = null!;

    public required string DateText { get; set; }

    public required string DateIso { get; set; }

    public string? EndIso { get; set; }

    public DateOnly Earliest { get; set; }

    public DateOnly Latest { get; set; }

    public int Line { get; set; }

    public required string Section { get; set; }

    public required string Sentence { get; set; }
}

public class AidRow
{
    public int Id { get; set; }

    public int RelationId { get; set; }

    public RelationRow Relation { get; set; } = null!;

    public int DonorId { get; set; }

    public CountryRow Donor { get; set; } = null!;

    public int RecipientId { get; set; }

    public CountryRow Recipient { get; set; } = null!;

    public int? Year { get; set; }

    public double Amount { get; set; }

    public required string Unit { get; set; }

    public required string What { get; set; }

    public int Line { get; set; }

    public required string Section { get; set; }

    public required string Sentence { get; set; }
}

public class PersonRow
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    public List<PersonAliasRow> Aliases { get; set; } = [];
}

public class PersonAliasRow
{
    public int Id { get; set; }

    public int PersonId { get; set; }

    public required string Alias { get; set; }

    public required string Slug { get; set; }
}

public class RelationPersonRow
{
    public int RelationId { get; set; }

    public int PersonId { get; set; }

    public PersonRow Person { get; set; } = null!;

    public int Ordinal { get; set; }
}

public class SeeAlsoRow
{
    public int Id { get; set; }

    public int RelationId { get; set; }

    public RelationRow Relation { get; set; } = null!;

    public int Ordinal { get; set; }

    public required string Title { get; set; }

    /// <summary>"relation", "country" or "topic".</summary>
    public required string Kind { get; set; }

    /// <summary>The slug the item names ("cuba/south-korea", "cuba"), whether or not it is in the corpus.</summary>
    public string? TargetSlug { get; set; }

    /// <summary>True when the target is in this database (a relation imported, a country known).</summary>
    public bool Resolved { get; set; }

    public int Line { get; set; }
}

/// <summary>The import log: every file offered, with its content so a later import can rebuild the corpus.</summary>
public class SourceFileRow
{
    public int Id { get; set; }

    public required string File { get; set; }

    public required string Hash { get; set; }

    /// <summary>"imported", "skipped" or "rejected".</summary>
    public required string Outcome { get; set; }

    public int? ErrorLine { get; set; }

    public string? Error { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public byte[] Content { get; set; } = [];

    public List<DiagnosticRow> Diagnostics { get; set; } = [];
}

public class DiagnosticRow
{
    public int Id { get; set; }

    public int SourceFileId { get; set; }

    public int Line { get; set; }

    public required string Severity { get; set; }

    public required string Code { get; set; }

    public required string Message { get; set; }
}

/// <summary>One row: the database's identity (changes on every import; ETags derive from it).</summary>
public class DatabaseInfoRow
{
    public int Id { get; set; }

    public required string Identity { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public int SchemaVersion { get; set; }
}
