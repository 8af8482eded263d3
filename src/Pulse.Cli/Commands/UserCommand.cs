using System.CommandLine;
using System.Globalization;
using Pulse.Application.Access;
using Pulse.Cli.Output;
using Spectre.Console;

namespace Pulse.Cli.Commands;

/// <summary>`pulse user add|list|remove`: who may sign in to the dashboard, and what they see (docs/access.md).</summary>
public static class UserCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        return new Command("user", "People who sign in to the dashboard: administrators and analysts.") { Add(runner), List(runner), Reset(runner), Remove(runner) };
    }

    private static Command Add(CommandRunner runner)
    {
        var email = new Argument<string>("email") { Description = "The user's e-mail address: their sign-in name." };
        var role = new Option<string>("--role") { Description = "admin (every organisation) or analyst (the organisations given with --org).", Required = true, HelpName = "ROLE" };
        var org = new Option<string[]>("--org") { Description = "An organisation the analyst may see; repeat for more.", HelpName = "SLUG", AllowMultipleArgumentsPerToken = false };
        var command = new Command("add", "Add a user; prints a one-time password, to be changed at the first sign-in.") { email, role, org };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var added = await app.Access.AddUserAsync(parse.GetValue(email)!, parse.GetValue(role)!, parse.GetValue(org) ?? [], cancellationToken);
            session.Report.Write(new { user = added.User, oneTimePassword = added.OneTimePassword }, console =>
            {
                console.MarkupLine($"Added {Markup.Escape(added.User.Role)} [bold]{Markup.Escape(added.User.Email)}[/]{Scope(added.User)}.");
                console.MarkupLine($"One-time password: [bold]{Markup.Escape(added.OneTimePassword)}[/]");
                console.MarkupLine("It is shown only now; the first sign-in asks for a new password.");
            });
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CommandRunner runner)
    {
        var command = new Command("list", "The users, their role and organisations.");
        runner.Bind(command, async (session, _, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var users = await app.Access.UsersAsync(cancellationToken);
            session.Report.Write(new { users }, console =>
            {
                var table = Reporter.Table("e-mail", "role", "organisations", "last sign-in", "state");
                foreach (var user in users)
                {
                    table.AddRow(
                        Reporter.Text(user.Email), Reporter.Text(user.Role), Reporter.Text(user.Role == Roles.Admin ? "all" : string.Join(", ", user.Organisations)),
                        Reporter.Text(user.LastSignInAt is { } at ? at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "never"),
                        Reporter.Text(State(user)));
                }

                console.Write(table);
            });
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Reset(CommandRunner runner)
    {
        var email = new Argument<string>("email") { Description = "The user's e-mail address." };
        var command = new Command("reset", "Give a user a new one-time password (ends their sessions, lifts a lock).") { email };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var reset = await app.Access.ResetPasswordAsync(parse.GetValue(email)!, cancellationToken: cancellationToken);
            session.Report.Write(new { user = reset.User, oneTimePassword = reset.OneTimePassword }, console =>
            {
                console.MarkupLine($"One-time password for [bold]{Markup.Escape(reset.User.Email)}[/]: [bold]{Markup.Escape(reset.OneTimePassword)}[/]");
                console.MarkupLine("It is shown only now; the next sign-in asks for a new password.");
            });
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Remove(CommandRunner runner)
    {
        var email = new Argument<string>("email") { Description = "The user's e-mail address." };
        var command = new Command("remove", "Remove a user; their sessions end at their next request.") { email };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var address = parse.GetValue(email)!;
            await app.Access.RemoveUserAsync(address, cancellationToken);
            session.Report.Write(new { removed = AccessService.NormaliseEmail(address) }, console => console.MarkupLine($"Removed {Markup.Escape(AccessService.NormaliseEmail(address))}."));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Scope(UserSummary user) =>
        user.Role == Roles.Admin ? " (every organisation)" : $" ({Markup.Escape(string.Join(", ", user.Organisations))})";

    private static string State(UserSummary user) =>
        user.LockedUntil is { } until && until > DateTimeOffset.UtcNow ? $"locked until {until:HH:mm} UTC"
        : user.MustChangePassword ? "must choose a password"
        : "active";
}
