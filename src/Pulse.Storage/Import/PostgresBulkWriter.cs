using System.Data.Common;
using Npgsql;

namespace Pulse.Storage.Import;

/// <summary>
/// PostgreSQL: each batch goes by binary <c>COPY</c> into a temporary staging table, then one
/// <c>INSERT … SELECT … ON CONFLICT DO UPDATE … WHERE IS DISTINCT FROM</c> moves it in. Batches
/// arrive de-duplicated (<see cref="UpsertTable{T}.LastVersions"/>): one statement may not touch a row twice.
/// For messages the same statement returns the days it changed: the new day of every row it wrote,
/// and the old day of every row whose creation time moved (read before the write, in the same snapshot);
/// while the import is small enough to update the aggregates in place (<see cref="ImportChanges"/>), also
/// the threads of those rows, and for accounts the ids it wrote.
/// </summary>
internal sealed class PostgresBulkWriter : IBulkWriter
{
    private readonly NpgsqlConnection connection;
    private readonly NpgsqlTransaction transaction;
    private readonly long organisationId;
    private readonly string source;
    private readonly HashSet<string> staged = [];
    private readonly ImportChanges changes = new();

    private PostgresBulkWriter(NpgsqlConnection connection, NpgsqlTransaction transaction, long organisationId, string source)
    {
        this.connection = connection;
        this.transaction = transaction;
        this.organisationId = organisationId;
        this.source = source;
    }

    public static async Task<PostgresBulkWriter> OpenAsync(string connectionString, long organisationId, string source, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        return new PostgresBulkWriter(connection, transaction, organisationId, source);
    }

    public DbConnection Connection => connection;

    public DbTransaction Transaction => transaction;

    public DatabaseProvider Provider => DatabaseProvider.Postgres;

    public Task<ImportChanges> ChangesAsync(CancellationToken cancellationToken) => Task.FromResult(changes);

    public async Task<int> UpsertAsync<T>(UpsertTable<T> table, IReadOnlyList<T> batch, CancellationToken cancellationToken)
    {
        var names = table.Columns.Select(c => c.Name).ToList();
        var stage = "stage_" + table.Name;
        var columns = $"organisation_id, source, external_id, {string.Join(", ", names)}";
        if (staged.Add(table.Name))
        {
            await ExecuteAsync($"CREATE TEMP TABLE {stage} ON COMMIT DROP AS SELECT {columns} FROM {table.Name} WITH NO DATA", cancellationToken);
        }
        else
        {
            await ExecuteAsync($"TRUNCATE {stage}", cancellationToken);
        }

        await using (var import = await connection.BeginBinaryImportAsync($"COPY {stage} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var item in batch)
            {
                await import.StartRowAsync(cancellationToken);
                await import.WriteAsync(organisationId, NpgsqlTypes.NpgsqlDbType.Bigint, cancellationToken);
                await import.WriteAsync(source, NpgsqlTypes.NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(table.ExternalId(item), NpgsqlTypes.NpgsqlDbType.Text, cancellationToken);
                foreach (var column in table.Columns)
                {
                    var value = column.Value(item);
                    if (value is null) await import.WriteNullAsync(cancellationToken);
                    else await import.WriteAsync(value, column.Type, cancellationToken);
                }
            }

            await import.CompleteAsync(cancellationToken);
        }

        var upsert =
            $"INSERT INTO {table.Name} ({columns}) SELECT {columns} FROM {stage} " +
            "ON CONFLICT (organisation_id, source, external_id) DO UPDATE SET " +
            string.Join(", ", names.Select(n => $"{n} = EXCLUDED.{n}")) +
            $" WHERE ({string.Join(", ", names.Select(n => $"{table.Name}.{n}"))}) IS DISTINCT FROM ({string.Join(", ", names.Select(n => $"EXCLUDED.{n}"))})";
        if (table.TracksIds && changes.TracksAccounts) return await ReadChangesAsync($"{upsert} RETURNING external_id, 1::bigint", (reader, _) => changes.Account(reader.GetString(0)), cancellationToken);
        if (table.CreatedAt is null) return await ExecuteAsync(upsert, cancellationToken);

        const string Day = "(created_at AT TIME ZONE 'UTC')::date";
        const string Join = "ON m.organisation_id = s.organisation_id AND m.source = s.source AND m.external_id = s.external_id";
        if (table.Thread is null || !changes.TracksThreads)
        {
            var days =
                $"WITH moved AS (SELECT DISTINCT (m.created_at AT TIME ZONE 'UTC')::date AS day FROM {stage} s JOIN {table.Name} m {Join} WHERE m.created_at <> s.created_at), " +
                $"changed AS ({upsert} RETURNING {Day} AS day) " +
                "SELECT day, count(*) FROM changed GROUP BY day UNION ALL SELECT day, 0 FROM moved";
            return await ReadChangesAsync(days, (reader, _) => changes.Day(reader.GetFieldValue<DateOnly>(0)), cancellationToken);
        }

        // One row per changed message (its id, day and thread), and one per former day and thread of a moved one (id null).
        var threads =
            $"WITH moved AS (SELECT DISTINCT (m.created_at AT TIME ZONE 'UTC')::date AS day, m.thread_external_id AS thread FROM {stage} s JOIN {table.Name} m {Join} " +
            "WHERE m.created_at <> s.created_at OR m.thread_external_id <> s.thread_external_id), " +
            $"changed AS ({upsert} RETURNING {Day} AS day, thread_external_id AS thread, external_id) " +
            "SELECT day, 1::bigint, thread, external_id FROM changed UNION ALL SELECT day, 0, thread, NULL FROM moved";
        return await ReadChangesAsync(threads, (reader, _) =>
        {
            changes.Day(reader.GetFieldValue<DateOnly>(0));
            changes.Thread(reader.GetString(2));
            if (!reader.IsDBNull(3)) changes.Message(reader.GetString(3));
        }, cancellationToken);
    }

    /// <summary>Runs an upsert whose rows say what it changed (the row count in the second column), noting each.</summary>
    private async Task<int> ReadChangesAsync(string sql, Action<NpgsqlDataReader, int> note, CancellationToken cancellationToken)
    {
#pragma warning disable CA2100 // Built from ImportTables' names only; values travel as COPY data.
        await using var command = new NpgsqlCommand(sql, connection, transaction);
#pragma warning restore CA2100
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var affected = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var count = (int)reader.GetInt64(1);
            note(reader, count);
            affected += count;
        }

        return affected;
    }

    public async Task<long> CountAsync(string table, CancellationToken cancellationToken)
    {
#pragma warning disable CA2100 // The table name comes from ImportTables, never from input.
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table} WHERE organisation_id = @o AND source = @s", connection, transaction);
#pragma warning restore CA2100
        command.Parameters.AddWithValue("o", organisationId);
        command.Parameters.AddWithValue("s", source);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public Task RebuildAggregatesAsync(CancellationToken cancellationToken) =>
        Aggregates.AggregateRebuild.RunAsync(connection, transaction, DatabaseProvider.Postgres, organisationId, cancellationToken);


    public async Task CommitAsync(CancellationToken cancellationToken) => await transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
#pragma warning disable CA2100 // Statements are built from ImportTables' names only; values travel as COPY data.
        await using var command = new NpgsqlCommand(sql, connection, transaction);
#pragma warning restore CA2100
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
