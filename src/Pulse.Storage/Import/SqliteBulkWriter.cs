using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Pulse.Storage.Import;

/// <summary>
/// SQLite: one prepared <c>INSERT … ON CONFLICT DO UPDATE … WHERE changed</c> per table, executed
/// row by row inside one transaction — SQLite's fastest path, and a repeated id simply overwrites
/// the earlier version (the last one wins). A changed row reports its day and thread (or account id)
/// by the statement's change count; a trigger that lives only inside the import's transaction notes the
/// former day and thread of a message whose creation time or thread moved (SQLite's upsert cannot
/// return old values).
/// </summary>
internal sealed class SqliteBulkWriter : IBulkWriter
{
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly long organisationId;
    private readonly string source;
    private readonly Dictionary<string, SqliteCommand> commands = [];
    private readonly ImportChanges changes = new();

    private SqliteBulkWriter(SqliteConnection connection, SqliteTransaction transaction, long organisationId, string source)
    {
        this.connection = connection;
        this.transaction = transaction;
        this.organisationId = organisationId;
        this.source = source;
    }

    public static async Task<SqliteBulkWriter> OpenAsync(string connectionString, long organisationId, string source, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var pragma = connection.CreateCommand())
        {
            // A page cache large enough for the unique index of a million messages while a big export streams in;
            // not larger, since the search index is built beside it in the same process (docs/performance.md, issue 9).
            pragma.CommandText = "PRAGMA cache_size = -131072; PRAGMA temp_store = MEMORY;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var trigger = connection.CreateCommand())
        {
            // Created and dropped inside the import's transaction, so no other connection ever sees them.
            // Not TEMP objects: opening the temporary database would stop the aggregate rebuild from
            // moving temp_store to a file later in the same transaction.
            trigger.Transaction = transaction;
            trigger.CommandText =
                "CREATE TABLE pulse_import_moved (day TEXT NOT NULL, thread TEXT NOT NULL);" +
                "CREATE TRIGGER pulse_import_messages_moved AFTER UPDATE OF created_at, thread_external_id ON messages " +
                "WHEN old.created_at IS NOT new.created_at OR old.thread_external_id IS NOT new.thread_external_id " +
                "BEGIN INSERT INTO pulse_import_moved (day, thread) VALUES (substr(old.created_at, 1, 10), old.thread_external_id); END;";
            await trigger.ExecuteNonQueryAsync(cancellationToken);
        }
        return new SqliteBulkWriter(connection, transaction, organisationId, source);
    }

    public DbConnection Connection => connection;

    public DbTransaction Transaction => transaction;

    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public async Task<int> UpsertAsync<T>(UpsertTable<T> table, IReadOnlyList<T> batch, CancellationToken cancellationToken)
    {
        var command = Command(table);
        var parameters = command.Parameters;
        var affected = 0;
        foreach (var item in batch)
        {
            parameters[2].Value = table.ExternalId(item);
            for (var i = 0; i < table.Columns.Count; i++)
            {
                parameters[i + 3].Value = table.Columns[i].Value(item) ?? DBNull.Value;
            }

            var changed = await command.ExecuteNonQueryAsync(cancellationToken);
            if (changed > 0) Note(table, item);
            affected += changed;
        }

        return affected;
    }

    private void Note<T>(UpsertTable<T> table, T item)
    {
        if (table.CreatedAt is { } createdAt) changes.Day(DateOnly.FromDateTime(createdAt(item)));
        if (table.Thread is { } thread)
        {
            changes.Thread(thread(item));
            changes.Message(table.ExternalId(item));
        }

        if (table.TracksIds) changes.Account(table.ExternalId(item));
    }

    public async Task<ImportChanges> ChangesAsync(CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT DISTINCT day, thread FROM pulse_import_moved";
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                changes.Day(DateOnly.ParseExact(reader.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture));
                changes.Thread(reader.GetString(1));
            }
        }

        return changes;
    }

    /// <summary>Drops the moved-rows trigger and table before the commit, so they never reach the database file.</summary>
    private async Task DropMovedAsync(CancellationToken cancellationToken)
    {
        await using var drop = connection.CreateCommand();
        drop.Transaction = transaction;
        drop.CommandText = "DROP TRIGGER IF EXISTS pulse_import_messages_moved; DROP TABLE IF EXISTS pulse_import_moved;";
        await drop.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<long> CountAsync(string table, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT count(*) FROM {table} WHERE organisation_id = $o AND source = $s";
        command.Parameters.AddWithValue("$o", organisationId);
        command.Parameters.AddWithValue("$s", source);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task RebuildAggregatesAsync(CancellationToken cancellationToken)
    {
        await using (var pragma = connection.CreateCommand())
        {
            // The rows are written: the rebuild reads in order and needs no large cache, and its
            // grouping spills to a temporary file rather than to memory (the import stays under 512 MB).
            pragma.Transaction = transaction;
            pragma.CommandText = "PRAGMA cache_size = -32768; PRAGMA temp_store = FILE;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        await Aggregates.AggregateRebuild.RunAsync(connection, transaction, DatabaseProvider.Sqlite, organisationId, cancellationToken);
    }


    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await DropMovedAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in commands.Values) await command.DisposeAsync();
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }

    private SqliteCommand Command<T>(UpsertTable<T> table)
    {
        if (commands.TryGetValue(table.Name, out var existing)) return existing;

        var names = table.Columns.Select(c => c.Name).ToList();
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // Table and column names come from ImportTables, never from input.
        command.CommandText =
            $"INSERT INTO {table.Name} (organisation_id, source, external_id, {string.Join(", ", names)}) " +
            $"VALUES ($o, $s, $e, {string.Join(", ", names.Select((_, i) => "$p" + i))}) " +
            "ON CONFLICT (organisation_id, source, external_id) DO UPDATE SET " +
            string.Join(", ", names.Select(n => $"{n} = excluded.{n}")) +
            " WHERE " + string.Join(" OR ", names.Select(n => $"{table.Name}.{n} IS NOT excluded.{n}"));
#pragma warning restore CA2100
        command.Parameters.AddWithValue("$o", organisationId);
        command.Parameters.AddWithValue("$s", source);
        command.Parameters.Add("$e", SqliteType.Text);
        for (var i = 0; i < names.Count; i++) command.Parameters.Add(new SqliteParameter("$p" + i, null));
        command.Prepare();
        commands[table.Name] = command;
        return command;
    }
}
