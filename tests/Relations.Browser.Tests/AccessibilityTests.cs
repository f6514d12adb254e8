using System.Text;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Relations.Browser.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Relations.Browser.Tests;

/// <summary>axe-core on every page type (light and dark), keyboard paths, and phone width.</summary>
[Collection(BrowserTests.Name)]
public class AccessibilityTests(BrowserFixture browser, ITestOutputHelper output)
{
    public static TheoryData<string, string, int> Pages => PageTypes.Data();

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryPageTypeHasNoSeriousOrCriticalAxeViolationsInTheLightTheme(string name, string path, int status) =>
        await AuditAsync(name, path, status, ColorScheme.Light);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryPageTypeHasNoSeriousOrCriticalAxeViolationsInTheDarkTheme(string name, string path, int status) =>
        await AuditAsync(name, path, status, ColorScheme.Dark);

    [Fact]
    public async Task TabReachesTheSkipLinkFirstThenTheMainNavAndEnterMovesFocusToMain()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await session.GotoAsync("/relations/cuba/north-korea");

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator(".skip-link")).ToBeFocusedAsync();
        await Expect(page.Locator(".skip-link")).ToBeInViewportAsync();

        // After the skip link: the header (the brand link), then the main navigation, before anything in main.
        var reachedNav = false;
        for (var i = 0; i < 3 && !reachedNav; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var where = await page.EvaluateAsync<string>("() => document.activeElement.closest('nav[aria-label=Main]') ? 'nav' : document.activeElement.closest('header.site-header') ? 'header' : 'elsewhere'");
            Assert.NotEqual("elsewhere", where);
            reachedNav = where == "nav";
        }

        Assert.True(reachedNav, "the main navigation is not reached within three Tabs after the skip link");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Home" })).ToBeFocusedAsync();

        // Back to the top: Enter on the skip link moves focus to main, and the next Tab stays inside main.
        // FollowAsync: the same Chromium hiccup that now and then never commits a navigation to another page hit this
        // one to #main once (session 17's CI, one run in the session's several): Enter is pressed again after 15 s.
        await page.Locator(".skip-link").FocusAsync();
        await session.FollowAsync(() => page.Keyboard.PressAsync("Enter"), new Regex("#main$"));
        await Expect(page.Locator("main#main")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"), "Tab after the skip target left main");
    }

    [Fact]
    public async Task TimelineSourceLinksAreReachableByTab()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await session.GotoAsync("/relations/cuba/north-korea");
        await page.Locator("main#main").FocusAsync();

        var reached = false;
        for (var i = 0; i < 400 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("() => document.activeElement.matches('#timeline a.source')");
        }

        Assert.True(reached, "no timeline source link was reached within 400 Tabs from main");
        var focused = page.Locator("#timeline a.source:focus");
        await Expect(focused).ToBeInViewportAsync();
        var outline = await focused.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle");
        Assert.NotEqual("none", outline);

        // Enter follows it to the sentence in the article.
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"#line-\d+-s\d+$"));
        await Expect(page.Locator("#article :target")).ToHaveCountAsync(1);
    }

    [Theory]
    [InlineData("/relations/cuba/north-korea")]
    [InlineData("/search?q=visit")]
    [InlineData("/")]
    [InlineData("/people/kim-il-sung")]
    [InlineData("/years/1960")]
    public async Task NoHorizontalScrollingAtPhoneWidth(string path)
    {
        await using var session = await browser.OpenAsync(375, 812);
        var response = await session.GotoAsync(path);
        Assert.Equal(200, response.Status);
        var widths = await session.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var (scrollWidth, innerWidth) = (widths[0], widths[1]);
        Assert.True(scrollWidth <= innerWidth, $"{path}: scrollWidth {scrollWidth} > innerWidth {innerWidth}");
        var wide = await session.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.table-wrap') && getComputedStyle(e).position !== 'absolute').slice(0, 5).map(e => e.tagName + '.' + e.className)");
        Assert.True(wide.Length == 0, $"{path}: elements wider than the viewport: {string.Join(", ", wide)}");
    }

    private async Task AuditAsync(string name, string path, int status, ColorScheme scheme)
    {
        await using var session = await browser.OpenAsync();
        await session.Page.EmulateMediaAsync(new() { ColorScheme = scheme });
        var response = await session.GotoAsync(path);
        Assert.True(response.Status == status, $"{name} ({path}) answered {response.Status}, expected {status}");

        var result = await session.Page.RunAxe();
        Assert.True(result.Passes.Length > 0, "axe-core did not run: no rule passed");
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        var minor = result.Violations.Except(serious).ToList();
        if (minor.Count > 0)
        {
            output.WriteLine($"{name} ({path}, {scheme}) moderate/minor:{Describe(minor)}");
        }

        Assert.True(serious.Count == 0, $"{name} ({path}, {scheme}): {Describe(serious)}");
    }

    private static string Describe(IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        foreach (var v in violations)
        {
            text.Append('\n').Append(v.Impact).Append(' ').Append(v.Id).Append(": ").Append(v.Help);
            foreach (var node in v.Nodes.Take(5))
            {
                text.Append("\n    ").Append(node.Target).Append("  ").Append(node.Html.Length > 160 ? node.Html[..160] + "…" : node.Html);
                foreach (var check in (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []))
                {
                    text.Append("\n      ").Append(check.Message);
                }
            }
        }

        return text.ToString();
    }
}
