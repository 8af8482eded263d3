using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Pulse.Storage;

/// <summary>
/// Turns what the database drivers throw into one sentence a user can act on, so that no face ever
/// shows a driver's type name or stack: a locked SQLite file, a PostgreSQL server out of reach.
/// </summary>
public static class DatabaseFailures
{
    /// <summary>The sentence for a database failure, or null when <paramref name="failure"/> is not one.</summary>
    public static string? Explain(Exception failure, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(failure);
        ArgumentNullException.ThrowIfNull(options);
        var e = failure is DbUpdateException { InnerException: { } inner } ? inner : failure;
        return e switch
        {
            SqliteException { SqliteErrorCode: 5 or 6 } =>
                $"The database {options.DatabaseFile} stayed locked for {Describe(PulseDatabase.BusyTimeout)}: another Pulse command holds it; try again when that one has finished.",
            SqliteException { SqliteErrorCode: 8 } =>
                $"The database {options.DatabaseFile} is read-only for this user; nothing was changed.",
            SqliteException { SqliteErrorCode: 14 } =>
                $"The database {options.DatabaseFile} cannot be opened: check that its folder exists and may be written by this user.",
            SqliteException { SqliteErrorCode: 26 } =>
                $"{options.DatabaseFile} is not a Pulse (SQLite) database.",
            SqliteException sqlite => $"SQLite refused: {sqlite.Message}",
            PostgresException postgres => $"PostgreSQL refused: {postgres.MessageText}.",
            NpgsqlException { InnerException: SocketException or TimeoutException } or NpgsqlException { InnerException: IOException } =>
                $"The PostgreSQL server of {options.Describe()} cannot be reached; check that it runs and the connection string (--db or PULSE_DB).",
            NpgsqlException npgsql => $"PostgreSQL failed: {npgsql.Message}",
            DbException db => $"The database failed: {db.Message}",
            _ => null,
        };
    }

    private static string Describe(TimeSpan span) => span.TotalSeconds + " s";
}
