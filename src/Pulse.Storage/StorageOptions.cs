namespace Pulse.Storage;

/// <summary>
/// Where Pulse keeps its data: an embedded SQLite file in <see cref="DataDirectory"/> (the default),
/// or a PostgreSQL server given by <see cref="ConnectionString"/>.
/// </summary>
public sealed record StorageOptions(string DataDirectory, string? ConnectionString)
{
    /// <summary>The data folder when nothing is said.</summary>
    public const string DefaultDataDirectory = "pulse-data";

    /// <summary>The variable that names a PostgreSQL server when <c>--db</c> is not given.</summary>
    public const string ConnectionVariable = "PULSE_DB";

    /// <summary>The SQLite file inside the data folder.</summary>
    public const string DatabaseFileName = "pulse.db";

    public DatabaseProvider Provider => ConnectionString is null ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres;

    public string DatabaseFile => Path.GetFullPath(Path.Combine(DataDirectory, DatabaseFileName));

    /// <summary>
    /// Resolves the options the way the command line promises: an explicit <c>--db</c> wins, then
    /// <c>PULSE_DB</c>, else SQLite in <c>--data</c> (default <c>./pulse-data</c>).
    /// </summary>
    public static StorageOptions Resolve(string? dataDirectory, string? connectionString, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var connection = string.IsNullOrWhiteSpace(connectionString) ? environment(ConnectionVariable) : connectionString;
        return new StorageOptions(
            string.IsNullOrWhiteSpace(dataDirectory) ? DefaultDataDirectory : dataDirectory,
            string.IsNullOrWhiteSpace(connection) ? null : connection);
    }

    /// <summary>A description for people, without the password of a connection string.</summary>
    public string Describe() => Provider == DatabaseProvider.Sqlite
        ? $"SQLite {DatabaseFile}"
        : $"PostgreSQL {RedactedConnection()}";

    private string RedactedConnection()
    {
        var parts = ConnectionString!.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.TrimStart().StartsWith("password", StringComparison.OrdinalIgnoreCase));
        return string.Join(';', parts);
    }
}
