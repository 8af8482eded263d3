using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Pulse.Monitoring.Metrics;
using Pulse.Monitoring.Model;

namespace Pulse.Storage.Aggregates;

/// <summary>
/// Reads an organisation's aggregates (kept by the import, <see cref="AggregateRebuild"/>) as the
/// domain's <see cref="MonitoringAggregates"/>. Plain data readers rather than EF materialisation:
/// a million-message organisation has about as many aggregate rows, and this is the hot path of
/// every participation page.
/// </summary>
public sealed class AggregateStore(PulseDatabase database)
{
    public async Task<MonitoringAggregates> LoadAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        // A database from before the aggregates existed (revision 0) gets them built once, here.
        var revision = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.AggregatesRevision).SingleAsync(cancellationToken);
        if (revision == 0) await RebuildAsync(organisationId, cancellationToken);

        var rows = await db.Accounts.AsNoTracking().Where(a => a.OrganisationId == organisationId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var accountIndex = new Dictionary<long, int>(rows.Count);
        var accounts = new List<Account>(rows.Count);
        foreach (var a in rows)
        {
            accountIndex.Add(a.Id, accounts.Count);
            accounts.Add(new Account(
                a.Source + ":" + a.ExternalId, a.Name, a.Email, a.Department, a.JobTitle, a.Location,
                (AccountState)a.State, a.IsBot, a.JoinedAt is { } joined ? new DateTimeOffset(joined, TimeSpan.Zero) : null));
        }

        int AccountOf(long id) => id == 0 ? -1 : accountIndex.TryGetValue(id, out var index) ? index : -1;
        var groups = new List<string>();
        var groupIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        int GroupOf(string key)
        {
            if (key.Length == 0) return -1;
            if (!groupIndex.TryGetValue(key, out var index))
            {
                index = groups.Count;
                groupIndex.Add(key, index);
                groups.Add(key);
            }

            return index;
        }

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var o = organisationId;

        var activity = new List<ActivityDay>();
        await ReadAsync(connection, "SELECT day, account_id, group_key, is_private, messages, starters FROM activity_days WHERE organisation_id = {0} ORDER BY day", o, r =>
            activity.Add(new ActivityDay(r.GetInt32(0), AccountOf(r.GetInt64(1)), GroupOf(r.GetString(2)), r.GetBoolean(3), r.GetInt32(4), r.GetInt32(5))), cancellationToken);

        var threads = new List<StartedThread>();
        await ReadAsync(connection, "SELECT day, account_id, group_key, is_private, started_at, first_reply_at, first_reply_with_private_at FROM thread_starts WHERE organisation_id = {0} ORDER BY day", o, r =>
            threads.Add(new StartedThread(
                r.GetInt32(0), AccountOf(r.GetInt64(1)), GroupOf(r.GetString(2)), r.GetBoolean(3), Ticks(r, 4)!.Value, Ticks(r, 5), Ticks(r, 6))), cancellationToken);

        var replies = new List<ReplyDay>();
        await ReadAsync(connection, "SELECT day, from_account_id, to_account_id, is_private, replies FROM reply_days WHERE organisation_id = {0} ORDER BY day", o, r =>
            replies.Add(new ReplyDay(r.GetInt32(0), AccountOf(r.GetInt64(1)), AccountOf(r.GetInt64(2)), r.GetBoolean(3), r.GetInt32(4))), cancellationToken);

        var firstDay = new int?[accounts.Count];
        var firstDayWithPrivate = new int?[accounts.Count];
        await ReadAsync(connection, "SELECT account_id, first_day, first_day_with_private FROM account_first_days WHERE organisation_id = {0}", o, r =>
        {
            var account = AccountOf(r.GetInt64(0));
            if (account < 0) return;
            firstDay[account] = r.IsDBNull(1) ? null : r.GetInt32(1);
            firstDayWithPrivate[account] = r.GetInt32(2);
        }, cancellationToken);

        return new MonitoringAggregates(accounts, groups, [.. activity], [.. threads], [.. replies], firstDay, firstDayWithPrivate);
    }

    /// <summary>Rebuilds the organisation's aggregates in a transaction of its own (after an erasure, or for a database that predates them).</summary>
    public async Task RebuildAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await AggregateRebuild.RunAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), database.Options.Provider, organisationId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task ReadAsync(DbConnection connection, string sql, long organisationId, Action<DbDataReader> row, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        var parameter = command.CreateParameter();
        parameter.ParameterName = database.Options.Provider == DatabaseProvider.Sqlite ? "$o" : "o";
        parameter.Value = organisationId;
        command.Parameters.Add(parameter);
#pragma warning disable CA2100 // Constant statements of this class; the organisation is a parameter.
        command.CommandText = string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, database.Options.Provider == DatabaseProvider.Sqlite ? "$o" : "@o");
#pragma warning restore CA2100
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) row(reader);
    }

    private static long? Ticks(DbDataReader reader, int column)
    {
        if (reader.IsDBNull(column)) return null;
        // SQLite keeps times as text; reading the fixed layout directly is several times faster than GetDateTime.
        if (reader.GetFieldType(column) == typeof(string) && SqliteTime.TryParseTicks(reader.GetString(column), out var ticks)) return ticks;
        return DateTime.SpecifyKind(reader.GetDateTime(column), DateTimeKind.Utc).Ticks;
    }
}
