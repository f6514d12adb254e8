using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;
using Relations.Web.Data;
using Relations.Web.Infrastructure;

namespace Relations.Web.Features.Graph;

/// <summary>
/// Corpus-wide results (the See also graph, the quality report) built once per database file: the key includes
/// <see cref="DatabaseIdentity.Current"/>, so a re-import is picked up on the next request; the entries of the replaced
/// database are evicted then, so two corpora never sit in memory side by side.
/// </summary>
public sealed class CorpusCache(IMemoryCache cache, DatabaseIdentity identity) : IDisposable
{
    private readonly Lock gate = new();
    private string? generation;
    private CancellationTokenSource evict = new();

    public Task<SeeAlsoGraph> GraphAsync(RelationsDb db, CancellationToken ct = default) =>
        GetAsync("see-also-graph", () => GraphBuilder.LoadAsync(db, ct));

    public Task<CountryLevelGraph> CountryGraphAsync(RelationsDb db, int topLinks, CancellationToken ct = default) =>
        GetAsync("country-graph-" + topLinks, async () => CountryGraph.Of(await GraphAsync(db, ct), topLinks));

    /// <summary>The value for <paramref name="name"/> in the current database; concurrent first requests share one build.</summary>
    public async Task<T> GetAsync<T>(string name, Func<Task<T>> build)
    {
        var current = identity.Current;
        var key = (name, current);
        var token = EvictionToken(current);
        var lazy = cache.GetOrCreate(key, e =>
        {
            e.SlidingExpiration = TimeSpan.FromMinutes(30);
            e.AddExpirationToken(new CancellationChangeToken(token));
            return new Lazy<Task<T>>(build);
        })!;
        try
        {
            return await lazy.Value;
        }
        catch
        {
            // A failed build (a cancelled request) must not stay cached.
            cache.Remove(key);
            throw;
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            evict.Dispose();
        }
    }

    /// <summary>The token that evicts the entries of database <paramref name="current"/>; a newer database cancels the older one's.</summary>
    private CancellationToken EvictionToken(string current)
    {
        lock (gate)
        {
            if (generation != current)
            {
                var old = evict;
                evict = new CancellationTokenSource();
                generation = current;
                old.Cancel();
                old.Dispose();
            }

            return evict.Token;
        }
    }
}
