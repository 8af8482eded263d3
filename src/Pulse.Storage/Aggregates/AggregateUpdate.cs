using System.Data.Common;
using System.Globalization;
using System.Text.Json;

namespace Pulse.Storage.Aggregates;

/// <summary>What an update in place recounts: whole days of every aggregate, and the thread starts of some threads of one source.</summary>
/// <param name="Days">The days whose activity and replies are recounted: every day a touched thread has a message on, and the former days of moved messages.</param>
/// <param name="Threads">The threads (of the import's source) whose starts and first replies are recounted.</param>
/// <param name="Added">
/// When not null, nothing is recounted: these new messages (of the import's source) are added to the
/// aggregates instead, and <paramref name="Days"/> are only the days a cached copy re-reads.
/// </param>
public sealed record AggregateScope(DayRanges Days, IReadOnlyCollection<string> Threads, IReadOnlyCollection<string>? Added = null);

/// <summary>
/// Updates an organisation's aggregates in place after a small import, inside its transaction: the
/// same statements as <see cref="AggregateRebuild"/> (<see cref="AggregateSql"/>), limited to the days
/// and threads the import can have changed, so that one live message costs milliseconds instead of a
/// rebuild of a million messages. A <c>aggregate_changes</c> row records the recounted days, so that a
/// process keeping the aggregates in memory re-reads only those.
/// </summary>
/// <remarks>
/// <para>Why the scope is exact. A day's activity depends on that day's messages and their authors. A
/// day's replies depend on that day's replies, their authors, and their parents and the parents'
/// authors. A thread start depends on its starter, its author, and the thread's replies and their
/// authors. So an import that wrote messages (or moved them, from a day or from a thread) and changed
/// accounts changes nothing outside: the threads of the messages written, before and after, and of
/// every message of a changed account; and every day on which any of those threads has a message,
/// plus the days the moved messages left. This assumes a reply's parent is in its own thread, which
/// every platform we read guarantees (a thread is a starter and the replies to it and to each other).</para>
/// <para>An account's first day is recounted for every account with activity on a recounted day,
/// before or after.</para>
/// <para>Adding instead of recounting. An import that only inserted messages, none of which a stored
/// message was waiting for (as its parent or its thread's starter), and whose changed accounts wrote
/// nothing but those messages, changes the aggregates only by what those messages count: their own
/// activity and replies are added to the stored counts, their thread starts inserted, their replies
/// make a thread's first reply earlier or not, and their authors' first days are recounted. So a live
/// message on a day with 60,000 others costs the same as on a quiet day, rather than a recount of the
/// whole day. The days recorded are the same as a recount's, so a cached copy re-reads the same.</para>
/// </remarks>
public static class AggregateUpdate
{
    /// <summary>
    /// The scope of an import that changed the given days, threads and accounts (all of
    /// <paramref name="source"/>): the threads of the changed accounts' messages are added, then every
    /// day of every thread.
    /// </summary>
    /// <param name="inserted">
    /// When the import only inserted messages (it changed no stored one), their ids. A new message changes
    /// no other day than its own unless a stored reply was waiting for it as its parent (it arrived out of
    /// order); when none was, the threads' other days are left out — a reply to a thread that runs for a
    /// year then recounts one day, not every day of the thread — and only the day of each thread's starter
    /// is added, whose first reply may have changed.
    /// </param>
    public static async Task<AggregateScope> ScopeAsync(
        DbConnection connection, DbTransaction? transaction, DatabaseProvider provider, long organisationId, string source,
        IReadOnlyCollection<DateOnly> days, IReadOnlyCollection<string> threads, IReadOnlyCollection<string> accounts,
        IReadOnlyCollection<string>? inserted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var sql = new AggregateSql(provider);
        var allThreads = new HashSet<string>(threads, StringComparer.Ordinal);
        var accountThreads = new HashSet<string>(StringComparer.Ordinal);
        if (accounts.Count > 0)
        {
            await SqlCommands.ReadAsync(connection, transaction,
                $"SELECT DISTINCT thread_external_id FROM messages WHERE organisation_id = {sql.O} AND source = {sql.Parameter("s")} AND {sql.InList("author_external_id", "a")}",
                [("o", organisationId), ("s", source), List(provider, "a", accounts)], r => accountThreads.Add(r.GetString(0)), cancellationToken);
            allThreads.UnionWith(accountThreads);
        }

        var whole = allThreads;
        IReadOnlyCollection<string>? added = null;
        if (inserted is not null && allThreads.Count > 0)
        {
            // A stored message waited for a new one when the new one is its parent or its thread's starter
            // (a reply's parent is in its own thread, so the threads' index finds them).
            var waited = false;
            await SqlCommands.ReadAsync(connection, transaction,
                $"SELECT 1 FROM messages WHERE organisation_id = {sql.O} AND source = {sql.Parameter("s")} AND {sql.InList("thread_external_id", "t")} " +
                $"AND ({sql.InList("thread_external_id", "n")} OR {sql.InList("COALESCE(parent_external_id, thread_external_id)", "n")}) AND NOT {sql.InList("external_id", "n")} LIMIT 1",
                [("o", organisationId), ("s", source), List(provider, "t", threads), List(provider, "n", inserted)], _ => waited = true, cancellationToken);
            if (!waited)
            {
                whole = accountThreads;
                var accountsWroteElse = false;
                if (accounts.Count > 0)
                {
                    await SqlCommands.ReadAsync(connection, transaction,
                        $"SELECT 1 FROM messages WHERE organisation_id = {sql.O} AND source = {sql.Parameter("s")} AND {sql.InList("author_external_id", "a")} AND NOT {sql.InList("external_id", "n")} LIMIT 1",
                        [("o", organisationId), ("s", source), List(provider, "a", accounts), List(provider, "n", inserted)], _ => accountsWroteElse = true, cancellationToken);
                }

                if (!accountsWroteElse) added = inserted;
            }
        }

        var allDays = new HashSet<int>(DayRanges.Of(days).Ranges.SelectMany(r => Enumerable.Range(r.From, r.To - r.From)));
        if (whole.Count > 0)
        {
            await SqlCommands.ReadAsync(connection, transaction,
                $"SELECT DISTINCT {sql.Day("created_at")} FROM messages WHERE organisation_id = {sql.O} AND source = {sql.Parameter("s")} AND {sql.InList("thread_external_id", "t")}",
                [("o", organisationId), ("s", source), List(provider, "t", whole)], r => allDays.Add(r.GetInt32(0)), cancellationToken);
        }

        if (!ReferenceEquals(whole, allThreads))
        {
            // The starters' days: their rows (and first replies) are recounted by thread, and a process keeping the
            // aggregates re-reads thread starts by day.
            await SqlCommands.ReadAsync(connection, transaction,
                $"SELECT DISTINCT {sql.Day("created_at")} FROM messages WHERE organisation_id = {sql.O} AND source = {sql.Parameter("s")} AND {sql.InList("external_id", "t")}",
                [("o", organisationId), ("s", source), List(provider, "t", allThreads)], r => allDays.Add(r.GetInt32(0)), cancellationToken);
        }

        return new AggregateScope(DayRanges.Of(allDays), allThreads, added);
    }

    /// <summary>Recounts the scope's aggregates (or adds its new messages), raises the revision and records the days.</summary>
    public static async Task RunAsync(
        DbConnection connection, DbTransaction? transaction, DatabaseProvider provider, long organisationId, string source, AggregateScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(scope);
        var sql = new AggregateSql(provider);
        var o = sql.O;
        (string, object) Org() => ("o", organisationId);

        if (scope.Added is { } added)
        {
            await AddAsync(connection, transaction, provider, organisationId, source, added, cancellationToken);
        }
        else
        {
            await RecountAsync(connection, transaction, provider, organisationId, source, scope, cancellationToken);
        }

        await SqlCommands.ExecuteAsync(connection, transaction, sql.RaiseRevision, [Org()], cancellationToken);
        await SqlCommands.ExecuteAsync(connection, transaction,
            $"INSERT INTO aggregate_changes (organisation_id, revision, days) SELECT id, aggregates_revision, {sql.Parameter("d")} FROM organisations WHERE id = {o}",
            [Org(), ("d", scope.Days.ToString())], cancellationToken);
        // Only the recent changes are of use (to a process whose copy is a few revisions old); older ones go.
        await SqlCommands.ExecuteAsync(connection, transaction,
            $"DELETE FROM aggregate_changes WHERE organisation_id = {o} AND revision < (SELECT aggregates_revision FROM organisations WHERE id = {o}) - {KeptChanges}",
            [Org()], cancellationToken);
    }

    /// <summary>Adds new messages to the aggregates (see the remarks: when that is exact).</summary>
    private static async Task AddAsync(
        DbConnection connection, DbTransaction? transaction, DatabaseProvider provider, long organisationId, string source, IReadOnlyCollection<string> added, CancellationToken cancellationToken)
    {
        var sql = new AggregateSql(provider);
        (string, object)[] parameters = [("o", organisationId), ("s", source), List(provider, "n", added)];
        string New(string alias) => $"{alias}.source = {sql.Parameter("s")} AND {sql.InList(alias + ".external_id", "n")}";
        await SqlCommands.ExecuteAsync(connection, transaction, sql.AddActivity(New("m")), parameters, cancellationToken);
        await SqlCommands.ExecuteAsync(connection, transaction, sql.AddReplies(New("r")), parameters, cancellationToken);
        await SqlCommands.ExecuteAsync(connection, transaction, sql.InsertThreadStarts(New("s")), parameters, cancellationToken);
        await SqlCommands.ExecuteAsync(connection, transaction, sql.UpdateFirstReplies(New("r"), keepEarlier: true), parameters, cancellationToken);
        var accounts = new HashSet<long>();
        await SqlCommands.ReadAsync(connection, transaction,
            $"SELECT DISTINCT a.id FROM messages m JOIN accounts a ON a.organisation_id = m.organisation_id AND a.source = m.source AND a.external_id = m.author_external_id " +
            $"WHERE m.organisation_id = {sql.O} AND {New("m")}",
            parameters, r => accounts.Add(r.GetInt64(0)), cancellationToken);
        await RecountFirstDaysAsync(connection, transaction, provider, organisationId, accounts, cancellationToken);
    }

    /// <summary>Recounts the scope's days and threads.</summary>
    private static async Task RecountAsync(
        DbConnection connection, DbTransaction? transaction, DatabaseProvider provider, long organisationId, string source, AggregateScope scope, CancellationToken cancellationToken)
    {
        var sql = new AggregateSql(provider);
        var o = sql.O;
        (string, object) Org() => ("o", organisationId);
        if (scope.Threads.Count > 0)
        {
            var threads = List(provider, "t", scope.Threads);
            var inScope = $"source = {sql.Parameter("s")} AND {sql.InList("external_id", "t")}";
            await SqlCommands.ExecuteAsync(connection, transaction,
                $"DELETE FROM thread_starts WHERE organisation_id = {o} AND message_id IN (SELECT id FROM messages WHERE organisation_id = {o} AND {inScope})",
                [Org(), ("s", source), threads], cancellationToken);
            await SqlCommands.ExecuteAsync(connection, transaction,
                sql.InsertThreadStarts($"s.source = {sql.Parameter("s")} AND {sql.InList("s.external_id", "t")}"), [Org(), ("s", source), threads], cancellationToken);
            await SqlCommands.ExecuteAsync(connection, transaction,
                sql.UpdateFirstReplies($"r.source = {sql.Parameter("s")} AND {sql.InList("r.thread_external_id", "t")}"), [Org(), ("s", source), threads], cancellationToken);
        }

        var accounts = new HashSet<long>();
        foreach (var (from, to) in scope.Days.Ranges)
        {
            (string, object)[] days = [Org(), ("dlo", from), ("dhi", to)];
            (string, object)[] times = [Org(), Time(provider, "lo", from), Time(provider, "hi", to)];
            var dayRange = $"day >= {sql.Parameter("dlo")} AND day < {sql.Parameter("dhi")}";
            await SqlCommands.ReadAsync(connection, transaction,
                $"SELECT DISTINCT account_id FROM activity_days WHERE organisation_id = {o} AND {dayRange}", days, r => accounts.Add(r.GetInt64(0)), cancellationToken);
            await SqlCommands.ExecuteAsync(connection, transaction, $"DELETE FROM activity_days WHERE organisation_id = {o} AND {dayRange}", days, cancellationToken);
            await SqlCommands.ExecuteAsync(connection, transaction, $"DELETE FROM reply_days WHERE organisation_id = {o} AND {dayRange}", days, cancellationToken);
            await SqlCommands.ExecuteAsync(connection, transaction,
                sql.InsertActivity($"m.created_at >= {sql.Parameter("lo")} AND m.created_at < {sql.Parameter("hi")}"), times, cancellationToken);
            await SqlCommands.ExecuteAsync(connection, transaction,
                sql.InsertReplies($"r.created_at >= {sql.Parameter("lo")} AND r.created_at < {sql.Parameter("hi")}"), times, cancellationToken);
            await SqlCommands.ReadAsync(connection, transaction,
                $"SELECT DISTINCT account_id FROM activity_days WHERE organisation_id = {o} AND {dayRange}", days, r => accounts.Add(r.GetInt64(0)), cancellationToken);
        }

        await RecountFirstDaysAsync(connection, transaction, provider, organisationId, accounts, cancellationToken);
    }

    /// <summary>Recounts the first days of <paramref name="accounts"/> from their activity rows.</summary>
    private static async Task RecountFirstDaysAsync(
        DbConnection connection, DbTransaction? transaction, DatabaseProvider provider, long organisationId, HashSet<long> accounts, CancellationToken cancellationToken)
    {
        var sql = new AggregateSql(provider);
        accounts.Remove(0);
        if (accounts.Count == 0) return;
        (string, object)[] parameters = [("o", organisationId), List(provider, "a", accounts)];
        await SqlCommands.ExecuteAsync(connection, transaction,
            $"DELETE FROM account_first_days WHERE organisation_id = {sql.O} AND {sql.InList("account_id", "a")}", parameters, cancellationToken);
        await SqlCommands.ExecuteAsync(connection, transaction, sql.InsertFirstDays(sql.InList("account_id", "a")), parameters, cancellationToken);
    }

    /// <summary>How many revisions of changes are kept.</summary>
    internal const int KeptChanges = 100;

    /// <summary>A list parameter: a JSON array of texts or numbers for SQLite's <c>json_each</c>, an array for PostgreSQL.</summary>
    private static (string, object) List<T>(DatabaseProvider provider, string name, IReadOnlyCollection<T> values) =>
        provider == DatabaseProvider.Sqlite ? (name, JsonSerializer.Serialize(values)) : (name, values.ToArray());

    /// <summary>The start of a day, as each database compares it with <c>created_at</c>: text in SQLite, a UTC timestamp in PostgreSQL.</summary>
    private static (string, object) Time(DatabaseProvider provider, string name, int day)
    {
        var date = DayRanges.Date(day);
        return provider == DatabaseProvider.Sqlite
            ? (name, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            : (name, date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
    }
}
