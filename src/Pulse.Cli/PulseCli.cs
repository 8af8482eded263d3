using System.CommandLine;
using Pulse.Cli.Commands;
using Pulse.Maturity.Model;
using Pulse.Maturity.Survey;
using Pulse.Monitoring.Import;
using Pulse.Storage;

namespace Pulse.Cli;

/// <summary>
/// The `pulse` command: builds the command tree, runs one command, and turns every outcome into
/// the promised exit code — 0 ok, 1 failed, 2 wrong usage — with errors as one sentence on
/// standard error (the stack trace only with <c>--verbose</c>).
/// </summary>
public static class PulseCli
{
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CliTerminal terminal, CancellationToken cancellationToken = default) =>
        RunAsync(args, Console.In, output, error, terminal, cancellationToken);

    /// <summary>A run that reads standard input from <paramref name="input"/> (`pulse sentiment`), e.g. in tests.</summary>
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CliTerminal terminal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        var globals = new GlobalOptions();
        var root = BuildRoot(globals, input, output, error, terminal);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && !AsksForHelp(args))
        {
            foreach (var problem in parse.Errors)
            {
                await error.WriteLineAsync($"pulse: {problem.Message}");
            }

            await error.WriteLineAsync($"Run '{CommandPath(parse)} --help' for usage.");
            return ExitCodes.Usage;
        }

        return await parse.InvokeAsync(
            new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false },
            cancellationToken);
    }

    internal static RootCommand BuildRoot(GlobalOptions globals, TextReader input, TextWriter output, TextWriter error, CliTerminal terminal)
    {
        var root = new RootCommand(
            "Pulse: the maturity of internal social media, and what goes on in its communities.\n" +
            "Exit codes: 0 ok, 1 failed, 2 wrong usage. Data: --data DIR (SQLite, default ./pulse-data) or --db / PULSE_DB (PostgreSQL).");
        globals.AddTo(root);
        var runner = new CommandRunner(globals, output, error, terminal) { Input = input };
        root.Add(DemoCommand.Create(runner));
        root.Add(ServeCommand.Create(runner));
        root.Add(OrgCommand.Create(runner));
        root.Add(UserCommand.Create(runner));
        root.Add(TokenCommand.Create(runner));
        root.Add(ConnectCommand.Create(runner));
        root.Add(DisconnectCommand.Create(runner));
        root.Add(ModelCommand.Create(runner));
        root.Add(WaveCommand.Create(runner));
        root.Add(SurveyCommand.Create(runner));
        root.Add(ScoreCommand.Create(runner));
        root.Add(BenchmarkCommand.Create(runner));
        root.Add(ReportCommand.Create(runner));
        root.Add(ImportCommand.Create(runner));
        root.Add(DirectoryCommand.Create(runner));
        root.Add(PersonCommand.Create(runner));
        root.Add(MonitorCommand.Create(runner));
        root.Add(ThemeCommand.Create(runner));
        root.Add(AlertCommand.Create(runner));
        root.Add(AlertCommand.List(runner));
        root.Add(SearchCommand.Create(runner));
        root.Add(SearchCommand.Index(runner));
        root.Add(ExpertsCommand.Create(runner));
        root.Add(BenchCommand.Create(runner));
        root.Add(SentimentCommand.Create(runner));
        return root;
    }

    private static bool AsksForHelp(string[] args) => args.Any(a => a is "--help" or "-h" or "-?");

    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(result.Command.Name);
        }

        names.Reverse();
        names[0] = "pulse";
        return string.Join(' ', names);
    }
}

/// <summary>
/// Runs a command's body inside a <see cref="CliSession"/> and maps failures to exit codes; every
/// command goes through here, so error handling is written once.
/// </summary>
public sealed class CommandRunner(GlobalOptions globals, TextWriter output, TextWriter error, CliTerminal terminal)
{
    /// <summary>Standard input, for commands that read it (`pulse sentiment`).</summary>
    public TextReader Input { get; init; } = Console.In;

    public void Bind(Command command, Func<CliSession, ParseResult, CancellationToken, Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.SetAction((parse, cancellationToken) => RunAsync(parse, body, cancellationToken));
    }

    private async Task<int> RunAsync(ParseResult parse, Func<CliSession, ParseResult, CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        CliSession? session = null;
        try
        {
            session = new CliSession(parse, globals, output, error, terminal) { In = Input };
            return await body(session, parse, cancellationToken);
        }
        catch (Exception e) when (e is UsageException or PulseUsageException)
        {
            await error.WriteLineAsync($"pulse: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is PulseException or ImportException or SurveyMappingException or ModelValidationException)
        {
            await error.WriteLineAsync($"pulse: {e.Message}");
            if (session?.Verbose == true) await error.WriteLineAsync(e.ToString());
            return ExitCodes.Failed;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("pulse: cancelled; nothing was changed by the unfinished step.");
            return ExitCodes.Failed;
        }
#pragma warning disable CA1031 // The last line of defence: any failure becomes one sentence and exit code 1.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var sentence = Pulse.Application.PulseApp.Explain(e, session?.Storage) ?? $"failed: {FirstLine(e.GetBaseException().Message)}";
            await error.WriteLineAsync($"pulse: {sentence}");
            if (session?.Verbose == true) await error.WriteLineAsync(e.ToString());
            return ExitCodes.Failed;
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
