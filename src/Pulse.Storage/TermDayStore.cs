using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Pulse.Storage;

/// <summary>Reads the per-day term counts (<see cref="TermDays"/>) that trends are ranked from.</summary>
public sealed class TermDayStore(PulseDatabase database)
{
    /// <summary>
    /// Recounts every day of the organisation when its counts were made by another definition of
    /// terms, or never (messages imported before the counts existed); returns the days recounted, 0
    /// when they were current. One transaction: readers see the old counts or the new, never half.
    /// </summary>
    public async Task<int> EnsureCurrentAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var version = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.TermDaysVersion).SingleAsync(cancellationToken);
        if (version == TermDays.Version) return 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var days = await TermDays.RecountAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), organisationId, [], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return days;
    }

    /// <summary>
    /// The terms that occur in at least <paramref name="minimumCurrent"/> countable messages of the
    /// last of <paramref name="windows"/> consecutive windows of <paramref name="windowDays"/> days that
    /// end at <paramref name="end"/> (exclusive), each with its count per window, oldest first.
    /// Private conversations count only when <paramref name="includePrivate"/> (the organisation's opt-in).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, int[]>> WindowCountsAsync(
        long organisationId, DateOnly end, int windowDays, int windows, int minimumCurrent, bool includePrivate, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(windowDays, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(windows, 1);
        var start = end.AddDays(-windowDays * windows);
        var current = end.AddDays(-windowDays);
        await using var db = database.CreateContext();
        var rows = db.TermDays.Where(t => t.OrganisationId == organisationId && t.Day >= start && t.Day < end && (includePrivate || !t.IsPrivate));
        // Only terms frequent enough now can trend: the database picks them before any baseline row is read.
        var candidates = rows.Where(t => t.Day >= current).GroupBy(t => t.Term).Where(g => g.Sum(t => t.Messages) >= minimumCurrent).Select(g => g.Key);
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        await foreach (var row in rows.Where(t => candidates.Contains(t.Term)).Select(t => new { t.Term, t.Day, t.Messages })
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!counts.TryGetValue(row.Term, out var perWindow)) counts.Add(row.Term, perWindow = new int[windows]);
            perWindow[(row.Day.DayNumber - start.DayNumber) / windowDays] += row.Messages;
        }

        return counts;
    }
}
