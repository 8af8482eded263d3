using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

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

        await using var context = CreateContext();
        await context.Database.MigrateAsync(cancellationToken);
    }

    internal static string SqliteConnectionString(string file) => new SqliteConnectionStringBuilder
    {
        DataSource = file,
        Mode = SqliteOpenMode.ReadWriteCreate,
        // Shared cache off, pooling on: each context opens its own connection cheaply.
        Pooling = true,
        DefaultTimeout = 30,
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
