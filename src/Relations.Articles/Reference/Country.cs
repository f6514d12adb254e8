namespace Relations.Articles.Reference;

/// <summary>A state from the gazetteer (data/reference/countries.csv); <see cref="PartOf"/> the historical state it was part of.</summary>
public sealed record Country(
    string Name,
    string Slug,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Demonyms,
    string? Capital,
    IReadOnlyList<string> Cities,
    string? Successor,
    int? SuccessorYear,
    bool Historical,
    string? PartOf = null)
{
    public override string ToString() => Name;
}

/// <summary>A country named in a text: where, with which words, and whether as a demonym ("Vietnamese").</summary>
public sealed record CountryMention(Country Country, int Start, int Length, string Words, bool IsDemonym);
