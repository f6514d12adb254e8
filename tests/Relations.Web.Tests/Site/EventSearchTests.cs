using Microsoft.Data.Sqlite;
using Relations.Web.Data;
using Relations.Web.Features.Search;
using Relations.Web.Features.Years;

namespace Relations.Web.Tests.Site;

/// <summary>The search and year queries over the database imported from the seeds and the test articles.</summary>
[Collection(SiteTests.Name)]
public sealed class EventSearchTests(SiteFixture site) : IDisposable
{
    public void Dispose() => SqliteConnection.ClearAllPools();

    private RelationsDb Db() => DatabaseFile.OpenReadOnly(site.FullDb);

    [Theory]
    [InlineData("raul", "Raúl Castro stated")]
    [InlineData("RAÚL castro", "Raúl Castro stated")]
    [InlineData("AK-47", "100,000 AK-47 rifles")]
    [InlineData("kim il-sung ammo", "100,000 AK-47 rifles")]
    [InlineData("DPRK identical", "completely identical")]
    [InlineData("Diaz-Canel floral", "floral basket")]
    [InlineData("to lam supreme", "Tô Lâm")]
    public async Task FindsWordsFoldedAcrossColumns(string q, string text)
    {
        await using var db = Db();
        var result = await EventSearch.RunAsync(db, new SearchFilters { Q = q });
        var item = Assert.Single(result.Items.DistinctBy(i => i.Text));
        Assert.Contains(text, item.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("C++ \"unbalanced OR")]
    [InlineData("NEAR(views everything)")]
    [InlineData("*")]
    [InlineData("\"")]
    [InlineData("(((")]
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
        var result = await EventSearch.RunAsync(db, new SearchFilters { Q = "Kim Il Sung 1985" });
        Assert.Null(result.Filters.Q);
        Assert.Equal("kim-il-sung", result.Filters.Person);
        Assert.Equal(1985, result.Filters.Year);
        var item = Assert.Single(result.Items);
        Assert.Contains("AK-47", item.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task YearPageMarksBroaderDates()
    {
        await using var db = Db();
        var eighties = await YearEvents.LoadAsync(db, Period.Year(1985));
        var e = Assert.Single(eighties.Events, e => e.Event.Text.Contains("AK-47", StringComparison.Ordinal));
        Assert.True(e.Broader);
        var fiftyEight = await YearEvents.LoadAsync(db, Period.Year(1958));
        Assert.Contains(fiftyEight.Events, e => e.Event.Text.Contains("November–December 1958", StringComparison.Ordinal) && !e.Broader);
    }

    [Fact]
    public async Task YearPagesArePagedInDateOrder()
    {
        await using var db = Db();
        var all = await YearEvents.LoadAsync(db, Period.Decade(1960));
        var first = await YearEvents.LoadAsync(db, Period.Decade(1960), page: 1, pageSize: 2);
        var second = await YearEvents.LoadAsync(db, Period.Decade(1960), page: 2, pageSize: 2);

        Assert.True(all.Total > 4);
        Assert.Equal((all.Total, 2, (all.Total + 1) / 2), (first.Total, first.Events.Count, first.Pages));
        Assert.Equal(all.Events.Skip(2).Take(2).Select(e => e.Event.Id), second.Events.Select(e => e.Event.Id));
    }
}
