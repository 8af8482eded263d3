using System.Threading.Channels;
using Pulse.Storage;

namespace Pulse.Application.Live;

/// <summary>
/// Stores pushed events with group commit: requests that arrive while a commit is on its way wait for
/// the next one, which stores all of them in one transaction. Each request still returns only after
/// its event is committed (persist before acknowledge), but a busy hook pays one disk flush per batch
/// instead of one per event, which is what lets a single SQLite file accept thousands of events a second.
/// </summary>
internal sealed class InboundWriter : IAsyncDisposable
{
    private const int MaxBatch = 512;

    private readonly InboundEventStore store;
    private readonly TimeProvider clock;
    private readonly Channel<Pending> pending = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task loop;

    public InboundWriter(InboundEventStore store, TimeProvider clock)
    {
        (this.store, this.clock) = (store, clock);
        loop = Task.Run(RunAsync);
    }

    /// <summary>Stores the event; true when it is new, false when it was stored before. Returns once it is committed.</summary>
    public async Task<bool> StoreAsync(InboundEvent inbound, CancellationToken cancellationToken)
    {
        var waiting = new Pending(inbound, new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        ObjectDisposedException.ThrowIf(!pending.Writer.TryWrite(waiting), this);
        // The caller may stop waiting (the platform hung up); the event is committed or not regardless.
        return await waiting.Stored.Task.WaitAsync(cancellationToken);
    }

    private async Task RunAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await pending.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && pending.Reader.TryRead(out var next)) batch.Add(next);
            try
            {
                var added = await store.EnqueueAsync([.. batch.Select(p => p.Event)], clock.GetUtcNow().UtcDateTime, CancellationToken.None);
                for (var i = 0; i < batch.Count; i++) batch[i].Stored.TrySetResult(added[i]);
            }
#pragma warning disable CA1031 // Every waiting request gets the failure (a 500: the platform retries later); the loop goes on.
            catch (Exception failure)
#pragma warning restore CA1031
            {
                foreach (var waiting in batch) waiting.Stored.TrySetException(failure);
            }

            batch.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        pending.Writer.TryComplete();
        await loop;
    }

    private sealed record Pending(InboundEvent Event, TaskCompletionSource<bool> Stored);
}
