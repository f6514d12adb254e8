using Relations.Articles.Reference;
using Relations.Articles.Syntax;
using Relations.Articles.Values;

namespace Relations.Articles.Facts;

/// <summary>Where a fact came from: file, line, section path, the sentence's index in its block and its text.</summary>
public sealed record Provenance(string File, int Line, string Section, int Sentence, string Text);

/// <summary>Everything one relation article says, each fact with its provenance.</summary>
public sealed record ArticleFacts(
    WikiDocument Document,
    string Title,
    Country First,
    Country Second,
    IReadOnlyList<string> NativeNames,
    EstablishedFact? Established,
    IReadOnlyList<MissionFact> Missions,
    IReadOnlyList<EventFact> Events,
    IReadOnlyList<VisitFact> Visits,
    IReadOnlyList<AidFact> Aid,
    IReadOnlyList<PersonFact> Persons,
    IReadOnlyList<SeeAlsoFact> SeeAlso,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public string File => Document.File;

    /// <summary>The <see cref="Extraction.ArticlePeople.Fingerprint"/> of the people these facts were extracted with.</summary>
    public long PeopleFingerprint { get; init; }

    /// <summary>The <see cref="Extraction.ArticlePeople.UnknownNameKeys"/> of the people these facts were extracted with.</summary>
    public IReadOnlyList<string> UnknownNameKeys { get; init; } = [];
}

public sealed record EstablishedFact(FuzzyDate Date, Provenance Source);

public sealed record MissionFact(string Sending, string Host, string Kind, string? City, string? Name, Provenance Source);

public enum EventKind
{
    Establishment,
    Visit,
    Summit,
    Agreement,
    Aid,
    Military,
    Trade,
    Defection,
    Condolence,
    Cooling,
    Other,
}

public sealed record EventFact(FuzzyDate Date, string Text, EventKind Kind, IReadOnlyList<string> Countries, IReadOnlyList<string> Persons, Provenance Source);

public sealed record VisitFact(string Person, string From, string To, FuzzyDate Date, Provenance Source);

/// <summary>A quantified transfer donor → recipient: amount as a plain number, unit a plural noun in its own currency.</summary>
public sealed record AidFact(string Donor, string Recipient, int? Year, decimal Amount, string Unit, string What, Provenance Source);

/// <summary>A real person the article names, under the fullest form found, with the other forms as aliases.</summary>
public sealed record PersonFact(string Name, string Slug, IReadOnlyList<string> Aliases);

public enum SeeAlsoKind
{
    Relation,
    Country,
    Topic,
}

/// <summary>A See also item. <see cref="Target"/> is a slug (relation "a/b" or country "a") when the item names one.</summary>
public sealed record SeeAlsoFact(string Title, SeeAlsoKind Kind, string? Target, int Line);
