namespace Relations.Web.Import;

/// <summary>
/// Produces items on worker threads and consumes them on the calling thread in index order, so the consumer's
/// output is the same whatever the schedule. Workers stay at most <c>window</c> items ahead of the consumer, which
/// bounds the memory held by results waiting their turn. Until the consumer takes its first item (it may be
/// getting ready) they may go <c>startWindow</c> items ahead.
/// </summary>
internal static class OrderedPipeline
{
    public static void Run<T>(int count, int workers, int window, Func<int, T> produce, Action<int, T> consume, int startWindow = 0)
    {
        var slots = new T?[count];
        var ready = new bool[count];
        var gate = new object();
        var next = 0;
        var consumed = 0;
        Exception? failure = null;

        void Work()
        {
            // The consumer is the one thread every item passes through: workers yield the CPU to it.
            WorkerPriority.Lower(10);
            while (true)
            {
                int i;
                lock (gate)
                {
                    while (failure is null && next < count && next >= consumed + (consumed == 0 ? Math.Max(window, startWindow) : window))
                    {
                        Monitor.Wait(gate);
                    }

                    if (failure is not null || next >= count)
                    {
                        return;
                    }

                    i = next++;
                }

                T item;
                try
                {
                    item = produce(i);
                }
                catch (Exception e)
                {
                    lock (gate)
                    {
                        failure ??= e;
                        Monitor.PulseAll(gate);
                    }

                    return;
                }

                lock (gate)
                {
                    slots[i] = item;
                    ready[i] = true;
                    Monitor.PulseAll(gate);
                }
            }
        }

        var threads = Enumerable.Range(0, Math.Max(1, workers))
            .Select(k => new Thread(Work) { IsBackground = true, Name = $"import-{k}" })
            .ToList();
        threads.ForEach(t => t.Start());
        try
        {
            for (var i = 0; i < count; i++)
            {
                T item;
                lock (gate)
                {
                    while (failure is null && !ready[i])
                    {
                        Monitor.Wait(gate);
                    }

                    if (failure is not null)
                    {
                        break;
                    }

                    item = slots[i]!;
                    slots[i] = default;
                }

                consume(i, item);
                lock (gate)
                {
                    consumed = i + 1;
                    Monitor.PulseAll(gate);
                }
            }
        }
        catch (Exception e)
        {
            lock (gate)
            {
                failure ??= e;
                Monitor.PulseAll(gate);
            }
        }
        finally
        {
            threads.ForEach(t => t.Join());
        }

        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }
}
