using System.Text.Json;

namespace Pulse.Cli.Tests;

/// <summary>The outcome of one in-process `pulse` run: exit code and both output streams.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(args, CancellationToken.None);

    /// <summary>A run that stops when cancelled, for commands that would otherwise go on (serve).</summary>
    public static async Task<CliRun> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await PulseCli.RunAsync(args, output, error, CliTerminal.Plain, cancellationToken);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>A run with <paramref name="input"/> as standard input (`pulse sentiment`).</summary>
    public static async Task<CliRun> RunWithInputAsync(string input, params string[] args)
    {
        using var reader = new StringReader(input);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await PulseCli.RunAsync(args, reader, output, error, CliTerminal.Plain, CancellationToken.None);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>The output as JSON lines, one document each.</summary>
    public IReadOnlyList<JsonElement> JsonLines() =>
        Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.Clone();
        }).ToList();

    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Output);
        return document.RootElement.Clone();
    }
}
