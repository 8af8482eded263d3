using System.Collections.Concurrent;

namespace Pulse.Search.Indexing;

/// <summary>
/// Feeds a stream of items from one producer (an import reading an export) into a
/// <see cref="MessageIndex"/> on worker threads, through bounded queues: the producer never waits for
/// indexing unless the queues are full, and memory stays bounded whatever the size of the stream (at
/// most <c>workers × (queued + 1) × batch</c> items in flight).
/// </summary>
/// <remarks>
/// <para>Items are routed to a worker by their key, so two versions of one message (an export that
/// repeats an edited message) are indexed in the order they came: the last one wins, as in the database.</para>
/// <para>Preparing an item (<c>prepare</c>: language, sentiment, qualified ids) runs on the workers, not
/// on the producer.</para>
/// <para>A failure stops indexing but never the producer: later items are dropped, and
/// <see cref="Complete"/> reports the failure, so that the caller leaves the index uncommitted (behind,
/// rebuilt on its next use) while the import itself succeeds.</para>
/// </remarks>
public sealed class IndexFeed<T> : IDisposable
{
    private readonly MessageIndex _index;
    private readonly Func<T, IndexedMessage> _prepare;
    private readonly Func<T, string> _key;
    private readonly int _batchSize;
    private readonly bool _replace;
    private readonly BlockingCollection<List<T>>[] _queues;
    private readonly List<T>[] _pending;
    private readonly Task[] _workers;
    private readonly CancellationTokenSource _stop = new();
    private Exception? _failure;
    private bool _completed;

    /// <param name="workers">Indexing threads; Lucene indexes from several threads at once (one segment each).</param>
    /// <param name="batchSize">Items handed over at a time (fewer hand-overs between threads).</param>
    /// <param name="queuedBatches">Full batches that may wait per worker before the producer waits.</param>
    /// <param name="replace">Replace an older version of each message (<see cref="MessageIndex.AddOrUpdate(IndexedMessage)"/>);
    /// false only when every key comes once and is not in the index yet (<see cref="MessageIndex.Add"/>: a rebuild).</param>
    public IndexFeed(MessageIndex index, Func<T, string> key, Func<T, IndexedMessage> prepare, int workers, int batchSize = 256, int queuedBatches = 8, bool replace = true)
    {
        _replace = replace;
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(prepare);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workers);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(queuedBatches);
        (_index, _key, _prepare, _batchSize) = (index, key, prepare, batchSize);
        _queues = [.. Enumerable.Range(0, workers).Select(_ => new BlockingCollection<List<T>>(queuedBatches))];
        _pending = [.. Enumerable.Range(0, workers).Select(_ => new List<T>(batchSize))];
        _workers = [.. _queues.Select(queue => Task.Factory.StartNew(() => Work(queue), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))];
    }

    /// <summary>Items handed to the workers so far.</summary>
    public long Added { get; private set; }

    /// <summary>Hands <paramref name="item"/> to its worker; waits only while that worker's queue is full.
    /// From one thread at a time.</summary>
    public void Add(T item)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        if (Volatile.Read(ref _failure) is not null)
            return;
        var worker = (StringComparer.Ordinal.GetHashCode(_key(item)) & int.MaxValue) % _queues.Length;
        var batch = _pending[worker];
        batch.Add(item);
        Added++;
        if (batch.Count >= _batchSize)
        {
            _pending[worker] = new List<T>(_batchSize);
            Hand(worker, batch);
        }
    }

    /// <summary>Hands over what is left and waits until every item is indexed (not committed: that is
    /// the caller's, after its own commit).</summary>
    /// <exception cref="IndexFeedException">Indexing failed; the index holds part of the items, uncommitted.</exception>
    public void Complete()
    {
        if (!_completed)
        {
            for (var worker = 0; worker < _queues.Length; worker++)
            {
                if (_pending[worker].Count > 0)
                    Hand(worker, _pending[worker]);
                _queues[worker].CompleteAdding();
            }

            _completed = true;
        }

        Task.WaitAll(_workers);
        if (_failure is { } failure)
            throw new IndexFeedException("Indexing failed: " + failure.Message, failure);
    }

    /// <summary>Stops the workers (an import that failed); what they indexed stays uncommitted.</summary>
    public void Dispose()
    {
        if (!_completed)
        {
            Volatile.Write(ref _failure, _failure ?? new OperationCanceledException("The feed was closed before it was complete."));
            _stop.Cancel();
            foreach (var queue in _queues)
                queue.CompleteAdding();
            _completed = true;
        }

        try
        {
            Task.WaitAll(_workers);
        }
        catch (AggregateException)
        {
            // A worker never throws (it records its failure); nothing to add here.
        }

        foreach (var queue in _queues)
            queue.Dispose();
        _stop.Dispose();
    }

    private void Hand(int worker, List<T> batch)
    {
        try
        {
            _queues[worker].Add(batch, _stop.Token);
        }
        catch (OperationCanceledException)
        {
            // A worker failed: the rest is dropped, the failure is reported by Complete.
        }
    }

    private void Work(BlockingCollection<List<T>> queue)
    {
        foreach (var batch in queue.GetConsumingEnumerable())
        {
            if (Volatile.Read(ref _failure) is not null)
                continue;
            try
            {
                foreach (var item in batch)
                {
                    if (_replace)
                        _index.AddOrUpdate(_prepare(item));
                    else
                        _index.Add(_prepare(item));
                }
            }
#pragma warning disable CA1031 // Any failure of indexing must leave the index behind, not break the import that feeds it.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                Interlocked.CompareExchange(ref _failure, exception, null);
                _stop.Cancel();
            }
        }
    }
}

/// <summary>Indexing through an <see cref="IndexFeed{T}"/> failed; the index was left uncommitted.</summary>
public sealed class IndexFeedException(string message, Exception inner) : Exception(message, inner);
