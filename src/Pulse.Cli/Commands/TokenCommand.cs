using System.CommandLine;
using System.Globalization;
using Pulse.Cli.Output;
using Spectre.Console;

namespace Pulse.Cli.Commands;

/// <summary>`pulse token create|list|revoke`: bearer tokens with which another system reads one organisation's API.</summary>
public static class TokenCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        return new Command("token", "API tokens per organisation (docs/api.md).") { New(runner), List(runner), Revoke(runner) };
    }

    private static Command New(CommandRunner runner)
    {
        var org = MonitorCommand.OrgOption();
        var name = NameOption();
        var command = new Command("create", "Create a token; prints it once (only its hash is kept).") { org, name };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var created = await app.Access.CreateTokenAsync(parse.GetValue(org)!, parse.GetValue(name)!, cancellationToken);
            session.Report.Write(new { token = created.Token, secret = created.Secret }, console =>
            {
                console.MarkupLine($"Token [bold]{Markup.Escape(created.Token.Name)}[/] for {Markup.Escape(created.Token.Organisation)}:");
                console.WriteLine(created.Secret);
                console.MarkupLine("It is shown only now. Send it as [bold]Authorization: Bearer TOKEN[/].");
            });
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CommandRunner runner)
    {
        var org = MonitorCommand.OrgOption();
        var command = new Command("list", "The organisation's tokens (names and first characters, never the tokens).") { org };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var tokens = await app.Access.TokensAsync(parse.GetValue(org)!, cancellationToken);
            session.Report.Write(new { organisation = parse.GetValue(org), tokens }, console =>
            {
                var table = Reporter.Table("name", "starts with", "created", "last used");
                foreach (var token in tokens)
                {
                    table.AddRow(
                        Reporter.Text(token.Name), Reporter.Text(token.Prefix + "…"), Reporter.Text(token.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                        Reporter.Text(token.LastUsedAt is { } at ? at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "never"));
                }

                console.Write(table);
            });
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Revoke(CommandRunner runner)
    {
        var org = MonitorCommand.OrgOption();
        var name = NameOption();
        var command = new Command("revoke", "Revoke a token: the next call with it gets 401.") { org, name };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            await app.Access.RevokeTokenAsync(parse.GetValue(org)!, parse.GetValue(name)!, cancellationToken);
            session.Report.Write(new { revoked = parse.GetValue(name), organisation = parse.GetValue(org) }, console => console.MarkupLine($"Revoked {Markup.Escape(parse.GetValue(name)!)}."));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Option<string> NameOption() => new("--name") { Description = "The token's name, e.g. the system that uses it.", Required = true, HelpName = "NAME" };
}
