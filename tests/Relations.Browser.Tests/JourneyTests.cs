using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Relations.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Relations.Browser.Tests;

/// <summary>A reader's path through the site, clicking as a person would, in a real Chromium.</summary>
[Collection(BrowserTests.Name)]
public class JourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task FromHomeThroughRelationPersonSearchAndSeeAlso()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;

        // Home → the Cuba–North Korea relation.
        await session.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bilateral relations", Level = 1 })).ToBeVisibleAsync();
        await session.FollowAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Cuba–North Korea relations", Exact = true }).ClickAsync(), new Regex("/relations/cuba/north-korea$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Cuba–North Korea relations");
        await Expect(page.Locator(".established time")).ToHaveAttributeAsync("datetime", "1960-08-29");
        // Words stay apart where components meet (Razor components drop whitespace between tags unless told not to).
        await Expect(page.Locator("#missions")).ToContainTextAsync("of Cuba in Pyongyang (North Korea)");
        await Expect(page.Locator("#timeline .event-text").First).ToContainTextAsync(new Regex(@"\.\s+source \(line \d+\)"));

        // A person named in the relation.
        await session.FollowAsync(() => page.Locator("#people").GetByRole(AriaRole.Link, new() { Name = "Che Guevara", Exact = true }).ClickAsync(), new Regex("/people/che-guevara$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Che Guevara");
        await Expect(page.Locator("main")).ToContainTextAsync("Cuba–North Korea relations");

        // Search by year through the search page's Year field.
        await session.FollowAsync(() => page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Search", Exact = true }).ClickAsync(), new Regex("/search$"));
        await page.GetByLabel("Year", new() { Exact = true }).FillAsync("1960");
        await session.FollowAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync(), new Regex(@"/search\?.*year=1960"));
        var results = page.Locator(".results ol.events");
        await Expect(results).ToContainTextAsync("established diplomatic relations on 29 August 1960");
        await Expect(results).ToContainTextAsync("Che Guevara, then a Cuban government minister, visited North Korea in September 1960");

        // Search by person: the name in the search box becomes the person filter, with events from both seed relations.
        await page.GetByLabel("Search events").FillAsync("Kim Il Sung");
        await page.GetByLabel("Year", new() { Exact = true }).FillAsync(string.Empty);
        await session.FollowAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync(), new Regex(@"/search\?.*q=Kim"));
        await Expect(page.Locator(".chips")).ToContainTextAsync("Person: Kim Il Sung");
        var relationLinks = await page.Locator(".results .event a.relation").AllTextContentsAsync();
        Assert.Contains("Cuba–North Korea relations", relationLinks);
        Assert.Contains("North Korea–Vietnam relations", relationLinks);

        // Back to the relation and along its See also link to the other relation.
        await session.GotoAsync("/relations/cuba/north-korea");
        await session.FollowAsync(() => page.Locator("#see-also").GetByRole(AriaRole.Link, new() { Name = "Cuba–South Korea relations" }).ClickAsync(), new Regex("/relations/cuba/south-korea$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Cuba–South Korea relations");

        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task SourceLinkFromSearchHighlightsItsSentenceInTheArticle()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await session.GotoAsync("/search?year=1960");
        var card = page.Locator(".results .event", new() { HasText = "Che Guevara, then a Cuban government minister" });
        await card.GetByRole(AriaRole.Link, new() { Name = "source" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/relations/cuba/north-korea#line-\d+-s\d+$"));

        await AssertTargetSentenceHighlightedAsync(page, "Che Guevara, then a Cuban government minister");
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task TimelineSourceLinkOnTheRelationPageHighlightsItsSentence()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await session.GotoAsync("/relations/cuba/north-korea");
        var card = page.Locator("#timeline .event", new() { HasText = "Cuban leader Fidel Castro visited in 1986" });
        await card.GetByRole(AriaRole.Link, new() { Name = "source" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"#line-\d+-s\d+$"));

        await AssertTargetSentenceHighlightedAsync(page, "Cuban leader Fidel Castro visited in 1986");
        Assert.Empty(session.Errors);
    }

    private static async Task AssertTargetSentenceHighlightedAsync(IPage page, string sentenceStart)
    {
        var target = page.Locator("#article :target");
        await Expect(target).ToHaveCountAsync(1);
        await Expect(target).ToContainTextAsync(sentenceStart);
        await Expect(target).ToBeInViewportAsync();

        var targetBackground = await target.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        var other = page.Locator("#article .sentence:not(:target)").First;
        var otherBackground = await other.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.NotEqual(otherBackground, targetBackground);
        Assert.NotEqual("rgba(0, 0, 0, 0)", targetBackground);
        Assert.Equal("rgb(255, 229, 138)", targetBackground); // --target in the light theme
    }
}
