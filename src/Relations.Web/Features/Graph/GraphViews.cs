using Relations.Web.Data;

namespace Relations.Web.Features.Graph;

/// <summary>What a graph page draws: the picture, its title, and a note when it was simplified.</summary>
public sealed record GraphView(GraphPicture Picture, string Title, bool CountryLevel, string? Note);

/// <summary>Chooses what to draw so every picture stays readable: relation-level up to <see cref="Threshold"/> relations, country-level above.</summary>
public static class GraphViews
{
    /// <summary>Above this many relations a picture of every relation is a hairball: draw countries instead.</summary>
    public const int Threshold = 150;

    /// <summary>How many country pairs the country-level picture draws.</summary>
    public const int TopLinks = 250;

    public static async Task<GraphView> WholeAsync(CorpusCache cache, RelationsDb db, CancellationToken ct = default)
    {
        var graph = await cache.GraphAsync(db, ct);
        if (graph.RelationCount <= Threshold)
        {
            return await cache.GetAsync("graph-picture", () => Task.FromResult(
                new GraphView(GraphLayout.Nodes(graph), "The See also graph of the whole corpus", false, null)));
        }

        return await cache.GetAsync("country-picture", async () =>
        {
            var countries = await cache.CountryGraphAsync(db, TopLinks, ct);
            return new GraphView(GraphLayout.Countries(countries), "Countries of the corpus and the links between them", true,
                $"The corpus has {graph.RelationCount:N0} relations, too many to draw one by one: this is the country-level graph "
                + $"(the {countries.Links.Count} strongest of {countries.AllLinks:N0} country pairs). Pick a country to see its relations.");
        });
    }

    /// <summary>The neighbourhood of a node at depth 1 or 2; depth 2 falls back to 1 when it would be too big to read. Null for an unknown node.</summary>
    public static async Task<GraphView?> NeighbourhoodAsync(CorpusCache cache, RelationsDb db, string nodeId, int depth, CancellationToken ct = default)
    {
        var graph = await cache.GraphAsync(db, ct);
        if (graph.Find(nodeId) is not { } centre)
        {
            return null;
        }

        depth = Math.Clamp(depth, 1, 2);
        var part = graph.Neighbourhood(nodeId, depth);
        string? note = null;
        if (depth == 2 && part.RelationCount > Threshold)
        {
            part = graph.Neighbourhood(nodeId, 1);
            note = $"Two steps away would be more than {Threshold} relations: showing one step.";
            depth = 1;
        }

        var steps = depth == 1 ? "one step" : "two steps";
        return new GraphView(GraphLayout.Nodes(part, nodeId), $"Links within {steps} of {centre.Label}", false, note);
    }

    public static int ParseDepth(string? text) => text is "2" ? 2 : 1;
}
