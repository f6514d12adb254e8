using Microsoft.Extensions.Caching.Memory;
using Relations.Web.Data;
using Relations.Web.Infrastructure;

namespace Relations.Web.Features.Graph;

/// <summary>
/// Corpus-wide results (the See also graph, the quality report) built once per database file: the key includes
/// <see cref="DatabaseIdentity.Current"/>, so a re-import is picked up on the next request and the old entry expires.
/// </summary>
public sealed class CorpusCache(IMemoryCache cache, DatabaseIdentity identity)
{
    private static readonly MemoryCacheEntryOptions Entry = new() { SlidingExpiration = TimeSpan.FromMinutes(30) };

    public Task<SeeAlsoGraph> GraphAsync(RelationsDb db, CancellationToken ct = default) =>
        GetAsync("see-also-graph", () => GraphBuilder.LoadAsync(db, ct));

    public Task<CountryLevelGraph> CountryGraphAsync(RelationsDb db, int topLinks, CancellationToken ct = default) =>
        GetAsync("country-graph-" + topLinks, async () => CountryGraph.Of(await GraphAsync(db, ct), topLinks));

    /// <summary>The value for <paramref name="name"/> in the current database; concurrent first requests share one build.</summary>
    public async Task<T> GetAsync<T>(string name, Func<Task<T>> build)
    {
        var key = (name, identity.Current);
        var lazy = cache.GetOrCreate(key, e =>
        {
            e.SetOptions(Entry);
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
}
