using System.CommandLine;

namespace Pulse.Cli.Commands;

/// <summary>`pulse connect`: live connections of an organisation to its platforms (docs/live.md).</summary>
public static class ConnectCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        return new Command("connect", "Connect an organisation to a platform for live messages (docs/live.md).")
        {
            ConnectHooksCommands.Slack(runner),
            ConnectHooksCommands.Graph(runner),
        };
    }
}
