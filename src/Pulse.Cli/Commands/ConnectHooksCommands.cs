using System.CommandLine;
using Spectre.Console;

namespace Pulse.Cli.Commands;

/// <summary>`pulse connect slack|graph`: what the pushed events of an organisation are verified with (docs/live.md).</summary>
public static class ConnectHooksCommands
{
    public static Command Slack(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var org = MonitorCommand.OrgOption();
        var secret = new Option<string>("--signing-secret") { Description = "The Slack app's signing secret (Basic Information page).", Required = true, HelpName = "S" };
        var command = new Command("slack", "Accept Slack Events API events at /hooks/slack/SLUG, signed with this secret.") { org, secret };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var slug = parse.GetValue(org)!;
            await app.Connections.ConnectSlackAsync(slug, parse.GetValue(secret)!, cancellationToken);
            session.Report.Write(new { organisation = slug, platform = "slack", hook = $"/hooks/slack/{slug}" }, console =>
                console.MarkupLine($"Slack connected for {Markup.Escape(slug)}: set the app's Request URL to [bold]https://YOUR-HOST/hooks/slack/{Markup.Escape(slug)}[/]."));
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Graph(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var org = MonitorCommand.OrgOption();
        var state = new Option<string>("--client-state") { Description = "The clientState the Graph subscription is (or will be) created with.", Required = true, HelpName = "S" };
        var command = new Command("graph", "Accept Microsoft Graph change notifications (Teams channel messages) at /hooks/graph/SLUG.") { org, state };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var slug = parse.GetValue(org)!;
            await app.Connections.ConnectGraphAsync(slug, parse.GetValue(state)!, cancellationToken);
            session.Report.Write(new { organisation = slug, platform = "graph", hook = $"/hooks/graph/{slug}" }, console =>
                console.MarkupLine($"Microsoft Graph connected for {Markup.Escape(slug)}: create the subscription with notificationUrl [bold]https://YOUR-HOST/hooks/graph/{Markup.Escape(slug)}[/] and this clientState."));
            return ExitCodes.Ok;
        });
        return command;
    }
}
