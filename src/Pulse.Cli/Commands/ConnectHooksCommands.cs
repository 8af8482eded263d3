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
        var certificate = new Option<string?>("--certificate") { Description = "A PFX or PEM file with the certificate and its private key, for encrypted rich notifications (includeResourceData). The key is kept sealed in the database.", HelpName = "PATH" };
        var password = new Option<string?>("--certificate-password") { Description = "The password of the --certificate file, if it has one.", HelpName = "P" };
        var certificateId = new Option<string?>("--certificate-id") { Description = "The encryptionCertificateId the subscription is created with (default: the certificate's thumbprint).", HelpName = "ID" };
        var tenant = new Option<string?>("--tenant") { Description = "The Microsoft Entra tenant (id or domain) of the app that fetches basic notifications' messages.", HelpName = "T" };
        var clientId = new Option<string?>("--client-id") { Description = "The app registration's application (client) id.", HelpName = "C" };
        var clientSecret = new Option<string?>("--client-secret") { Description = "The app registration's client secret (kept sealed in the database).", HelpName = "S" };
        var authority = new Option<string?>("--authority-url") { Description = "The token endpoint's host, for a national cloud (default https://login.microsoftonline.com/).", HelpName = "URL" };
        var graph = new Option<string?>("--graph-url") { Description = "Graph's address, for a national cloud (default https://graph.microsoft.com/).", HelpName = "URL" };
        var subscribe = new Option<bool>("--subscribe") { Description = "Create the Graph subscription too (with the app credentials); pulse serve renews it before it expires." };
        var resource = new Option<string?>("--resource") { Description = "With --subscribe: what to watch, teams/getAllMessages, chats/getAllMessages, teams/TEAM-ID/channels/CHANNEL-ID/messages or chats/CHAT-ID/messages.", HelpName = "RESOURCE" };
        var notificationUrl = new Option<string?>("--notification-url") { Description = "With --subscribe: the hook's public address, https://YOUR-HOST/hooks/graph/SLUG (Graph calls it while the subscription is created).", HelpName = "URL" };
        var command = new Command("graph", "Accept Microsoft Graph change notifications (Teams channel messages) at /hooks/graph/SLUG; decrypt rich ones with --certificate, fetch basic ones with --tenant/--client-id/--client-secret; --subscribe creates the subscription and pulse serve keeps it alive.")
        {
            org, state, certificate, password, certificateId, tenant, clientId, clientSecret, authority, graph, subscribe, resource, notificationUrl,
        };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var slug = parse.GetValue(org)!;
            var connection = await app.Connections.ConnectGraphAsync(slug, new Pulse.Application.Live.GraphConnectRequest(
                parse.GetValue(state)!,
                parse.GetValue(certificate),
                parse.GetValue(password),
                parse.GetValue(certificateId),
                parse.GetValue(tenant),
                parse.GetValue(clientId),
                parse.GetValue(clientSecret),
                parse.GetValue(authority),
                parse.GetValue(graph))
            {
                Subscribe = parse.GetValue(subscribe),
                Resource = parse.GetValue(resource),
                NotificationUrl = parse.GetValue(notificationUrl),
            }, cancellationToken);
            session.Report.Write(
                new
                {
                    organisation = slug,
                    platform = "graph",
                    hook = $"/hooks/graph/{slug}",
                    encryptionCertificateId = connection.EncryptionCertificateId,
                    encryptionCertificate = connection.EncryptionCertificate,
                    fetchesBasicNotifications = connection.Fetches,
                    subscriptionId = connection.SubscriptionId,
                    subscriptionExpirationDateTime = connection.SubscriptionExpirationDateTime,
                },
                console =>
                {
                    if (connection.SubscriptionId is { } subscriptionId)
                    {
                        console.MarkupLine($"Microsoft Graph connected for {Markup.Escape(slug)}: subscription [bold]{Markup.Escape(subscriptionId)}[/] created, until {connection.SubscriptionExpirationDateTime:u}; pulse serve renews it.");
                        return;
                    }

                    console.MarkupLine($"Microsoft Graph connected for {Markup.Escape(slug)}: create the subscription with notificationUrl [bold]https://YOUR-HOST/hooks/graph/{Markup.Escape(slug)}[/] and this clientState (or connect again with --subscribe).");
                    if (connection.EncryptionCertificate is { } cert)
                    {
                        console.MarkupLine($"For rich notifications set includeResourceData true, encryptionCertificateId [bold]{Markup.Escape(connection.EncryptionCertificateId!)}[/] and encryptionCertificate:");
                        console.WriteLine(cert);
                    }

                    if (connection.Fetches) console.MarkupLine("The app's credentials were accepted: basic notifications' messages are fetched from Graph.");
                });
            return ExitCodes.Ok;
        });
        return command;
    }
}
