using System.CommandLine;
using Pulse.Application;
using Pulse.Cli.Output;
using Pulse.Storage;

namespace Pulse.Cli;

/// <summary>
/// One command's run: the resolved global options, the writers to report on, and the
/// application, opened (and migrated) only when the command first needs it.
/// </summary>
public sealed class CliSession
{
    private PulseApp? app;

    public CliSession(ParseResult parse, GlobalOptions options, TextWriter output, TextWriter error, CliTerminal terminal)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(options);
        var storage = StorageOptions.Resolve(parse.GetValue(options.Data), parse.GetValue(options.Db));
        storage = parse.GetValue(options.Keys) is { Length: > 0 } keys ? storage with { KeyDirectory = keys } : storage;
        Storage = parse.GetValue(options.Index) is { Length: > 0 } index ? storage with { IndexDirectory = index } : storage;
        Json = parse.GetValue(options.Json);
        Verbose = parse.GetValue(options.Verbose);
        Terminal = terminal;
        Out = output;
        Error = error;
        Report = new Reporter(output, Json, terminal);
    }

    public StorageOptions Storage { get; }

    public bool Json { get; }

    public bool Verbose { get; }

    public CliTerminal Terminal { get; }

    /// <summary>Standard input (a reader given by the caller in tests).</summary>
    public TextReader In { get; init; } = Console.In;

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>Writes results as tables for people or JSON for machines.</summary>
    public Reporter Report { get; }

    /// <summary>Progress bars go to standard error, and only when a person watches a terminal.</summary>
    public ProgressDisplay Progress(string title) => new(Error, Terminal.Interactive && !Json, title);

    /// <summary>The use cases over the database, migrated to this build's schema on first use.</summary>
    public async Task<PulseApp> AppAsync(CancellationToken cancellationToken) =>
        app ??= await PulseApp.OpenAsync(Storage, cancellationToken);
}
