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
    public async Task<MonitoringAggregates> LoadAsync(long organisationId, CancellationToken cancellationToken = default) =>
        (await ReadAsync(organisationId, cancellationToken)).Aggregates;

    /// <summary>The organisation's aggregates, with what <see cref="RefreshAsync"/> needs to bring them up to date later.</summary>
    public async Task<StoredAggregates> ReadAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        // A database from before the aggregates existed (revision 0) gets them built once, here.
        var revision = await RevisionAsync(db, organisationId, cancellationToken);
        if (revision == 0)
        {
            await RebuildAsync(organisationId, cancellationToken);
            revision = await RevisionAsync(db, organisationId, cancellationToken);
        }

        // Without accounts from before there is nothing to mismatch: never null here.
        var reading = (await Reading.StartAsync(db, organisationId, [], [], cancellationToken))!;
        await reading.RowsAsync(this, db, null, cancellationToken);
        return await reading.FinishAsync(this, db, revision, [], [], [], cancellationToken);
    }

    /// <summary>
    /// <paramref name="previous"/> brought up to the organisation's current revision by re-reading only the
    /// days the imports since recounted in place (<see cref="AggregateUpdate"/>): what keeps an open
    /// dashboard's figures fresh after a live message without reading a million rows again. Null when it
    /// cannot be done that way (a revision since was a whole rebuild, an account was removed): read whole.
    /// </summary>
    public async Task<StoredAggregates?> RefreshAsync(long organisationId, StoredAggregates previous, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(previous);
        await using var db = database.CreateContext();
        var revision = await RevisionAsync(db, organisationId, cancellationToken);
        if (revision == previous.Revision) return previous;
        var changes = await db.AggregateChanges.AsNoTracking()
            .Where(c => c.OrganisationId == organisationId && c.Revision > previous.Revision && c.Revision <= revision)
            .Select(c => c.Days).ToListAsync(cancellationToken);
        if (revision < previous.Revision || changes.Count != revision - previous.Revision) return null;
        var days = DayRanges.Union(changes.Select(DayRanges.Parse));

        var reading = await Reading.StartAsync(db, organisationId, previous.AccountIds, previous.Aggregates.Groups, cancellationToken);
        if (reading is null) return null;
        await reading.RowsAsync(this, db, days, cancellationToken);
        var old = previous.Aggregates;
        return await reading.FinishAsync(
            this, db, revision, Keep(old.Activity, days, a => a.Day), Keep(old.Threads, days, t => t.Day), Keep(old.Replies, days, r => r.Day), cancellationToken);
    }

    private static Task<long> RevisionAsync(PulseDbContext db, long organisationId, CancellationToken cancellationToken) =>
        db.Organisations.Where(o => o.Id == organisationId).Select(o => o.AggregatesRevision).SingleAsync(cancellationToken);

    /// <summary>The rows outside the re-read days, in their (day) order.</summary>
    private static List<T> Keep<T>(T[] rows, DayRanges days, Func<T, int> day) => [.. rows.Where(r => !days.Contains(day(r)))];

    /// <summary>Merges two lists each ordered by day into one.</summary>
    private static T[] Merge<T>(List<T> kept, List<T> fresh, Func<T, int> day)
    {
        var merged = new T[kept.Count + fresh.Count];
        int k = 0, f = 0;
        for (var i = 0; i < merged.Length; i++)
        {
            merged[i] = f == fresh.Count || (k < kept.Count && day(kept[k]) <= day(fresh[f])) ? kept[k++] : fresh[f++];
        }

        return merged;
    }

    /// <summary>One read of an organisation's aggregate rows, whole or for some days, against an account and community numbering.</summary>
    private sealed class Reading
    {
        private readonly long organisationId;
        private readonly Dictionary<long, int> accountIndex;
        private readonly Dictionary<string, int> groupIndex = new(StringComparer.Ordinal);

        private Reading(long organisationId, List<Account> accounts, long[] accountIds, IReadOnlyList<string> groups)
        {
            this.organisationId = organisationId;
            Accounts = accounts;
            AccountIds = accountIds;
            accountIndex = new Dictionary<long, int>(accountIds.Length);
            for (var i = 0; i < accountIds.Length; i++) accountIndex.Add(accountIds[i], i);
            Groups = [.. groups];
            for (var i = 0; i < Groups.Count; i++) groupIndex.Add(Groups[i], i);
        }

        public List<Account> Accounts { get; }

        public long[] AccountIds { get; }

        public List<string> Groups { get; }

        public List<ActivityDay> Activity { get; } = [];

        public List<StartedThread> Threads { get; } = [];

        public List<ReplyDay> Replies { get; } = [];

        /// <summary>
        /// Reads the accounts; null when they no longer start with <paramref name="previousIds"/> (rows
        /// kept from before refer to accounts by position, which must not move).
        /// </summary>
        public static async Task<Reading?> StartAsync(PulseDbContext db, long organisationId, long[] previousIds, IReadOnlyList<string> groups, CancellationToken cancellationToken)
        {
            var rows = await db.Accounts.AsNoTracking().Where(a => a.OrganisationId == organisationId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
            if (rows.Count < previousIds.Length) return null;
            for (var i = 0; i < previousIds.Length; i++)
            {
                if (rows[i].Id != previousIds[i]) return null;
            }

            var accounts = new List<Account>(rows.Count);
            foreach (var a in rows)
            {
                accounts.Add(new Account(
                    a.Source + ":" + a.ExternalId, a.Name, a.Email, a.Department, a.JobTitle, a.Location,
                    (AccountState)a.State, a.IsBot, a.JoinedAt is { } joined ? new DateTimeOffset(joined, TimeSpan.Zero) : null));
            }

            return new Reading(organisationId, accounts, [.. rows.Select(a => a.Id)], groups);
        }

        private int AccountOf(long id) => id == 0 ? -1 : accountIndex.TryGetValue(id, out var index) ? index : -1;

        private int GroupOf(string key)
        {
            if (key.Length == 0) return -1;
            if (!groupIndex.TryGetValue(key, out var index))
            {
                index = Groups.Count;
                groupIndex.Add(key, index);
                Groups.Add(key);
            }

            return index;
        }

        /// <summary>Reads the activity, thread and reply rows of the given days (all when null), in day order.</summary>
        public async Task RowsAsync(AggregateStore store, PulseDbContext db, DayRanges? days, CancellationToken cancellationToken)
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(cancellationToken);
            foreach (var (from, to) in days?.Ranges ?? [(int.MinValue, int.MaxValue)])
            {
                var range = days is null ? "" : $" AND day >= {from} AND day < {to}";
                await store.ReadAsync(connection, $"SELECT day, account_id, group_key, is_private, messages, starters FROM activity_days WHERE organisation_id = {{0}}{range} ORDER BY day", organisationId, r =>
                    Activity.Add(new ActivityDay(r.GetInt32(0), AccountOf(r.GetInt64(1)), GroupOf(r.GetString(2)), r.GetBoolean(3), r.GetInt32(4), r.GetInt32(5))), cancellationToken);
                await store.ReadAsync(connection, $"SELECT day, account_id, group_key, is_private, started_at, first_reply_at, first_reply_with_private_at FROM thread_starts WHERE organisation_id = {{0}}{range} ORDER BY day", organisationId, r =>
                    Threads.Add(new StartedThread(
                        r.GetInt32(0), AccountOf(r.GetInt64(1)), GroupOf(r.GetString(2)), r.GetBoolean(3), Ticks(r, 4)!.Value, Ticks(r, 5), Ticks(r, 6))), cancellationToken);
                await store.ReadAsync(connection, $"SELECT day, from_account_id, to_account_id, is_private, replies FROM reply_days WHERE organisation_id = {{0}}{range} ORDER BY day", organisationId, r =>
                    Replies.Add(new ReplyDay(r.GetInt32(0), AccountOf(r.GetInt64(1)), AccountOf(r.GetInt64(2)), r.GetBoolean(3), r.GetInt32(4))), cancellationToken);
            }
        }

        /// <summary>Reads the accounts' first days and puts the rows read together with those kept.</summary>
        public async Task<StoredAggregates> FinishAsync(
            AggregateStore store, PulseDbContext db, long revision, List<ActivityDay> keptActivity, List<StartedThread> keptThreads, List<ReplyDay> keptReplies,
            CancellationToken cancellationToken)
        {
            var firstDay = new int?[Accounts.Count];
            var firstDayWithPrivate = new int?[Accounts.Count];
            await store.ReadAsync(db.Database.GetDbConnection(), "SELECT account_id, first_day, first_day_with_private FROM account_first_days WHERE organisation_id = {0}", organisationId, r =>
            {
                var account = AccountOf(r.GetInt64(0));
                if (account < 0) return;
                firstDay[account] = r.IsDBNull(1) ? null : r.GetInt32(1);
                firstDayWithPrivate[account] = r.GetInt32(2);
            }, cancellationToken);

            var aggregates = new MonitoringAggregates(
                Accounts, Groups,
                Merge(keptActivity, Activity, a => a.Day), Merge(keptThreads, Threads, t => t.Day), Merge(keptReplies, Replies, r => r.Day),
                firstDay, firstDayWithPrivate);
            return new StoredAggregates(aggregates, revision, AccountIds);
        }
    }

    /// <summary>Rebuilds the organisation's aggregates in a transaction of its own (after an erasure, or for a database that predates them).</summary>
    public async Task RebuildAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await OrganisationWriteLock.TakeAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), database.Options.Provider, organisationId, cancellationToken);
        await AggregateRebuild.RunAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), database.Options.Provider, organisationId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task ReadAsync(DbConnection connection, string sql, long organisationId, Action<DbDataReader> row, CancellationToken cancellationToken)
    {
        var statement = string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, database.Options.Provider == DatabaseProvider.Sqlite ? "$o" : "@o");
        await SqlCommands.ReadAsync(connection, null, statement, [("o", organisationId)], row, cancellationToken);
    }

    private static long? Ticks(DbDataReader reader, int column)
    {
        if (reader.IsDBNull(column)) return null;
        // SQLite keeps times as text; reading the fixed layout directly is several times faster than GetDateTime.
        if (reader.GetFieldType(column) == typeof(string) && SqliteTime.TryParseTicks(reader.GetString(column), out var ticks)) return ticks;
        return DateTime.SpecifyKind(reader.GetDateTime(column), DateTimeKind.Utc).Ticks;
    }
}

/// <summary>An organisation's aggregates as read at <paramref name="Revision"/>, with the database ids of its accounts in the order the rows number them.</summary>
public sealed record StoredAggregates(MonitoringAggregates Aggregates, long Revision, long[] AccountIds);
