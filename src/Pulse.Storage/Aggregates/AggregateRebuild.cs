using System.Data.Common;

namespace Pulse.Storage.Aggregates;

/// <summary>
/// Rebuilds an organisation's aggregates (activity_days, thread_starts, reply_days,
/// account_first_days) from its stored messages and accounts, in SQL, inside the caller's
/// transaction, and raises its <c>aggregates_revision</c>.
/// </summary>
/// <remarks>
/// <para>A large import (and an erasure) rebuilds whole: a few seconds on a million messages
/// (docs/performance.md), exact by construction. A small one updates in place the days and threads it
/// touched (<see cref="AggregateUpdate"/>) with the same statements (<see cref="AggregateSql"/>).</para>
/// <para>Private conversations are aggregated with a flag, not left out, so that the organisation's
/// opt-in (which changes without an import) needs no rebuild; nothing of their text is read.</para>
/// </remarks>
public static class AggregateRebuild
{
    public static async Task RunAsync(DbConnection connection, DbTransaction? transaction, DatabaseProvider provider, long organisationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        foreach (var sql in Statements(provider))
        {
            await SqlCommands.ExecuteAsync(connection, transaction, sql, [("o", organisationId)], cancellationToken);
        }
    }

    internal static IReadOnlyList<string> Statements(DatabaseProvider provider)
    {
        var sql = new AggregateSql(provider);
        var o = sql.O;
        return
        [
            $"DELETE FROM activity_days WHERE organisation_id = {o}",
            $"DELETE FROM thread_starts WHERE organisation_id = {o}",
            $"DELETE FROM reply_days WHERE organisation_id = {o}",
            $"DELETE FROM account_first_days WHERE organisation_id = {o}",
            sql.InsertActivity(""),
            sql.InsertThreadStarts(""),
            sql.UpdateFirstReplies(""),
            sql.InsertReplies(""),
            sql.InsertFirstDays(""),
            sql.RaiseRevision,
        ];
    }
}
