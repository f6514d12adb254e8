using Microsoft.Data.Sqlite;
using Relations.Web.Data;
using Relations.Web.Features.Search;
using Relations.Web.Features.Years;

namespace Relations.Web.Tests.Site;

/// <summary>The search and year queries over a copy of the imported database with a few events added by hand.</summary>
[Collection(SiteTests.Name)]
public sealed class EventSearchTests : IDisposable
{
    private readonly string path;

    public EventSearchTests(SiteFixture site)
    {
        path = Path.Combine(Path.GetTempPath(), $"relations-search-{Guid.NewGuid():N}.db");
        File.Copy(site.FullDb, path);
        using var c = new SqliteConnection(DatabaseFile.ReadWriteCreate(path));
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            INSERT INTO Persons(Id, Name, Slug) VALUES (901, 'Raúl Castro', 'raul-castro'), (902, 'Kim Il Sung', 'kim-il-sung');
            INSERT INTO PersonAliases(PersonId, Alias, Slug) VALUES (902, 'Kim Il-sung', 'kim-il-sung'), (902, 'Kim Il Song', 'kim-il-song');
            INSERT INTO Events(Id, RelationId, DateText, DateIso, EndIso, Precision, Qualifier, Earliest, Latest, Text, Section, Kind, Line, SentenceIndex)
            SELECT 9001, Id, '1968', '1968', NULL, 'year', NULL, '1968-01-01', '1968-12-31', 'In 1968, Raúl Castro stated their views were "completely identical on everything".', 'History', 'statement', 9, 7 FROM Relations WHERE Slug = 'cuba/north-korea';
            INSERT INTO Events(Id, RelationId, DateText, DateIso, EndIso, Precision, Qualifier, Earliest, Latest, Text, Section, Kind, Line, SentenceIndex)
            SELECT 9002, Id, 'the 1980s', '1980s', NULL, 'decade', NULL, '1980-01-01', '1989-12-31', 'In the 1980s Kim Il Sung sent 100,000 AK-47 rifles.', 'History', 'aid', 11, 2 FROM Relations WHERE Slug = 'cuba/north-korea';
            INSERT INTO EventPersons(EventId, PersonId, Ordinal) VALUES (9001, 901, 0), (9002, 902, 0);
            INSERT INTO EventSearch(rowid, text, persons, countries, relation) VALUES
              (9001, 'In 1968, Raúl Castro stated their views were "completely identical on everything".', 'Raúl Castro', '', 'Cuba–North Korea relations Cuba North Korea DPRK'),
              (9002, 'In the 1980s Kim Il Sung sent 100,000 AK-47 rifles.', 'Kim Il Sung Kim Il-sung Kim Il Song', '', 'Cuba–North Korea relations Cuba North Korea DPRK');
            """;
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(path);
    }

    private RelationsDb Db() => DatabaseFile.OpenReadOnly(path);

    [Theory]
    [InlineData("raul", 9001)]
    [InlineData("RAÚL castro", 9001)]
    [InlineData("AK-47", 9002)]
    [InlineData("kim il-song", 9002)]
    [InlineData("DPRK identical", 9001)]
    public async Task FindsWordsFoldedAcrossColumns(string q, int id)
    {
        await using var db = Db();
        var result = await EventSearch.RunAsync(db, new SearchFilters { Q = q });
        Assert.Equal([id], result.Items.Select(i => i.Id));
        Assert.Single(result.Facets.Decades);
    }

    [Theory]
    [InlineData("C++ \"unbalanced OR")]
    [InlineData("NEAR(views everything)")]
    [InlineData("*")]
    public async Task SyntaxIsSearchedAsText(string q)
    {
        await using var db = Db();
        var result = await EventSearch.RunAsync(db, new SearchFilters { Q = q });
        Assert.Equal(0, result.Total);
    }

    [Fact]
    public async Task ReadsPersonAndPeriodFromTheBox()
    {
        await using var db = Db();
        var result = await EventSearch.RunAsync(db, new SearchFilters { Q = "Kim Il Song 1985" });
        Assert.Null(result.Filters.Q);
        Assert.Equal("kim-il-sung", result.Filters.Person);
        Assert.Equal(1985, result.Filters.Year);
        Assert.Equal([9002], result.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task YearPageMarksBroaderDates()
    {
        await using var db = Db();
        var page = await YearEvents.LoadAsync(db, Period.Year(1985));
        var e = Assert.Single(page.Events);
        Assert.True(e.Broader);
        var sixties = await YearEvents.LoadAsync(db, Period.Decade(1960));
        Assert.False(Assert.Single(sixties.Events).Broader);
    }
}
