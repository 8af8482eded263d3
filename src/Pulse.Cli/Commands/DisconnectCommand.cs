using System.CommandLine;
using Pulse.Application.Live;
using Spectre.Console;

namespace Pulse.Cli.Commands;

/// <summary>`pulse disconnect slack|graph|yammer`: remove an organisation's live connection to a platform (docs/live.md).</summary>
public static class DisconnectCommand
{
    /// <summary>What stays, said by every disconnect: removing a connection is not erasing what it brought in.</summary>
    private const string MessagesStay = "Messages already imported stay; `pulse person erase` removes a person's.";

    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        return new Command("disconnect", "Remove an organisation's live connection to a platform; messages already imported stay (docs/live.md).")
        {
            Platform(runner, "slack", "Stop accepting Slack events at /hooks/slack/SLUG (404 within two seconds).", force: false),
            Platform(runner, "graph", "Delete the Graph subscription Pulse manages, then stop accepting notifications at /hooks/graph/SLUG.", force: true),
            Platform(runner, "yammer", "Stop polling Yammer / Viva Engage for the organisation.", force: false),
        };
    }

    private static Command Platform(CommandRunner runner, string platform, string description, bool force)
    {
        var org = MonitorCommand.OrgOption();
        var command = new Command(platform, description) { org };
        var forced = new Option<bool>("--force") { Description = "Remove the connection even when Graph does not delete the subscription (it then expires by itself within three days)." };
        if (force) command.Add(forced);
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var removed = await app.Connections.DisconnectAsync(parse.GetValue(org)!, platform, force && parse.GetValue(forced), cancellationToken);
            session.Report.Write(
                new
                {
                    organisation = removed.Organisation,
                    platform = removed.Platform,
                    subscriptionId = removed.SubscriptionId,
                    subscriptionDeleted = removed.SubscriptionDeleted,
                    subscriptionError = removed.SubscriptionError,
                    messagesKept = true,
                },
                console => Draw(console, removed));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Draw(IAnsiConsole console, Disconnection removed)
    {
        var slug = Markup.Escape(removed.Organisation);
        console.MarkupLine(removed.Platform switch
        {
            LivePlatforms.Slack => $"Slack disconnected for {slug}: /hooks/slack/{slug} answers 404 within two seconds. Remove the Request URL from the Slack app too.",
            LivePlatforms.Graph => $"Microsoft Graph disconnected for {slug}: /hooks/graph/{slug} answers 404 within two seconds.",
            _ => $"Yammer disconnected for {slug}: `pulse serve` no longer polls it.",
        });
        if (removed.SubscriptionId is { } id)
        {
            console.MarkupLine(removed.SubscriptionDeleted
                ? $"Graph subscription {Markup.Escape(id)} deleted."
                : $"[yellow]Graph subscription {Markup.Escape(id)} was not deleted[/] ({Markup.Escape(removed.SubscriptionError ?? string.Empty)}); it expires by itself within three days.");
        }

        console.MarkupLine(Markup.Escape(MessagesStay));
    }
}
