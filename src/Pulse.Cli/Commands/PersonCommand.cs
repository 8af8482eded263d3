using System.CommandLine;
using Pulse.Cli.Output;
using Spectre.Console;

namespace Pulse.Cli.Commands;

/// <summary>`pulse person erase (EMAIL | --account ID [--source PLATFORM]) --org SLUG`: the right to be forgotten, in one command.</summary>
public static class PersonCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var email = new Argument<string?>("email") { Description = "The person's e-mail address.", Arity = ArgumentArity.ZeroOrOne };
        var account = new Option<string?>("--account") { Description = "The platform's user id, for people without an e-mail address (e.g. a Slack member id).", HelpName = "PLATFORM_USER_ID" };
        var source = new Option<string?>("--source") { Description = "The platform of --account (yammer, slack, teams, mattermost, …), when the id exists on more than one.", HelpName = "PLATFORM" };
        var org = MonitorCommand.OrgOption();
        var erase = new Command("erase", "Remove a person's messages, platform accounts, directory entry and name in others' messages; nothing stays recoverable.") { email, account, source, org };
        runner.Bind(erase, async (session, parse, cancellationToken) =>
        {
            var slug = parse.GetValue(org)!;
            var address = parse.GetValue(email);
            var id = parse.GetValue(account);
            if ((address is null) == (id is null)) throw new UsageException("Give either an e-mail address or --account PLATFORM_USER_ID.");
            if (parse.GetValue(source) is not null && id is null) throw new UsageException("--source goes with --account.");
            var app = await session.AppAsync(cancellationToken);
            var result = address is not null
                ? await app.People.EraseByEmailAsync(slug, address, cancellationToken)
                : await app.People.EraseByAccountAsync(slug, id!, parse.GetValue(source), cancellationToken);
            // Who was erased is not echoed: it is the personal data being removed.
            session.Report.Write(result, console => console.MarkupLine(result is { Messages: 0, Accounts: 0, DirectoryEntries: 0 }
                ? $"Nothing stored for that person in [bold]{Markup.Escape(slug)}[/]; nothing to erase."
                : $"Erased from [bold]{Markup.Escape(slug)}[/]: {Formats.Number(result.Messages)} messages, {Formats.Number(result.Accounts)} accounts, {Formats.Number(result.DirectoryEntries)} directory entries; their name replaced in {Formats.Number(result.Mentions)} other messages."));
            return ExitCodes.Ok;
        });
        return new Command("person", "One person's data.") { erase };
    }
}
