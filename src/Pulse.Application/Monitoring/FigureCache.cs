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

    /// <summary>The cached figures for the key, or computes and keeps them (never for revision 0: aggregates not built yet).</summary>
    public async Task<T> GetOrComputeAsync<T>(string key, OrganisationRow organisation, Func<Task<T>> compute)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(compute);
        if (entries.TryGetValue(key, out var cached) && cached is T hit) return hit;
        var value = await compute();
        if (organisation.AggregatesRevision == 0) return value;
        if (entries.Count >= Capacity) entries.Clear();
        entries[key] = value;
        return value;
    }
}
