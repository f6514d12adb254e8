using Relations.Articles.Values;

namespace Relations.Articles.Tests.Values;

public class StringMemoTests
{
    private static string Upper(string s) => s.ToUpperInvariant();

    [Fact]
    public void AWordIsComputedOnceWhetherGivenAsAStringOrAsASpanOfALongerText()
    {
        var calls = 0;
        var memo = new StringMemo<string>(s => { calls++; return Upper(s); });
        const string text = "Kim met Kim in Hanoi";

        var first = memo.Get(text.AsSpan(0, 3));
        var second = memo.Get(text.AsSpan(8, 3));
        var third = memo.Get("Kim");

        Assert.Equal("KIM", first);
        Assert.Same(first, second);
        Assert.Same(first, third);
        Assert.Equal(1, calls);
        Assert.Equal("HANOI", memo.Get(text.AsSpan(15)));
        Assert.Equal(2, memo.Count);
    }

    [Fact]
    public void ALongInputIsComputedEachTimeAndNotKept()
    {
        var memo = new StringMemo<string>(Upper, maxLength: 5);

        Assert.Equal("ABCDEF", memo.Get("abcdef"));
        Assert.Equal("ABCDEF", memo.Get("abcdef".AsSpan()));
        Assert.Equal(0, memo.Count);
    }

    [Fact]
    public void ItGrowsWithoutLosingAWordAndStopsKeepingAtItsCapacity()
    {
        var memo = new StringMemo<string>(Upper, capacity: 3000);
        var words = Enumerable.Range(0, 5000).Select(i => $"w{i}").ToList();

        foreach (var w in words)
        {
            Assert.Equal(Upper(w), memo.Get(w));
        }

        Assert.Equal(3000, memo.Count);
        Assert.All(words, w => Assert.Equal(Upper(w), memo.Get(w.AsSpan())));
        Assert.Equal(3000, memo.Count);
    }

    [Fact]
    public void ThreadsLookingUpAndAddingAtOnceAllGetTheRightValues()
    {
        var memo = new StringMemo<string>(Upper);
        var words = Enumerable.Range(0, 20_000).Select(i => $"name{i % 7000}").ToArray();
        var wrong = 0;

        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t =>
        {
            // Each thread walks the words from its own starting point, so adds and growth overlap with lookups.
            for (var k = 0; k < words.Length; k++)
            {
                var w = words[(k + (t * 2500)) % words.Length];
                if (memo.Get(w.AsSpan()) != Upper(w))
                {
                    Interlocked.Increment(ref wrong);
                }
            }
        });

        Assert.Equal(0, wrong);
        Assert.Equal(7000, memo.Count);
    }
}
