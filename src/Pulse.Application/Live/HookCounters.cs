using System.Collections.Concurrent;

namespace Pulse.Application.Live;

/// <summary>
/// The live hooks' counters since the process started (what /metrics shows): requests per platform
/// and outcome, and events the worker applied or gave up on. Thread-safe; never reset.
/// </summary>
public sealed class HookCounters
{
    private readonly ConcurrentDictionary<(string Platform, HookOutcome Outcome), Counter> requests = new();
    private readonly ConcurrentDictionary<string, Counter> processed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Counter> failed = new(StringComparer.Ordinal);

    public void Count(string platform, HookOutcome outcome, long by = 1) => requests.GetOrAdd((platform, outcome), _ => new Counter()).Add(by);

    public void Processed(string platform, long applied, long gaveUp)
    {
        processed.GetOrAdd(platform, _ => new Counter()).Add(applied);
        failed.GetOrAdd(platform, _ => new Counter()).Add(gaveUp);
    }

    public long Requests(string platform, HookOutcome outcome) => requests.TryGetValue((platform, outcome), out var c) ? c.Value : 0;

    public long ProcessedCount(string platform) => processed.TryGetValue(platform, out var c) ? c.Value : 0;

    public long FailedCount(string platform) => failed.TryGetValue(platform, out var c) ? c.Value : 0;

    private sealed class Counter
    {
        private long value;

        public long Value => Interlocked.Read(ref value);

        public void Add(long by) => Interlocked.Add(ref value, by);
    }
}
