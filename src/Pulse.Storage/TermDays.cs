using System.Data.Common;
using System.Threading.Channels;
using Npgsql;
using Pulse.Monitoring.Model;
using Pulse.Monitoring.Trends;
using Pulse.Search.Analysis;

namespace Pulse.Storage;

/// <summary>
/// Keeps the <c>term_days</c> table (<see cref="Rows.TermDayRow"/>): recounts whole UTC days from the
/// stored messages, inside the caller's transaction, so the counts are exactly those of the messages
/// the transaction commits. The same SQL runs on SQLite and PostgreSQL (both take <c>@name</c>
/// parameters); only writing the rows differs (prepared inserts, binary <c>COPY</c>).
/// </summary>
public static class TermDays
{
    /// <summary>
    /// The definition of terms the stored counts follow. Raise it when <see cref="TermTally"/> or the
    /// stop words change: every organisation's days are then recounted by its next import or trends query.
    /// </summary>
    public const int Version = 1;

    /// <summary>What the counts leave out: the stop words of search. Names of people are left out when reading.</summary>
    public static TermVocabulary Vocabulary { get; } = new(StopWords.DutchAndEnglish);

    /// <summary>
    /// Recounts <paramref name="days"/> of the organisation — or every day, when its counts follow
    /// another <see cref="Version"/> — and returns how many days it recounted. Locks the organisation's
    /// row first on PostgreSQL, so two transactions never recount one organisation at once.
    /// </summary>
    internal static async Task<int> RecountAsync(
        DbConnection connection, DbTransaction transaction, long organisationId, IEnumerable<DateOnly> days, CancellationToken cancellationToken)
    {
        var postgres = connection is NpgsqlConnection;
        var version = await ScalarAsync(connection, transaction,
            "SELECT term_days_version FROM organisations WHERE id = @o" + (postgres ? " FOR UPDATE" : string.Empty), organisationId, cancellationToken);
        var recount = new SortedSet<DateOnly>(days);
        if (Convert.ToInt32(version, System.Globalization.CultureInfo.InvariantCulture) != Version)
        {
            await ExecuteAsync(connection, transaction, "DELETE FROM term_days WHERE organisation_id = @o", organisationId, cancellationToken);
            recount = new SortedSet<DateOnly>(await AllDaysAsync(connection, transaction, organisationId, cancellationToken));
            await ExecuteAsync(connection, transaction, $"UPDATE organisations SET term_days_version = {Version} WHERE id = @o", organisationId, cancellationToken);
        }
        else
        {
            foreach (var (from, to) in Ranges(recount))
            {
                await ExecuteAsync(connection, transaction, "DELETE FROM term_days WHERE organisation_id = @o AND day >= @from AND day <= @to",
                    organisationId, cancellationToken, ("from", from), ("to", to));
            }
        }

        if (recount.Count == 0) return 0;
        var bots = await BotsAsync(connection, transaction, organisationId, cancellationToken);
        await using var writer = postgres
            ? (IRowWriter)new CopyRowWriter((NpgsqlConnection)connection, organisationId)
            : new InsertRowWriter(connection, transaction, organisationId);
        // The connection is used by this thread only (reading the messages, writing the counts); the
        // tallying, about half the work, runs beside it on another core.
        var work = Channel.CreateBounded<Chunk>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
        var done = Channel.CreateUnbounded<DayTally>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var tallier = Task.Run(() => TallyAsync(work, done.Writer, cancellationToken), cancellationToken);
        try
        {
            foreach (var day in recount)
            {
                await ReadDayAsync(connection, transaction, organisationId, day, bots, work.Writer, cancellationToken);
                while (done.Reader.TryRead(out var finished)) await writer.WriteAsync(finished, cancellationToken);
            }
        }
        finally
        {
            work.Writer.TryComplete();
        }

        await tallier;
        await foreach (var finished in done.Reader.ReadAllAsync(cancellationToken)) await writer.WriteAsync(finished, cancellationToken);
        return recount.Count;
    }

    /// <summary>
    /// Adds the terms of newly inserted messages to their days' counts, instead of recounting those days:
    /// what keeps a live message from re-reading every message of its day. Only for an import that
    /// inserted rows and changed none (a change or a deletion must take the old text out, which a recount
    /// does) and changed no bot account; the caller checks that. Falls back to a recount when the
    /// organisation's counts follow another <see cref="Version"/>.
    /// </summary>
    /// <param name="inserted">The inserted messages' platform ids, all of <paramref name="source"/>.</param>
    internal static async Task AddAsync(
        DbConnection connection, DbTransaction transaction, long organisationId, string source, IReadOnlyCollection<string> inserted, IEnumerable<DateOnly> days,
        CancellationToken cancellationToken)
    {
        var version = await ScalarAsync(connection, transaction, "SELECT term_days_version FROM organisations WHERE id = @o", organisationId, cancellationToken);
        if (Convert.ToInt32(version, System.Globalization.CultureInfo.InvariantCulture) != Version)
        {
            await RecountAsync(connection, transaction, organisationId, days, cancellationToken);
            return;
        }

        if (inserted.Count == 0) return;
        var postgres = connection is NpgsqlConnection;
        var bots = await BotsAsync(connection, transaction, organisationId, cancellationToken);
        var tallies = new SortedDictionary<(DateOnly Day, bool IsPrivate), TermTally>();
        // The same rule as ReadDayAsync: a post, not deleted, not by a bot account.
        await using (var command = Command(connection, transaction,
            "SELECT m.created_at, m.is_private, m.body, m.topics, m.author_external_id FROM messages m " +
            "WHERE m.organisation_id = @o AND m.source = @s AND " + (postgres ? "m.external_id = ANY(@ids)" : "m.external_id IN (SELECT value FROM json_each(@ids))") +
            " AND m.deleted_at IS NULL AND m.kind = @post",
            organisationId,
            ("s", source),
            ("ids", postgres ? inserted.ToArray() : System.Text.Json.JsonSerializer.Serialize(inserted)),
            ("post", (int)MessageKind.Post)))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (!reader.IsDBNull(4) && bots.Contains((source, reader.GetString(4)))) continue;
                var key = (DateOnly.FromDateTime(reader.GetDateTime(0)), reader.GetBoolean(1));
                if (!tallies.TryGetValue(key, out var tally)) tallies[key] = tally = new TermTally(Vocabulary);
                tally.Add(reader.GetString(2), reader.IsDBNull(3) ? [] : reader.GetString(3).Split('\n', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        // Added to what the day already counts (a row per term and privacy, on both databases).
        await using var add = new InsertRowWriter(connection, transaction, organisationId, adding: true);
        foreach (var ((day, isPrivate), tally) in tallies) await add.WriteAsync(day, isPrivate, tally, cancellationToken);
    }

    /// <summary>Tallies the chunks in order, one day at a time, and hands each finished day back.</summary>
    private static async Task TallyAsync(Channel<Chunk> work, ChannelWriter<DayTally> done, CancellationToken cancellationToken)
    {
        try
        {
            DayTally? current = null;
            await foreach (var chunk in work.Reader.ReadAllAsync(cancellationToken))
            {
                if (current is null || current.Day != chunk.Day)
                {
                    if (current is not null) done.TryWrite(current);
                    current = new DayTally(chunk.Day, new TermTally(Vocabulary), new TermTally(Vocabulary));
                }

                foreach (var (isPrivate, body, topics) in chunk.Rows) (isPrivate ? current.Closed : current.Open).Add(body, topics);
            }

            if (current is not null) done.TryWrite(current);
            done.TryComplete();
        }
        catch (Exception exception)
        {
            // Unblocks the reading thread, which would otherwise wait for room in a channel nobody empties.
            work.Writer.TryComplete(exception);
            done.TryComplete(exception);
            throw;
        }
    }

    private sealed record Chunk(DateOnly Day, List<(bool IsPrivate, string Body, string[] Topics)> Rows);

    private sealed record DayTally(DateOnly Day, TermTally Open, TermTally Closed);

    /// <summary>The organisation's bot accounts (source, platform id): a change among them changes which messages count.</summary>
    internal static async Task<HashSet<(string Source, string ExternalId)>> BotsAsync(
        DbConnection connection, DbTransaction transaction, long organisationId, CancellationToken cancellationToken)
    {
        var bots = new HashSet<(string, string)>();
        await using var command = Command(connection, transaction, "SELECT source, external_id FROM accounts WHERE organisation_id = @o AND is_bot", organisationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) bots.Add((reader.GetString(0), reader.GetString(1)));
        return bots;
    }

    /// <summary>The days on which these accounts wrote a message (countable or not).</summary>
    internal static async Task<HashSet<DateOnly>> DaysOfAuthorsAsync(
        DbConnection connection, DbTransaction transaction, long organisationId, IEnumerable<(string Source, string ExternalId)> authors, CancellationToken cancellationToken)
    {
        var days = new HashSet<DateOnly>();
        foreach (var (source, id) in authors)
        {
            await using var command = Command(connection, transaction,
                "SELECT created_at FROM messages WHERE organisation_id = @o AND author_external_id = @a AND source = @s", organisationId, ("a", id), ("s", source));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) days.Add(DateOnly.FromDateTime(reader.GetDateTime(0)));
        }

        return days;
    }

    /// <summary>Reads one day's countable posts and passes them on in chunks.</summary>
    private static async Task ReadDayAsync(
        DbConnection connection, DbTransaction transaction, long organisationId, DateOnly day, HashSet<(string Source, string ExternalId)> bots,
        ChannelWriter<Chunk> work, CancellationToken cancellationToken)
    {
        const int ChunkSize = 2000;
        // What counts is MonitoringStore.TextsAsync's rule (and Participation's): a post, not deleted, not
        // by a bot account. Bots are few: they are left out here rather than by a look-up per row in SQL.
        await using var command = Command(connection, transaction,
            "SELECT m.is_private, m.body, m.topics" + (bots.Count > 0 ? ", m.source, m.author_external_id" : string.Empty) + " FROM messages m " +
            "WHERE m.organisation_id = @o AND m.created_at >= @from AND m.created_at < @to AND m.deleted_at IS NULL AND m.kind = @post",
            organisationId,
            ("from", day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)),
            ("to", day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)),
            ("post", (int)MessageKind.Post));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(bool, string, string[])>(ChunkSize);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (bots.Count > 0 && !reader.IsDBNull(4) && bots.Contains((reader.GetString(3), reader.GetString(4)))) continue;
            var topics = reader.IsDBNull(2) ? [] : reader.GetString(2).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            rows.Add((reader.GetBoolean(0), reader.GetString(1), topics));
            if (rows.Count < ChunkSize) continue;
            await work.WriteAsync(new Chunk(day, rows), cancellationToken);
            rows = new List<(bool, string, string[])>(ChunkSize);
        }

        if (rows.Count > 0) await work.WriteAsync(new Chunk(day, rows), cancellationToken);
    }

    private static async Task<IEnumerable<DateOnly>> AllDaysAsync(DbConnection connection, DbTransaction transaction, long organisationId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT min(created_at), max(created_at) FROM messages WHERE organisation_id = @o", organisationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken) || reader.IsDBNull(0)) return [];
        var (first, last) = (DateOnly.FromDateTime(reader.GetDateTime(0)), DateOnly.FromDateTime(reader.GetDateTime(1)));
        return Enumerable.Range(0, last.DayNumber - first.DayNumber + 1).Select(first.AddDays);
    }

    /// <summary>Runs of consecutive days, as (first, last).</summary>
    private static IEnumerable<(DateOnly From, DateOnly To)> Ranges(SortedSet<DateOnly> days)
    {
        DateOnly? from = null, to = null;
        foreach (var day in days)
        {
            if (to is { } last && day.DayNumber == last.DayNumber + 1)
            {
                to = day;
                continue;
            }

            if (from is { } start) yield return (start, to!.Value);
            (from, to) = (day, day);
        }

        if (from is { } first) yield return (first, to!.Value);
    }

    /// <summary>A command with the organisation as <c>@o</c> and the given parameters.</summary>
    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, long organisationId, params (string Name, object Value)[] parameters) =>
        SqlCommands.Create(connection, transaction, sql, [("o", organisationId), .. parameters]);

    private static Task<object?> ScalarAsync(DbConnection connection, DbTransaction transaction, string sql, long organisationId, CancellationToken cancellationToken) =>
        SqlCommands.ScalarAsync(connection, transaction, sql, [("o", organisationId)], cancellationToken);

    private static Task<int> ExecuteAsync(
        DbConnection connection, DbTransaction transaction, string sql, long organisationId, CancellationToken cancellationToken, params (string Name, object Value)[] parameters) =>
        SqlCommands.ExecuteAsync(connection, transaction, sql, [("o", organisationId), .. parameters], cancellationToken);

    private interface IRowWriter : IAsyncDisposable
    {
        Task WriteAsync(DateOnly day, bool isPrivate, TermTally tally, CancellationToken cancellationToken);
    }

    private static async Task WriteAsync(this IRowWriter writer, DayTally tally, CancellationToken cancellationToken)
    {
        await writer.WriteAsync(tally.Day, false, tally.Open, cancellationToken);
        await writer.WriteAsync(tally.Day, true, tally.Closed, cancellationToken);
    }

    /// <summary>
    /// SQLite: one prepared insert, row by row, inside the transaction (SQLite's fastest path). With
    /// <c>adding</c> (either database) the counts are added to a day's existing rows instead.
    /// </summary>
    private sealed class InsertRowWriter : IRowWriter
    {
        private readonly DbCommand command;

        public InsertRowWriter(DbConnection connection, DbTransaction transaction, long organisationId, bool adding = false)
        {
            command = Command(connection, transaction,
                "INSERT INTO term_days (organisation_id, day, term, is_private, messages) VALUES (@o, @day, @term, @private, @messages)" +
                (adding ? " ON CONFLICT (organisation_id, day, term, is_private) DO UPDATE SET messages = term_days.messages + excluded.messages" : string.Empty),
                organisationId, ("day", DateOnly.MinValue), ("term", string.Empty), ("private", false), ("messages", 0));
            command.Prepare();
        }

        public async Task WriteAsync(DateOnly day, bool isPrivate, TermTally tally, CancellationToken cancellationToken)
        {
            command.Parameters[1].Value = day;
            command.Parameters[3].Value = isPrivate;
            foreach (var (term, messages) in tally.Terms)
            {
                command.Parameters[2].Value = term;
                command.Parameters[4].Value = messages;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        public ValueTask DisposeAsync() => command.DisposeAsync();
    }

    /// <summary>PostgreSQL: one binary <c>COPY</c> per day (the connection reads the next day between them).</summary>
    private sealed class CopyRowWriter(NpgsqlConnection connection, long organisationId) : IRowWriter
    {
        public async Task WriteAsync(DateOnly day, bool isPrivate, TermTally tally, CancellationToken cancellationToken)
        {
            if (tally.Count == 0) return;
            await using var import = await connection.BeginBinaryImportAsync(
                "COPY term_days (organisation_id, day, term, is_private, messages) FROM STDIN (FORMAT BINARY)", cancellationToken);
            foreach (var (term, messages) in tally.Terms)
            {
                await import.StartRowAsync(cancellationToken);
                await import.WriteAsync(organisationId, NpgsqlTypes.NpgsqlDbType.Bigint, cancellationToken);
                await import.WriteAsync(day, NpgsqlTypes.NpgsqlDbType.Date, cancellationToken);
                await import.WriteAsync(term, NpgsqlTypes.NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(isPrivate, NpgsqlTypes.NpgsqlDbType.Boolean, cancellationToken);
                await import.WriteAsync(messages, NpgsqlTypes.NpgsqlDbType.Integer, cancellationToken);
            }

            await import.CompleteAsync(cancellationToken);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
