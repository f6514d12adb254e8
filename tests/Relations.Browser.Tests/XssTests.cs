using Relations.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Relations.Browser.Tests;

/// <summary>Article text that looks like markup stays text: no script runs, and our own pages cause no CSP violations.</summary>
[Collection(BrowserTests.Name)]
public class XssTests(BrowserFixture browser)
{
    [Fact]
    public async Task ScriptInAnArticleIsShownAsTextAndNeverRuns()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        var response = await session.GotoAsync("/relations/iceland/nepal");
        Assert.Equal(200, response.Status);

        var article = page.Locator("#article");
        await Expect(article).ToContainTextAsync("<script>window.__xss=1</script>");
        await Expect(article).ToContainTextAsync("<img src=x onerror=window.__xss=2>");
        await Expect(page.Locator("main script")).ToHaveCountAsync(0);
        await Expect(page.Locator("main img")).ToHaveCountAsync(0);

        // The timeline and the search results show the same sentences, also as text.
        await Expect(page.Locator("#timeline")).ToContainTextAsync("<script>window.__xss=1</script>");
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__xss"));

        await session.GotoAsync("/search?q=exhibition+catalogue");
        await Expect(page.Locator(".results")).ToContainTextAsync("<img src=x onerror=window.__xss=2>");
        await Expect(page.Locator("main img")).ToHaveCountAsync(0);
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__xss"));

        Assert.Empty(session.Errors);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/relations/cuba/north-korea")]
    [InlineData("/relations/iceland/nepal")]
    [InlineData("/countries/cuba")]
    [InlineData("/people/kim-il-sung")]
    [InlineData("/years/1960")]
    [InlineData("/search?q=visit")]
    public async Task OurPagesLogNoErrorsAndViolateNoContentSecurityPolicy(string path)
    {
        await using var session = await browser.OpenAsync();
        var response = await session.GotoAsync(path);
        Assert.Equal(200, response.Status);
        Assert.Contains("script-src 'self'", await response.HeaderValueAsync("content-security-policy") ?? string.Empty, StringComparison.Ordinal);
        await Expect(session.Page.Locator("footer")).ToBeVisibleAsync();
        Assert.True(session.Errors.Count == 0, string.Join("\n", session.Errors));
    }
}
