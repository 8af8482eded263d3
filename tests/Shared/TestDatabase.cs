using Npgsql;
using Pulse.Storage;

namespace Pulse.Testing;

/// <summary>
/// A fresh, empty, migrated database for one test, on SQLite (a temporary file) or on a real
/// PostgreSQL server (a database of its own, dropped afterwards). PostgreSQL tests need the server
/// named by PULSE_TEST_POSTGRES; without it they skip, except in CI (CI=true), where they fail.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "PULSE_TEST_POSTGRES";

    private readonly string? directory;
    private readonly string? adminConnection;
    private readonly string? databaseName;

    private TestDatabase(StorageOptions options, string? directory, string? adminConnection, string? databaseName)
    {
        Options = options;
        Database = new PulseDatabase(options);
        this.directory = directory;
        this.adminConnection = adminConnection;
        this.databaseName = databaseName;
    }

    /// <summary>The providers every storage test runs on.</summary>
    public static TheoryData<string> Providers => new("sqlite", "postgres");

    public StorageOptions Options { get; }

    public PulseDatabase Database { get; }

    /// <summary>Arguments that point the `pulse` command at this database.</summary>
    public string[] CliArguments => Options.ConnectionString is null
        ? ["--data", Options.DataDirectory]
        : ["--db", Options.ConnectionString];

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        var database = provider switch
        {
            "sqlite" => CreateSqlite(),
            "postgres" => await CreatePostgresAsync(),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "sqlite or postgres"),
        };
        await database.Database.MigrateAsync();
        return database;
    }

    /// <summary>The PostgreSQL server for tests, or a skip (a failure in CI) that says how to get one.</summary>
    public static string RequirePostgres()
    {
        var connection = Environment.GetEnvironmentVariable(PostgresVariable);
        if (!string.IsNullOrWhiteSpace(connection)) return connection;
        const string how = $"set {PostgresVariable} to a PostgreSQL connection string with the right to create databases, e.g. \"Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres\" (.ci/run does this)";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"PostgreSQL tests must run in CI: {how}.");
        }

        Assert.Skip($"PostgreSQL tests skipped: {how}.");
        return string.Empty;
    }

    private static TestDatabase CreateSqlite()
    {
        var directory = Path.Combine(Path.GetTempPath(), "pulse-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        // The data one level down, so that the default key folder (pulse-keys beside the data) is the test's own too.
        return new TestDatabase(new StorageOptions(Path.Combine(directory, "data"), null), directory, null, null);
    }

    private static async Task<TestDatabase> CreatePostgresAsync()
    {
        var admin = RequirePostgres();
        var name = "pulse_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        var directory = Path.Combine(Path.GetTempPath(), "pulse-tests", name);
        // A key folder of its own, as a deployment on PostgreSQL names one (PULSE_KEYS): connection secrets
        // are sealed with a key kept there. The CLI arguments leave it out, so `--db` alone stays testable.
        return new TestDatabase(new StorageOptions(directory, builder.ConnectionString, Path.Combine(directory, "keys")), directory, admin, name);
    }

    /// <summary>
    /// Imports public posts (each its own thread) by one account at one moment, straight through the import
    /// session (the search index is left behind): the least a search or index test needs.
    /// </summary>
    public async Task ImportPostsAsync(long organisationId, params (string Id, string Body)[] posts)
    {
        await using var session = await Pulse.Storage.Import.ImportSession.BeginAsync(Database, organisationId, Pulse.Monitoring.Model.Source.Yammer, null, CancellationToken.None);
        await session.AddAccountAsync(new Pulse.Monitoring.Model.Account("1", null, "a@x.nl", null, null, null, Pulse.Monitoring.Model.AccountState.Active, false, null));
        var at = new DateTimeOffset(2026, 10, 5, 9, 0, 0, TimeSpan.Zero);
        foreach (var (id, body) in posts)
        {
            await session.AddMessageAsync(new Pulse.Monitoring.Model.Message(id, id, null, "g", "1", at, null, null, false, Pulse.Monitoring.Model.MessageKind.Post, body, 0, false, []));
        }

        await session.CommitAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (adminConnection is not null && databaseName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(adminConnection);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {databaseName} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        if (directory is not null && Directory.Exists(directory))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a pooled connection: the temp folder is cleaned by the OS.
            }
        }
    }
}
