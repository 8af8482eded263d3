using System.Data.Common;

namespace Pulse.Storage.Aggregates;

/// <summary>
/// Rebuilds an organisation's aggregates (activity_days, thread_starts, reply_days,
/// account_first_days) from its stored messages and accounts, in SQL, inside the caller's
/// transaction, and raises its <c>aggregates_revision</c>.
/// </summary>
/// <remarks>
/// <para>Why a full rebuild per import rather than a patch of the touched days: whether a message
/// counts and whose it is depend on the accounts (bots, e-mail addresses that join accounts into one
/// person), and an import can change those for old messages too. A rebuild in the database costs a few
/// seconds on a million messages (docs/performance.md) and is exact by construction; the rules are the
/// ones of <c>Participation</c> (a post, not deleted, not by a bot; the first reply by another person;
/// a reply's parent is its parent or else the thread starter, and must itself count).</para>
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
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandTimeout = 0;
#pragma warning disable CA2100 // The statements are constants of this class; the organisation is a parameter.
            command.CommandText = sql;
#pragma warning restore CA2100
            var parameter = command.CreateParameter();
            parameter.ParameterName = provider == DatabaseProvider.Sqlite ? "$o" : "o";
            parameter.Value = organisationId;
            command.Parameters.Add(parameter);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    internal static IReadOnlyList<string> Statements(DatabaseProvider provider)
    {
        var sqlite = provider == DatabaseProvider.Sqlite;
        var o = sqlite ? "$o" : "@o";
        string Day(string column) => sqlite
            ? $"CAST(julianday(substr({column}, 1, 10)) - 2440587.5 AS INTEGER)"
            : $"(({column} AT TIME ZONE 'UTC')::date - DATE '1970-01-01')";
        var no = sqlite ? "0" : "FALSE";
        string NotBot(string account) => $"COALESCE({account}.is_bot, {no}) = {no}";
        string Counts(string message, string account) =>
            $"{message}.organisation_id = {o} AND {message}.kind = 0 AND {message}.deleted_at IS NULL AND {NotBot(account)}";
        string Author(string message, string account) =>
            $"LEFT JOIN accounts {account} ON {account}.organisation_id = {message}.organisation_id AND {account}.source = {message}.source AND {account}.external_id = {message}.author_external_id";
        string GroupKey(string message) =>
            $"CASE WHEN {message}.group_external_id IS NULL THEN '' ELSE {message}.source || ':' || {message}.group_external_id END";
        // A person is the account's (normalised, as stored) e-mail, else the account itself (People.cs).
        string Person(string account) => $"COALESCE({account}.email, '#' || CAST({account}.id AS TEXT))";
        string SomeoneElse(string replier, string asker) =>
            $"({replier}.id IS NULL OR {asker}.id IS NULL OR {Person(replier)} <> {Person(asker)})";
        var isPrivate = sqlite ? "r.is_private = 1 OR p.is_private = 1" : "r.is_private OR p.is_private";
        var publicReply = sqlite ? "r.is_private = 0" : "NOT r.is_private";

        return
        [
            $"DELETE FROM activity_days WHERE organisation_id = {o}",
            $"DELETE FROM thread_starts WHERE organisation_id = {o}",
            $"DELETE FROM reply_days WHERE organisation_id = {o}",
            $"DELETE FROM account_first_days WHERE organisation_id = {o}",
            $"""
            INSERT INTO activity_days (organisation_id, day, account_id, group_key, is_private, messages, starters)
            SELECT {o}, {Day("m.created_at")}, COALESCE(a.id, 0), {GroupKey("m")}, m.is_private,
                   COUNT(*), SUM(CASE WHEN m.external_id = m.thread_external_id THEN 1 ELSE 0 END)
            FROM messages m {Author("m", "a")}
            WHERE {Counts("m", "a")}
            GROUP BY {Day("m.created_at")}, COALESCE(a.id, 0), {GroupKey("m")}, m.is_private
            """,
            $"""
            INSERT INTO thread_starts (organisation_id, message_id, day, account_id, group_key, is_private, started_at)
            SELECT {o}, s.id, {Day("s.created_at")}, COALESCE(a.id, 0), {GroupKey("s")}, s.is_private, s.created_at
            FROM messages s {Author("s", "a")}
            WHERE {Counts("s", "a")} AND s.external_id = s.thread_external_id
            """,
            // Driven from the replies, which find their starter through the unique (organisation, source, id) index.
            $"""
            UPDATE thread_starts SET first_reply_at = f.public_reply, first_reply_with_private_at = f.any_reply
            FROM (
                SELECT s.id AS starter,
                       MIN(CASE WHEN {publicReply} THEN r.created_at END) AS public_reply,
                       MIN(r.created_at) AS any_reply
                FROM messages r {Author("r", "ra")}
                JOIN messages s ON s.organisation_id = r.organisation_id AND s.source = r.source AND s.external_id = r.thread_external_id
                {Author("s", "sa")}
                WHERE {Counts("r", "ra")} AND r.external_id <> r.thread_external_id
                  AND {Counts("s", "sa")} AND {SomeoneElse("ra", "sa")}
                GROUP BY s.id
            ) AS f
            WHERE thread_starts.organisation_id = {o} AND thread_starts.message_id = f.starter
            """,
            $"""
            INSERT INTO reply_days (organisation_id, day, from_account_id, to_account_id, is_private, replies)
            SELECT {o}, {Day("r.created_at")}, COALESCE(ra.id, 0), COALESCE(pa.id, 0), {isPrivate}, COUNT(*)
            FROM messages r {Author("r", "ra")}
            JOIN messages p ON p.organisation_id = r.organisation_id AND p.source = r.source
                AND p.external_id = COALESCE(r.parent_external_id, r.thread_external_id)
            {Author("p", "pa")}
            WHERE {Counts("r", "ra")} AND r.external_id <> r.thread_external_id AND {Counts("p", "pa")}
            GROUP BY {Day("r.created_at")}, COALESCE(ra.id, 0), COALESCE(pa.id, 0), {isPrivate}
            """,
            $"""
            INSERT INTO account_first_days (organisation_id, account_id, first_day, first_day_with_private)
            SELECT {o}, account_id, MIN(CASE WHEN is_private = {no} THEN day END), MIN(day)
            FROM activity_days WHERE organisation_id = {o} AND account_id <> 0
            GROUP BY account_id
            """,
            $"UPDATE organisations SET aggregates_revision = aggregates_revision + 1 WHERE id = {o}",
        ];
    }
}
