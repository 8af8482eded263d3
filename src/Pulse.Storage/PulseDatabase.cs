using System.Data.Common;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Pulse.Storage;

/// <summary>
/// Opens Pulse's database: creates the SQLite folder when needed and brings the schema up to date
/// with the committed migrations, for whichever provider the options name.
/// </summary>
public sealed class PulseDatabase(StorageOptions options)
{
    public StorageOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>A new context; the caller disposes it. Call <see cref="MigrateAsync"/> once first.</summary>
    public PulseDbContext CreateContext() => Options.Provider switch
    {
        DatabaseProvider.Sqlite => new SqlitePulseDbContext(SqliteOptions(SqliteConnectionString(Options.DatabaseFile))),
        _ => new PostgresPulseDbContext(PostgresOptions(Options.ConnectionString!)),
    };

    /// <summary>Applies the migrations this build carries; a no-op when the schema is current.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (Options.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Options.DatabaseFile)!);
        }

        if (await IsCurrentAsync(cancellationToken)) return;
        await using var context = CreateContext();
        await context.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>True when the database answers a query.</summary>
    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken = default)
    {
        await using var context = CreateContext();
        return await context.Database.CanConnectAsync(cancellationToken);
    }

    /// <summary>
    /// True when the database already has this build's newest migration. Asking EF to migrate builds
    /// its whole migrations pipeline (about a second); every command opens the database, so the
    /// common case — nothing to do — is answered with one small query instead.
    /// </summary>
    private async Task<bool> IsCurrentAsync(CancellationToken cancellationToken)
    {
        var contextType = Options.Provider == DatabaseProvider.Sqlite ? typeof(SqlitePulseDbContext) : typeof(PostgresPulseDbContext);
        var latest = typeof(PulseDatabase).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<DbContextAttribute>()?.ContextType == contextType)
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .Where(id => id is not null)
            .Max(StringComparer.Ordinal);
        // A bare connection: building EF's services just to learn that nothing is to be done costs a second.
        await using DbConnection connection = Options.Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(SqliteConnectionString(Options.DatabaseFile))
            : new Npgsql.NpgsqlConnection(Options.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT max(migration_id) FROM \"__EFMigrationsHistory\"";
            return await command.ExecuteScalarAsync(cancellationToken) is string applied && applied == latest;
        }
        catch (DbException)
        {
            // No history table yet (a new database): migrate.
            return false;
        }
    }

    /// <summary>How long a command waits for another one that holds the SQLite file before giving up.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    internal static string SqliteConnectionString(string file) => new SqliteConnectionStringBuilder
    {
        DataSource = file,
        Mode = SqliteOpenMode.ReadWriteCreate,
        // Shared cache off, pooling on: each context opens its own connection cheaply.
        Pooling = true,
        // Also the busy timeout: a command retries a locked file this long before SQLITE_BUSY.
        DefaultTimeout = (int)BusyTimeout.TotalSeconds,
    }.ToString();

    internal static DbContextOptions<SqlitePulseDbContext> SqliteOptions(string connectionString) =>
        new DbContextOptionsBuilder<SqlitePulseDbContext>()
            .UseSqlite(connectionString)
            .UseSnakeCaseNamingConvention()
            .Options;

    internal static DbContextOptions<PostgresPulseDbContext> PostgresOptions(string connectionString) =>
        new DbContextOptionsBuilder<PostgresPulseDbContext>()
            .UseNpgsql(connectionString)
            .UseSnakeCaseNamingConvention()
            .Options;
}
