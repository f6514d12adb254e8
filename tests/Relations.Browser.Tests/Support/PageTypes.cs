namespace Relations.Browser.Tests.Support;

/// <summary>One URL per page type of the site, with the status it answers. /graph and /import are built on another branch.</summary>
public static class PageTypes
{
    public static readonly (string Name, string Path, int Status)[] All =
    [
        ("home", "/", 200),
        ("relation", "/relations/cuba/north-korea", 200),
        ("relation-highlight", "/relations/cuba/north-korea#line-10-s1", 200),
        ("country", "/countries/cuba", 200),
        ("person", "/people/kim-il-sung", 200),
        ("year", "/years/1960", 200),
        ("decade", "/years/1960s", 200),
        ("search", "/search?q=visit", 200),
        ("not-found", "/relations/cuba/atlantis", 404),
        ("graph", "/graph", 200),
        ("import", "/import", 200),
    ];

    /// <summary>xunit theory data: name, path, expected status.</summary>
    public static TheoryData<string, string, int> Data()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var (name, path, status) in All)
        {
            data.Add(name, path, status);
        }

        return data;
    }
}
