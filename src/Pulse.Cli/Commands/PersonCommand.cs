using System.CommandLine;
using Pulse.Cli.Output;
using Spectre.Console;

namespace Pulse.Cli.Commands;

/// <summary>`pulse person erase EMAIL --org SLUG`: the right to be forgotten, in one command.</summary>
public static class PersonCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var email = new Argument<string>("email") { Description = "The person's e-mail address." };
        var org = MonitorCommand.OrgOption();
        var erase = new Command("erase", "Remove a person's messages, platform accounts and directory entry.") { email, org };
        runner.Bind(erase, async (session, parse, cancellationToken) =>
        {
            var slug = parse.GetValue(org)!;
            var address = parse.GetValue(email)!;
            if (!address.Contains('@', StringComparison.Ordinal)) throw new UsageException($"'{address}' is not an e-mail address.");
            var app = await session.AppAsync(cancellationToken);
            var result = await app.People.EraseByEmailAsync(slug, address, cancellationToken);
            // The address itself is not echoed: it is the personal data being removed.
            session.Report.Write(result, console => console.MarkupLine(result is { Messages: 0, Accounts: 0, DirectoryEntries: 0 }
                ? $"Nothing stored for that address in [bold]{Markup.Escape(slug)}[/]; nothing to erase."
                : $"Erased from [bold]{Markup.Escape(slug)}[/]: {Formats.Number(result.Messages)} messages, {Formats.Number(result.Accounts)} accounts, {Formats.Number(result.DirectoryEntries)} directory entries."));
            return ExitCodes.Ok;
        });
        return new Command("person", "One person's data.") { erase };
    }
}
