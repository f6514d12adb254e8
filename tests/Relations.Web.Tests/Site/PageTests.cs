using System.Net;

namespace Relations.Web.Tests.Site;

[Collection(SiteTests.Name)]
public class PageTests(SiteFixture site)
{
    private readonly HttpClient client = site.Client();

    [Theory]
    [InlineData("/", "Bilateral relations")]
    [InlineData("/?sort=events", "Bilateral relations")]
    [InlineData("/?sort=established", "Bilateral relations")]
    [InlineData("/relations/cuba/north-korea", "Cuba–North Korea relations")]
    [InlineData("/relations/north-korea/vietnam", "North Korea–Vietnam relations")]
    [InlineData("/countries", "Countries")]
    [InlineData("/countries/cuba", "Cuba")]
    [InlineData("/people", "People")]
    [InlineData("/years", "Years")]
    [InlineData("/years/1960", "1960")]
    [InlineData("/years/1960s", "1960s")]
    [InlineData("/search", "Search events")]
    [InlineData("/search?q=Cuba", "Search events")]
    public async Task EveryRouteAnswersWithItsHeading(string url, string h1)
    {
        var (response, doc) = await Html.GetAsync(client, url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var headings = doc.QuerySelectorAll("h1");
        Assert.Single(headings);
        Assert.Equal(h1, headings[0].TextContent.Trim());
        Assert.Equal("en", doc.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(doc.QuerySelector("header nav"));
        Assert.NotNull(doc.QuerySelector("main#main"));
        Assert.NotNull(doc.QuerySelector("footer a[href='/import']"));
    }

    [Fact]
    public async Task HomeListsRelationsWithCountsAndRejectedFiles()
    {
        var (_, doc) = await Html.GetAsync(client, "/");
        var titles = doc.QuerySelectorAll("table.relations tbody th a").Select(a => a.TextContent).ToList();
        Assert.Contains("Cuba–North Korea relations", titles);
        Assert.Contains("North Korea–Vietnam relations", titles);
        Assert.Equal(titles.Order(StringComparer.Ordinal), titles);
        Assert.Contains("not-a-relation.txt", doc.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(doc.QuerySelector("form[action='/search'] input[name=q]"));
    }

    [Fact]
    public async Task RelationPageShowsEstablishedMissionsArticleAndTwins()
    {
        var (_, doc) = await Html.GetAsync(client, "/relations/cuba/north-korea");
        Assert.Contains("꾸바-조선민주주의인민공화국 관계", doc.QuerySelector(".native-names")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("1960-08-29", doc.QuerySelector(".established time")!.GetAttribute("datetime"));
        var cities = doc.QuerySelectorAll("#missions .city").Select(c => c.TextContent).ToList();
        Assert.Contains("Pyongyang", cities);
        Assert.Contains("Havana", cities);
        Assert.NotNull(doc.QuerySelector("a[href='/api/relations/cuba/north-korea']"));
        Assert.NotNull(doc.QuerySelector("a[href='/relations/cuba/north-korea/events.csv']"));
        // Each sentence of the article has its own anchor for source links.
        var sentences = doc.QuerySelectorAll("#article span.sentence[id^='line-']");
        Assert.True(sentences.Length > 10);
        Assert.Contains(doc.QuerySelectorAll("#article h3"), h => h.TextContent == "History");
    }

    [Fact]
    public async Task OtherOrderRedirectsPermanentlyToTheTitleOrder()
    {
        var response = await client.GetAsync(new Uri("/relations/north-korea/cuba", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/relations/cuba/north-korea", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/relations/cuba/atlantis")]
    [InlineData("/countries/atlantis")]
    [InlineData("/people/nobody-at-all")]
    [InlineData("/no/such/page")]
    [InlineData("/years/1200")]
    public async Task UnknownAddressesGiveNotFoundWithTheSearchBox(string url)
    {
        var (response, doc) = await Html.GetAsync(client, url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", doc.QuerySelector("h1")!.TextContent);
        Assert.NotNull(doc.QuerySelector("form[action='/search'] input[name=q]"));
    }

    [Fact]
    public async Task SeeAlsoIsMarkedAbsentUntilTheArticleIsImported()
    {
        var (_, before) = await Html.GetAsync(site.Client(site.SeedsOnly), "/relations/cuba/north-korea");
        var absent = before.QuerySelectorAll("#see-also li").Single(li => li.TextContent.Contains("Cuba–South Korea relations", StringComparison.Ordinal));
        Assert.Contains("not in the corpus", absent.TextContent, StringComparison.Ordinal);
        Assert.Null(absent.QuerySelector("a"));

        var (_, after) = await Html.GetAsync(client, "/relations/cuba/north-korea");
        var present = after.QuerySelectorAll("#see-also li").Single(li => li.TextContent.Contains("Cuba–South Korea relations", StringComparison.Ordinal));
        Assert.Equal("/relations/cuba/south-korea", present.QuerySelector("a")!.GetAttribute("href"));
        Assert.DoesNotContain("not in the corpus", present.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/search?q=C%2B%2B%20%22unbalanced%20OR", HttpStatusCode.OK)]
    [InlineData("/search?q=NEAR(a%20b)%20*%20-", HttpStatusCode.OK)]
    [InlineData("/search?q=*", HttpStatusCode.OK)]
    [InlineData("/search?from=2000&to=1990", HttpStatusCode.BadRequest)]
    [InlineData("/search?year=abc", HttpStatusCode.BadRequest)]
    [InlineData("/search?decade=196", HttpStatusCode.BadRequest)]
    [InlineData("/search?page=-1", HttpStatusCode.BadRequest)]
    [InlineData("/years/abc", HttpStatusCode.BadRequest)]
    [InlineData("/years/19605", HttpStatusCode.BadRequest)]
    public async Task BadQueriesGetAFriendlyPageWithTheForm(string url, HttpStatusCode expected)
    {
        var (response, doc) = await Html.GetAsync(client, url);
        Assert.Equal(expected, response.StatusCode);
        Assert.NotNull(doc.QuerySelector("form[action='/search'] input[name=q]"));
        Assert.Single(doc.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task OverlongSearchTextGetsAFriendlyBadRequest()
    {
        var (response, doc) = await Html.GetAsync(client, "/search?q=" + new string('a', 300));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 200", doc.QuerySelector(".problems")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptySearchResultExplainsItself()
    {
        var (response, doc) = await Html.GetAsync(client, "/search?q=zzzqqq");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("zzzqqq", doc.QuerySelector("p.empty")!.TextContent, StringComparison.Ordinal);
        var chip = doc.QuerySelector(".chips a")!;
        Assert.Equal("/search", chip.GetAttribute("href"));
    }

    [Fact]
    public async Task SecurityHeadersAreOnEveryResponse()
    {
        foreach (var url in new[] { "/", "/relations/cuba/north-korea", "/api/relations", "/nope", "/css/site.css" })
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(Web.Infrastructure.SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        }
    }

    [Fact]
    public async Task ScriptInAnArticleIsShownAsText()
    {
        var response = await client.GetAsync(new Uri("/relations/laos/mongolia", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        var doc = await Html.ParseAsync(response);
        Assert.Empty(doc.QuerySelectorAll("script"));
        Assert.Contains("<script>alert(1)</script>", doc.QuerySelector("#article")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoInlineStylesOrScripts()
    {
        foreach (var url in new[] { "/", "/relations/cuba/north-korea", "/search?q=Cuba", "/years/1960s", "/nope" })
        {
            var (_, doc) = await Html.GetAsync(client, url);
            Assert.Empty(doc.QuerySelectorAll("script, style, [style]"));
        }
    }

    [Fact]
    public async Task ETagRevalidationAnswersNotModified()
    {
        var first = await client.GetAsync(new Uri("/relations/cuba/north-korea", UriKind.Relative));
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.True(first.Headers.CacheControl!.NoCache);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/relations/cuba/north-korea");
        request.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);

        var other = await client.GetAsync(new Uri("/relations/north-korea/vietnam", UriKind.Relative));
        Assert.NotEqual(etag, other.Headers.ETag);
    }

    [Fact]
    public async Task StylesheetIsServed()
    {
        var response = await client.GetAsync(new Uri("/css/site.css", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("prefers-color-scheme", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CountryPageListsRelationsAndMissions()
    {
        var (_, doc) = await Html.GetAsync(client, "/countries/north-korea");
        var relations = doc.QuerySelectorAll("a[href^='/relations/']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/relations/cuba/north-korea", relations);
        Assert.Contains("/relations/north-korea/vietnam", relations);
        Assert.Contains("Havana", doc.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task YearPagesLinkToNeighbours()
    {
        var (_, doc) = await Html.GetAsync(client, "/years/1960s");
        Assert.Equal("/years/1950s", doc.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/years/1970s", doc.QuerySelector("a[rel=next]")!.GetAttribute("href"));
    }
}
