using System.CommandLine;

namespace Pulse.Cli;

/// <summary>The options every command takes: where the data is, and how to report.</summary>
public sealed class GlobalOptions
{
    public Option<string?> Data { get; } = new("--data")
    {
        Description = "Data folder of the embedded SQLite database (default ./pulse-data).",
        HelpName = "DIR",
        Recursive = true,
    };

    public Option<string?> Db { get; } = new("--db")
    {
        Description = "PostgreSQL connection string, e.g. \"Host=localhost;Database=pulse;Username=pulse\" (default: the PULSE_DB variable, else SQLite).",
        HelpName = "CONNECTION",
        Recursive = true,
    };

    public Option<string?> Keys { get; } = new("--keys")
    {
        Description = "Folder of pseudonymisation keys, kept apart from the database (default: the PULSE_KEYS variable, else pulse-keys beside the data folder).",
        HelpName = "DIR",
        Recursive = true,
    };

    public Option<string?> Index { get; } = new("--index")
    {
        Description = "Folder of the search indexes, a rebuildable cache (default: the PULSE_INDEX variable, else index/ in the data folder; required with --db).",
        HelpName = "DIR",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Write machine-readable JSON to standard output instead of tables.",
        Recursive = true,
    };

    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Show details of errors, including stack traces.",
        Recursive = true,
    };

    public void AddTo(Command root)
    {
        ArgumentNullException.ThrowIfNull(root);
        root.Add(Data);
        root.Add(Db);
        root.Add(Keys);
        root.Add(Index);
        root.Add(Json);
        root.Add(Verbose);
    }
}
