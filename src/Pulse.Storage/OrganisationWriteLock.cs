using System.Data.Common;

namespace Pulse.Storage;

/// <summary>
/// One writer of an organisation's messages at a time. SQLite has one writer for the whole database
/// anyway; PostgreSQL lets two transactions import into one organisation at once (two servers' workers,
/// a poll beside a webhook, `pulse import` beside `pulse serve`), and then their recounts of the same
/// days (term counts, aggregates) can deadlock, or each count without the other's rows. A
/// transaction-scoped advisory lock per organisation, taken before anything is read, makes them take
/// turns; other organisations and readers are not held up.
/// </summary>
public static class OrganisationWriteLock
{
    /// <summary>The first key of Pulse's advisory locks ("PULS"), so that other users of advisory locks in the same database do not collide with ours.</summary>
    private const int Namespace = 0x50554C53;

    /// <summary>Waits for the organisation's lock, held until <paramref name="transaction"/> ends.</summary>
    public static async Task TakeAsync(DbConnection connection, DbTransaction transaction, DatabaseProvider provider, long organisationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (provider != DatabaseProvider.Postgres) return;
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandTimeout = 0;
        // The two-key form takes two 32-bit keys: the organisation id folded into one (ids stay far below 2^31 in practice; a fold only ever shares a lock).
        command.CommandText = $"SELECT pg_advisory_xact_lock({Namespace}, CAST(@o % 2147483647 AS integer))";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "o";
        parameter.Value = organisationId;
        command.Parameters.Add(parameter);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
