namespace Pulse.Storage;

/// <summary>
/// Where Pulse keeps its data: an embedded SQLite file in <see cref="DataDirectory"/> (the default),
/// or a PostgreSQL server given by <see cref="ConnectionString"/>.
/// </summary>
/// <param name="KeyDirectory">Where pseudonymisation keys live: never inside the database, so a
/// database copy alone cannot undo pseudonyms. Default: <c>pulse-keys</c> beside the data folder.</param>
public sealed record StorageOptions(string DataDirectory, string? ConnectionString, string? KeyDirectory = null)
{
    /// <summary>The variable that names the search index folder when <c>--index</c> is not given.</summary>
    public const string IndexVariable = "PULSE_INDEX";

    /// <summary>Where the search indexes live, when given (<c>--index</c> or <c>PULSE_INDEX</c>).</summary>
    public string? IndexDirectory { get; init; }

    /// <summary>
    /// The search index folder of one organisation: a rebuildable cache beside the SQLite file
    /// (<c>DATA/index/SLUG</c>), or under <c>--index</c>. A PostgreSQL server has no folder of its own,
    /// so with <c>--db</c> the folder must be named, as for keys.
    /// </summary>
    /// <exception cref="PulseUsageException">PostgreSQL without <c>--index</c> or <c>PULSE_INDEX</c>.</exception>
    /// <summary>The organisation's index folder, or null where none is named (PostgreSQL without <c>--index</c>).</summary>
    public string? IndexFolderOrNull(string slug) =>
        IndexDirectory is null && Provider == DatabaseProvider.Postgres ? null : IndexFolder(slug);

    public string IndexFolder(string slug)
    {
        var root = IndexDirectory is not null
            ? Path.GetFullPath(IndexDirectory)
            : Provider == DatabaseProvider.Sqlite
                ? Path.Combine(Path.GetFullPath(DataDirectory), "index")
                : throw new PulseUsageException($"With --db there is no default folder for the search index: give --index DIR or set {IndexVariable}.");
        return Path.Combine(root, OrganisationSlug.Require(slug));
    }

    /// <summary>The variable that names the key folder when <c>--keys</c> is not given.</summary>
    public const string KeyVariable = "PULSE_KEYS";

    /// <summary>The data folder when nothing is said.</summary>
    public const string DefaultDataDirectory = "pulse-data";

    /// <summary>The variable that names a PostgreSQL server when <c>--db</c> is not given.</summary>
    public const string ConnectionVariable = "PULSE_DB";

    /// <summary>The SQLite file inside the data folder.</summary>
    public const string DatabaseFileName = "pulse.db";

    public DatabaseProvider Provider => ConnectionString is null ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres;

    public string DatabaseFile => Path.GetFullPath(Path.Combine(DataDirectory, DatabaseFileName));

    /// <summary>
    /// The key folder, resolved: explicit, else beside the SQLite data folder. A PostgreSQL server
    /// has no folder of its own to stand beside, and a default relative to wherever the command
    /// happens to run would silently find no key (and so re-pseudonymise everyone): with
    /// <c>--db</c> the folder must be named.
    /// </summary>
    /// <exception cref="PulseUsageException">PostgreSQL without <c>--keys</c> or <c>PULSE_KEYS</c>.</exception>
    public string Keys => KeyDirectory is not null
        ? Path.GetFullPath(KeyDirectory)
        : Provider == DatabaseProvider.Sqlite
            ? Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(DataDirectory)) ?? ".", "pulse-keys"))
            : throw new PulseUsageException($"With --db there is no default folder for pseudonymisation keys: give --keys DIR or set {KeyVariable}.");

    /// <summary>
    /// Resolves the options the way the command line promises: <c>--data</c> and <c>--db</c> together
    /// are wrong usage; an explicit <c>--data</c> means SQLite whatever <c>PULSE_DB</c> says; then
    /// <c>--db</c>, then <c>PULSE_DB</c>, else SQLite in the default <c>./pulse-data</c>.
    /// </summary>
    /// <exception cref="PulseUsageException">Both <c>--data</c> and <c>--db</c> were given.</exception>
    public static StorageOptions Resolve(string? dataDirectory, string? connectionString, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var explicitData = !string.IsNullOrWhiteSpace(dataDirectory);
        var explicitDb = !string.IsNullOrWhiteSpace(connectionString);
        if (explicitData && explicitDb)
        {
            throw new PulseUsageException("Give either --data (SQLite) or --db (PostgreSQL), not both.");
        }

        var connection = explicitDb ? connectionString : explicitData ? null : environment(ConnectionVariable);
        var keys = environment(KeyVariable);
        var index = environment(IndexVariable);
        return new StorageOptions(
            explicitData ? dataDirectory! : DefaultDataDirectory,
            string.IsNullOrWhiteSpace(connection) ? null : connection,
            string.IsNullOrWhiteSpace(keys) ? null : keys)
        {
            IndexDirectory = string.IsNullOrWhiteSpace(index) ? null : index,
        };
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
