using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Relations.Browser.Tests.Support;

/// <summary>A page in its own browser context, with every console error and uncaught page error it produced.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly List<string> errors = [];

    public BrowserPage(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                lock (errors)
                {
                    errors.Add($"console.{message.Type}: {message.Text} ({message.Location})");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (errors)
            {
                errors.Add("pageerror: " + error);
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (errors)
            {
                return [.. errors];
            }
        }
    }

    /// <summary>Console messages that are errors (a 404 page logs "Failed to load resource"; callers filter what they expect).</summary>
    public IReadOnlyList<string> ErrorsExcept(params string[] expected) =>
        [.. Errors.Where(e => !expected.Any(x => e.Contains(x, StringComparison.OrdinalIgnoreCase)))];

    /// <summary>
    /// Does what starts a navigation to another page (a click on a link or a button) and waits until the browser is on
    /// <paramref name="url"/>; the page's own assertions then wait for its content. Headless Chromium on the shared
    /// build machine now and then never commits a navigation whose answer the site has already sent (its request log
    /// shows the 200 within milliseconds; seen in session 8 in about one run in three of this suite, with that
    /// session's build and the one before): a navigation that has not arrived after 15 s is started once more, and a
    /// second miss fails the test as before. It returns once the new document is parsed, not loaded.
    /// </summary>
    public async Task FollowAsync(Func<Task> start, Regex url)
    {
        await start();
        try
        {
            await Page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit, Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            // Still on the page before: start the navigation again.
            await start();
            await Page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        }

        // The whole document is parsed (what callers read without waiting, such as all the links of a list, is there).
        await Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    public async Task<IResponse> GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load });
        return response ?? throw new InvalidOperationException("no response for " + path);
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
