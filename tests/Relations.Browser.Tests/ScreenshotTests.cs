using Relations.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Relations.Browser.Tests;

/// <summary>A full-page screenshot of every page type at desktop and phone width, into bin/…/screenshots (not committed).</summary>
[Collection(BrowserTests.Name)]
public class ScreenshotTests(BrowserFixture browser)
{
    public static TheoryData<string, string, int> Pages => PageTypes.Data();

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryPageTypeRendersAndIsSaved(string name, string path, int status)
    {
        foreach (var (suffix, width, height) in new[] { ("desktop", 1280, 900), ("phone", 375, 812) })
        {
            await using var session = await browser.OpenAsync(width, height);
            var response = await session.GotoAsync(path);
            Assert.True(response.Status == status, $"{name} ({path}) answered {response.Status}, expected {status}");
            await Expect(session.Page.Locator("main h1")).ToBeVisibleAsync();

            // The stylesheet applied (system fonts, the header band), so the screenshot shows the finished page.
            var headerBackground = await session.Page.Locator("header.site-header").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
            Assert.NotEqual("rgba(0, 0, 0, 0)", headerBackground);

            var file = Path.Combine(BrowserFixture.ScreenshotDir, $"{name}-{suffix}.png");
            await session.Page.ScreenshotAsync(new() { Path = file, FullPage = true });
            await session.Page.ScreenshotAsync(new() { Path = Path.ChangeExtension(file, ".top.png") });
            Assert.True(new FileInfo(file).Length > 1000, file + " is empty");
        }
    }
}
