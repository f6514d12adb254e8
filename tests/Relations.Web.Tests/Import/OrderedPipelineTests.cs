using Relations.Web.Import;

namespace Relations.Web.Tests.Import;

public sealed class OrderedPipelineTests
{
    [Fact]
    public void ConsumesInIndexOrderWhileWorkersStayWithinTheWindow()
    {
        var consumed = new List<int>();
        var inFlight = 0;
        var maxAhead = 0;
        OrderedPipeline.Run(500, 3, 8, i =>
        {
            // Uneven work so later items often finish first.
            Thread.SpinWait((500 - i) % 7 * 2000);
            Interlocked.Increment(ref inFlight);
            return i * 10;
        }, (i, item) =>
        {
            Assert.Equal(i * 10, item);
            maxAhead = Math.Max(maxAhead, Volatile.Read(ref inFlight) - consumed.Count);
            consumed.Add(i);
        });

        Assert.Equal(Enumerable.Range(0, 500), consumed);
        Assert.InRange(maxAhead, 1, 8);
    }

    [Fact]
    public void WhileTheConsumerGetsReadyWorkersGoOnToTheStartWindowThenKeepToTheWindow()
    {
        var produced = 0;
        var producedBeforeFirst = -1;
        var maxAheadLater = 0;
        OrderedPipeline.Run(400, 2, 8, i => Interlocked.Increment(ref produced), (i, _) =>
        {
            if (i == 0)
            {
                // The consumer is "making its schema": the workers fill the start window meanwhile, and stop there.
                SpinWait.SpinUntil(() => Volatile.Read(ref produced) >= 100, TimeSpan.FromSeconds(10));
                Thread.Sleep(50);
                producedBeforeFirst = Volatile.Read(ref produced);
            }
            else
            {
                maxAheadLater = Math.Max(maxAheadLater, Volatile.Read(ref produced) - i);
            }
        }, startWindow: 100);

        Assert.Equal(100, producedBeforeFirst);
        Assert.InRange(maxAheadLater, 1, 100);
    }

    [Fact]
    public void AFailingWorkerOrConsumerStopsTheRunAndItsErrorReachesTheCaller()
    {
        var producer = Assert.Throws<InvalidDataException>(() =>
            OrderedPipeline.Run(100, 2, 4, i => i == 37 ? throw new InvalidDataException("bad file") : i, (_, _) => { }));
        Assert.Equal("bad file", producer.Message);

        var produced = 0;
        var consumer = Assert.Throws<IOException>(() =>
            OrderedPipeline.Run(1000, 2, 4, i => Interlocked.Increment(ref produced), (i, _) => { if (i == 10) { throw new IOException("disk full"); } }));
        Assert.Equal("disk full", consumer.Message);
        Assert.True(Volatile.Read(ref produced) < 1000, "workers stop once the consumer has failed");
    }
}
