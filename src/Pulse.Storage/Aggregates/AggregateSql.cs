namespace Pulse.Storage.Aggregates;

/// <summary>
/// The statements that count an organisation's aggregates from its messages and accounts, in one
/// dialect, each with a slot for a further condition: empty for the whole rebuild
/// (<see cref="AggregateRebuild"/>), a range of days or a set of threads for the update in place
/// (<see cref="AggregateUpdate"/>). One text for both, so they cannot count differently.
/// </summary>
/// <remarks>
/// The rules are the ones of <c>Participation</c>: a post, not deleted, not by a bot; the first reply
/// by another person; a reply's parent is its parent or else the thread starter, and must itself count.
/// Parameters: the organisation (<see cref="O"/>), and whatever the conditions name.
/// </remarks>
internal sealed class AggregateSql(DatabaseProvider provider)
{
    private bool Sqlite => provider == DatabaseProvider.Sqlite;

    /// <summary>The organisation's parameter.</summary>
    public string O => Sqlite ? "$o" : "@o";

    /// <summary>A parameter by name in this dialect.</summary>
    public string Parameter(string name) => (Sqlite ? "$" : "@") + name;

    private string No => Sqlite ? "0" : "FALSE";

    /// <summary>The UTC day number of a timestamp column.</summary>
    public string Day(string column) => Sqlite
        ? $"CAST(julianday(substr({column}, 1, 10)) - 2440587.5 AS INTEGER)"
        : $"(({column} AT TIME ZONE 'UTC')::date - DATE '1970-01-01')";

    /// <summary><paramref name="column"/> is one of the texts of the list parameter <paramref name="name"/> (a JSON array in SQLite, an array in PostgreSQL).</summary>
    public string InList(string column, string name) => Sqlite
        ? $"{column} IN (SELECT value FROM json_each(${name}))"
        : $"{column} = ANY(@{name})";

    private string NotBot(string account) => $"COALESCE({account}.is_bot, {No}) = {No}";

    private string Counts(string message, string account) =>
        $"{message}.organisation_id = {O} AND {message}.kind = 0 AND {message}.deleted_at IS NULL AND {NotBot(account)}";

    private static string Author(string message, string account) =>
        $"LEFT JOIN accounts {account} ON {account}.organisation_id = {message}.organisation_id AND {account}.source = {message}.source AND {account}.external_id = {message}.author_external_id";

    private static string GroupKey(string message) =>
        $"CASE WHEN {message}.group_external_id IS NULL THEN '' ELSE {message}.source || ':' || {message}.group_external_id END";

    // A person is the account's (normalised, as stored) e-mail, else the account itself (People.cs).
    private static string Person(string account) => $"COALESCE({account}.email, '#' || CAST({account}.id AS TEXT))";

    private static string SomeoneElse(string replier, string asker) =>
        $"({replier}.id IS NULL OR {asker}.id IS NULL OR {Person(replier)} <> {Person(asker)})";

    private static string And(string condition) => condition.Length == 0 ? "" : " AND " + condition;

    /// <summary>Countable messages per day, account, community and privacy; <paramref name="where"/> may name the message <c>m</c>.</summary>
    public string InsertActivity(string where) => $"""
        INSERT INTO activity_days (organisation_id, day, account_id, group_key, is_private, messages, starters)
        SELECT {O}, {Day("m.created_at")}, COALESCE(a.id, 0), {GroupKey("m")}, m.is_private,
               COUNT(*), SUM(CASE WHEN m.external_id = m.thread_external_id THEN 1 ELSE 0 END)
        FROM messages m {Author("m", "a")}
        WHERE {Counts("m", "a")}{And(where)}
        GROUP BY {Day("m.created_at")}, COALESCE(a.id, 0), {GroupKey("m")}, m.is_private
        """;

    /// <summary>Countable thread starters; <paramref name="where"/> may name the starter <c>s</c>.</summary>
    public string InsertThreadStarts(string where) => $"""
        INSERT INTO thread_starts (organisation_id, message_id, day, account_id, group_key, is_private, started_at)
        SELECT {O}, s.id, {Day("s.created_at")}, COALESCE(a.id, 0), {GroupKey("s")}, s.is_private, s.created_at
        FROM messages s {Author("s", "a")}
        WHERE {Counts("s", "a")} AND s.external_id = s.thread_external_id{And(where)}
        """;

    /// <summary>
    /// The first countable reply by someone else to each starter; <paramref name="where"/> may name the
    /// reply <c>r</c>. Driven from the replies, which find their starter through the unique (organisation, source, id) index.
    /// </summary>
    /// <param name="keepEarlier">
    /// Keep a stored first reply that is earlier than the ones found: when <paramref name="where"/> names only
    /// new replies (<see cref="AggregateUpdate"/>'s additions), not every reply of the thread.
    /// </param>
    public string UpdateFirstReplies(string where, bool keepEarlier = false) => $"""
        UPDATE thread_starts SET first_reply_at = {Earlier("f.public_reply", "first_reply_at", keepEarlier)},
               first_reply_with_private_at = {Earlier("f.any_reply", "first_reply_with_private_at", keepEarlier)}
        FROM (
            SELECT s.id AS starter,
                   MIN(CASE WHEN {(Sqlite ? "r.is_private = 0" : "NOT r.is_private")} THEN r.created_at END) AS public_reply,
                   MIN(r.created_at) AS any_reply
            FROM messages r {Author("r", "ra")}
            JOIN messages s ON s.organisation_id = r.organisation_id AND s.source = r.source AND s.external_id = r.thread_external_id
            {Author("s", "sa")}
            WHERE {Counts("r", "ra")} AND r.external_id <> r.thread_external_id
              AND {Counts("s", "sa")} AND {SomeoneElse("ra", "sa")}{And(where)}
            GROUP BY s.id
        ) AS f
        WHERE thread_starts.organisation_id = {O} AND thread_starts.message_id = f.starter
        """;

    /// <summary>The found time, or with <paramref name="keepEarlier"/> the stored one when it is earlier (or the found one is none).</summary>
    private static string Earlier(string found, string column, bool keepEarlier) => keepEarlier
        ? $"CASE WHEN {found} IS NOT NULL AND (thread_starts.{column} IS NULL OR {found} < thread_starts.{column}) THEN {found} ELSE thread_starts.{column} END"
        : found;

    /// <summary>
    /// <see cref="InsertActivity"/> for new messages only, added to the counts stored: <paramref name="where"/>
    /// must name messages that were not counted before.
    /// </summary>
    public string AddActivity(string where) => InsertActivity(where) + """

        ON CONFLICT (organisation_id, day, account_id, group_key, is_private)
        DO UPDATE SET messages = activity_days.messages + excluded.messages, starters = activity_days.starters + excluded.starters
        """;

    /// <summary><see cref="InsertReplies"/> for new replies only, added to the counts stored.</summary>
    public string AddReplies(string where) => InsertReplies(where) + """

        ON CONFLICT (organisation_id, day, from_account_id, to_account_id, is_private)
        DO UPDATE SET replies = reply_days.replies + excluded.replies
        """;

    /// <summary>Countable replies to countable messages per day and pair of accounts; <paramref name="where"/> may name the reply <c>r</c>.</summary>
    public string InsertReplies(string where) => $"""
        INSERT INTO reply_days (organisation_id, day, from_account_id, to_account_id, is_private, replies)
        SELECT {O}, {Day("r.created_at")}, COALESCE(ra.id, 0), COALESCE(pa.id, 0), {(Sqlite ? "r.is_private = 1 OR p.is_private = 1" : "r.is_private OR p.is_private")}, COUNT(*)
        FROM messages r {Author("r", "ra")}
        JOIN messages p ON p.organisation_id = r.organisation_id AND p.source = r.source
            AND p.external_id = COALESCE(r.parent_external_id, r.thread_external_id)
        {Author("p", "pa")}
        WHERE {Counts("r", "ra")} AND r.external_id <> r.thread_external_id AND {Counts("p", "pa")}{And(where)}
        GROUP BY {Day("r.created_at")}, COALESCE(ra.id, 0), COALESCE(pa.id, 0), {(Sqlite ? "r.is_private = 1 OR p.is_private = 1" : "r.is_private OR p.is_private")}
        """;

    /// <summary>Each account's first day, from the activity rows; <paramref name="where"/> may name <c>account_id</c>.</summary>
    public string InsertFirstDays(string where) => $"""
        INSERT INTO account_first_days (organisation_id, account_id, first_day, first_day_with_private)
        SELECT {O}, account_id, MIN(CASE WHEN is_private = {No} THEN day END), MIN(day)
        FROM activity_days WHERE organisation_id = {O} AND account_id <> 0{And(where)}
        GROUP BY account_id
        """;

    /// <summary>Marks the organisation's aggregates changed, for every process that keeps them in memory.</summary>
    public string RaiseRevision => $"UPDATE organisations SET aggregates_revision = aggregates_revision + 1 WHERE id = {O}";
}
