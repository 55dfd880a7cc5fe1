using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Extractor.Output;

namespace Extractor.Jobs.Extract;

/// <summary>Runs work items on a fixed set of worker threads and hands their records back in input order.</summary>
/// <remarks>
/// Memory stays bounded: the producer waits when <c>jobs × 8</c> items are in flight. Workers are dedicated
/// threads with a large stack, so deeply nested markup cannot overflow a recursive walk. A watchdog gives up an
/// item that overruns the time limit (after the cooperative cancellation grace), answers it with an error
/// record and starts a replacement worker; the stuck thread is left to finish on its own and its result is
/// dropped, because .NET cannot abort a thread. On cancellation no new items start and the sequence ends at the
/// first item that did not run, so what was delivered is always a gap-free prefix of the input.
/// </remarks>
internal sealed class OrderedProcessor(int jobs, TimeSpan itemTimeout)
{
    /// <summary>Stack reserved per worker: address space only, committed as used.</summary>
    public const int WorkerStackBytes = 256 * 1024 * 1024;

    private readonly int _jobs = Math.Max(1, jobs);

    /// <summary>Extra time after the limit: first for the document's own cooperative timeout, then before the watchdog steps in.</summary>
    private readonly TimeSpan _grace = TimeSpan.FromMilliseconds(Math.Clamp(itemTimeout.TotalMilliseconds / 2, 50, 2000));
    private readonly List<Worker> _workers = [];
    private int _abandoned;

    /// <summary>Items given up by the watchdog so far.</summary>
    public int Abandoned => Volatile.Read(ref _abandoned);

    public async IAsyncEnumerable<WorkOutcome> RunAsync(
        IEnumerable<WorkItem> items, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var work = Channel.CreateBounded<Slot>(new BoundedChannelOptions(_jobs * 2) { SingleWriter = true });
        var order = Channel.CreateBounded<Slot>(new BoundedChannelOptions(_jobs * 8) { SingleWriter = true, SingleReader = true });
        Exception? producerFault = null;

        // Stops everything when the caller cancels or stops reading early.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;
        var producer = Task.Run(
            async () =>
            {
                long index = 0;
                try
                {
                    foreach (var item in items)
                    {
                        if (token.IsCancellationRequested)
                        {
                            break;
                        }

                        var slot = new Slot(index++, item);
                        await order.Writer.WriteAsync(slot, token).ConfigureAwait(false);
                        await work.Writer.WriteAsync(slot, CancellationToken.None).ConfigureAwait(false);
                    }
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                    // Stop producing; what is queued still drains.
                }
                catch (Exception ex)
                {
                    producerFault = ex;
                }
                finally
                {
                    order.Writer.Complete();
                    work.Writer.Complete();
                }
            },
            CancellationToken.None);

        lock (_workers)
        {
            for (var i = 0; i < _jobs; i++)
            {
                StartWorker(work.Reader, token);
            }
        }

        var tick = TimeSpan.FromMilliseconds(Math.Clamp(itemTimeout.TotalMilliseconds / 4, 10, 500));
        using var watchdog = new Timer(_ => Watch(work.Reader, token), null, tick, tick);
        try
        {
            await foreach (var slot in order.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                var records = await slot.Result.Task.ConfigureAwait(false);
                if (records is null)
                {
                    // Cancelled before it ran: stop here so the output stays a prefix of the input.
                    break;
                }

                yield return new WorkOutcome(slot.Index, records, slot.TimedOut);
            }
        }
        finally
        {
            // Stop the producer (it may wait on a full order channel) and let the workers skip what is queued.
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(false);
            while (order.Reader.TryRead(out var rest))
            {
                rest.Result.TrySetResult(null);
            }

            Worker[] live;
            lock (_workers)
            {
                live = [.. _workers];
            }

            foreach (var worker in live)
            {
                await worker.Exited.Task.ConfigureAwait(false);
            }
        }

        if (producerFault is not null)
        {
            throw new InvalidOperationException($"reading the inputs failed: {producerFault.Message}", producerFault);
        }
    }

    private void StartWorker(ChannelReader<Slot> queue, CancellationToken cancellationToken)
    {
        var worker = new Worker();
        _workers.Add(worker);
        var thread = new Thread(() => Work(worker, queue, cancellationToken), WorkerStackBytes)
        {
            IsBackground = true,
            Name = "extractor-worker",
        };
        thread.Start();
    }

    private void Work(Worker worker, ChannelReader<Slot> queue, CancellationToken cancellationToken)
    {
        try
        {
            while (!worker.Retired && queue.WaitToReadAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult())
            {
                while (!worker.Retired && queue.TryRead(out var slot))
                {
                    Run(worker, slot, cancellationToken);
                }
            }
        }
        finally
        {
            lock (_workers)
            {
                _workers.Remove(worker);
            }

            worker.Exited.TrySetResult();
        }
    }

    private void Run(Worker worker, Slot slot, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            slot.Result.TrySetResult(null);
            return;
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(itemTimeout + _grace);
        slot.Started = Stopwatch.GetTimestamp();
        worker.Current = slot;
        IReadOnlyList<ArticleRecord>? records;
        try
        {
            records = slot.Item.Work(limit.Token);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            records = null;
        }
        catch (OperationCanceledException)
        {
            slot.TimedOut = true;
            records = [TimeoutRecord(slot.Item, itemTimeout)];
        }
        catch (Exception ex)
        {
            records = [ArticleRecordMapper.Failed(slot.Item.Label, $"{slot.Item.Label}: {ex.GetType().Name}: {ex.Message}")];
        }
        finally
        {
            worker.Current = null;
        }

        slot.Result.TrySetResult(records);
    }

    private void Watch(ChannelReader<Slot> queue, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() - (long)((itemTimeout + _grace + _grace).TotalSeconds * Stopwatch.Frequency);
        lock (_workers)
        {
            foreach (var worker in _workers.ToList())
            {
                if (worker.Current is { } slot && slot.Started < deadline && !worker.Retired)
                {
                    slot.TimedOut = true;
                    if (slot.Result.TrySetResult([TimeoutRecord(slot.Item, itemTimeout)]))
                    {
                        worker.Retired = true;
                        _workers.Remove(worker);
                        worker.Exited.TrySetResult();
                        Interlocked.Increment(ref _abandoned);
                        StartWorker(queue, cancellationToken);
                    }
                }
            }
        }
    }

    private static ArticleRecord TimeoutRecord(WorkItem item, TimeSpan limit) =>
        ArticleRecordMapper.Failed(item.Label, $"{item.Label}: gave up after {limit.TotalSeconds:0.#} s (per-document time limit)");

    private sealed class Slot(long index, WorkItem item)
    {
        public long Index { get; } = index;

        public WorkItem Item { get; } = item;

        public TaskCompletionSource<IReadOnlyList<ArticleRecord>?> Result { get; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);

        public long Started { get; set; }

        public bool TimedOut { get; set; }
    }

    private sealed class Worker
    {
        public volatile Slot? Current;
        public volatile bool Retired;

        public TaskCompletionSource Exited { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
