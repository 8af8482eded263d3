namespace Pulse.Cli;

/// <summary>What the process is attached to: progress bars and colours only for a person at a terminal.</summary>
/// <param name="Interactive">Standard error is a terminal, so progress can be drawn there.</param>
/// <param name="Ansi">Colours are wanted on standard output.</param>
public sealed record CliTerminal(bool Interactive, bool Ansi)
{
    /// <summary>Output captured by a test or a pipe: plain text, no progress.</summary>
    public static CliTerminal Plain { get; } = new(false, false);

    public static CliTerminal Detect() => new(
        !Console.IsErrorRedirected,
        !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null);
}
