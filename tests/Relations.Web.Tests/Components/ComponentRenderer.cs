using AngleSharp;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Relations.Web.Tests.Components;

/// <summary>
/// Renders a component to HTML with the framework's HtmlRenderer and parses it with AngleSharp.
/// The one place component tests touch the renderer, so a switch to bunit replaces only this class.
/// </summary>
public static class ComponentRenderer
{
    public static async Task<IDocument> RenderAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(request => request.Content($"<!DOCTYPE html><html><body>{html}</body></html>"));
    }
}
