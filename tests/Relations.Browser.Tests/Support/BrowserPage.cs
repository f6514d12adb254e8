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

    public async Task<IResponse> GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load });
        return response ?? throw new InvalidOperationException("no response for " + path);
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
