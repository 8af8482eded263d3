using System.CommandLine;
using Pulse.Cli.Output;
using Spectre.Console;

namespace Pulse.Cli.Commands;

/// <summary>`pulse connect PLATFORM`: keep an organisation's live connection to a platform (docs/live.md).</summary>
public static class ConnectCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        return new Command("connect", "Connect an organisation to a platform for live ingestion (docs/live.md).")
        {
            ConnectHooksCommands.Slack(runner),
            ConnectHooksCommands.Graph(runner),
            Yammer(runner),
        };
    }

    private static Command Yammer(CommandRunner runner)
    {
        var org = MonitorCommand.OrgOption();
        var token = new Option<string>("--token") { Description = "A Yammer / Viva Engage API token that may read the network's messages.", Required = true, HelpName = "TOKEN" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Where the REST API lives (default https://www.yammer.com/).", HelpName = "URL" };
        var command = new Command("yammer", "Poll Yammer / Viva Engage's REST API: stores the connection after a first poll; `pulse serve` keeps polling.") { org, token, baseUrl };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var report = await app.Yammer.ConnectAsync(parse.GetValue(org)!, parse.GetValue(token)!, parse.GetValue(baseUrl), cancellationToken);
            session.Report.Write(report, console =>
            {
                console.MarkupLine($"Connected {Markup.Escape(report.Organisation)} to Yammer: {Formats.Number(report.Pages)} page(s) in {Formats.Number(report.Requests)} request(s); polling continues from message {Markup.Escape(report.Cursor ?? "(none yet)")} while `pulse serve` runs.");
                if (report.Import is { } import) ImportCommand.Draw(console, import);
            });
            return ExitCodes.Ok;
        });
        return command;
    }
}
