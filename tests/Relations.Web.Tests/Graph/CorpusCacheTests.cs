using Microsoft.Extensions.Caching.Memory;
using Relations.Web.Features.Graph;
using Relations.Web.Infrastructure;

namespace Relations.Web.Tests.Graph;

public sealed class CorpusCacheTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"relations-cache-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task A_replaced_database_is_built_afresh_and_the_old_entries_are_evicted()
    {
        File.WriteAllText(path, "first");
        using var memory = new MemoryCache(new MemoryCacheOptions());
        using var cache = new CorpusCache(memory, new DatabaseIdentity(path));
        var builds = 0;
        Task<int> Build() => Task.FromResult(++builds);

        Assert.Equal(1, await cache.GetAsync("graph", Build));
        Assert.Equal(1, await cache.GetAsync("graph", Build));

        // An import renames a new file over the old one; the identity is re-read at most every 250 ms.
        File.WriteAllText(path, "second, longer");
        await Task.Delay(300);

        Assert.Equal(2, await cache.GetAsync("graph", Build));
        memory.Compact(0);
        Assert.Equal(1, memory.Count);
    }

    public void Dispose() => File.Delete(path);
}
