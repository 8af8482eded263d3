using System.Collections.Concurrent;
using System.Globalization;
using Pulse.Storage.Rows;

namespace Pulse.Application.Monitoring;

/// <summary>
/// Figures already computed, kept while the data behind them is unchanged: each key holds the
/// organisation's <see cref="OrganisationRow.AggregatesRevision"/> (raised by every import and
/// erasure), its <see cref="OrganisationRow.DirectoryRevision"/> and its opt-in, so an import makes
/// every older entry unreachable. The dashboard asks the same figures of the same period again and
/// again; the command line, one process per command, never hits it.
/// </summary>
public sealed class FigureCache
{
    /// <summary>Beyond this many entries the cache starts over: bounded memory, no bookkeeping.</summary>
    private const int Capacity = 256;

    private readonly ConcurrentDictionary<string, object> entries = new(StringComparer.Ordinal);

    /// <summary>The key of figures of one organisation's data as it is now, plus what was asked.</summary>
    public static string Key(string what, OrganisationRow organisation, params object?[] parameters)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return string.Join(
            '|',
            [what, organisation.Id.ToString(CultureInfo.InvariantCulture), organisation.AggregatesRevision.ToString(CultureInfo.InvariantCulture),
                organisation.DirectoryRevision.ToString(CultureInfo.InvariantCulture), organisation.IncludePrivate ? "private" : "public",
                .. parameters.Select(p => p switch
                {
                    null => "-",
                    DateTimeOffset moment => moment.UtcTicks.ToString(CultureInfo.InvariantCulture),
                    IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                    _ => p.ToString() ?? "-",
                })]);
    }

    /// <summary>
    /// The cached figures for the key, or computes and keeps them (never for revision 0: aggregates not
    /// built yet). One computation per key at a time: a request that asks while the warm-up (or another
    /// request) is computing the same figures waits for that result instead of computing them again
    /// beside it — right after a live message both ask at once.
    /// </summary>
    public async Task<T> GetOrComputeAsync<T>(string key, OrganisationRow organisation, Func<Task<T>> compute)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(compute);
        if (organisation.AggregatesRevision == 0) return await compute();
        while (true)
        {
            if (entries.TryGetValue(key, out var existing) && existing is Task<T> shared)
            {
                try
                {
                    return await shared;
                }
                catch (OperationCanceledException) when (shared.IsCanceled)
                {
                    // Whoever computed it gave up (a closed page): compute it here instead.
                    entries.TryRemove(KeyValuePair.Create(key, existing));
                    continue;
                }
            }

            var mine = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            if (entries.Count >= Capacity) entries.Clear();
            if (!entries.TryAdd(key, mine.Task)) continue;
            try
            {
                var value = await compute();
                mine.SetResult(value);
                return value;
            }
            catch (OperationCanceledException)
            {
                entries.TryRemove(KeyValuePair.Create(key, (object)mine.Task));
                mine.SetCanceled(CancellationToken.None);
                throw;
            }
            catch (Exception exception)
            {
                // Not kept: the next request tries again. Those waiting get the same failure.
                entries.TryRemove(KeyValuePair.Create(key, (object)mine.Task));
                mine.SetException(exception);
                _ = mine.Task.Exception;
                throw;
            }
        }
    }
}
