using System.CommandLine;
using Pulse.Application.Organisations;
using Pulse.Cli.Output;
using Pulse.Storage;
using Spectre.Console;

namespace Pulse.Cli.Commands;

/// <summary>`pulse org add|list|set|consent`: the client organisations (tenants) and their settings.</summary>
public static class OrgCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var org = new Command("org", "Manage organisations (tenants).");
        org.Add(Add(runner));
        org.Add(List(runner));
        org.Add(Set(runner));
        org.Add(Consent(runner));
        return org;
    }

    private static Option<string?> YesNo(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description, HelpName = "yes|no" };
        option.AcceptOnlyFromAmong("yes", "no");
        return option;
    }

    private static bool? YesNo(string? value) => value is null ? null : value == "yes";

    private static Option<string?> SectorOption() => new("--sector")
    {
        Description = "The organisation's sector (e.g. gemeente, zorg, onderwijs): for cuts, and for naming it in a top 10 without its name.",
        HelpName = "SECTOR",
    };

    private static Command Set(CommandRunner runner)
    {
        var slug = new Argument<string>("slug") { Description = "The organisation's slug." };
        var name = new Option<string?>("--name") { Description = "Full name of the organisation." };
        var employees = new Option<int?>("--employees") { Description = "Number of employees." };
        var sector = SectorOption();
        var includePrivate = YesNo("--include-private", "Analyse private conversations and direct messages too (yes), or leave them out of every figure (no, the default).");
        var command = new Command("set", "Change an organisation's settings.") { slug, name, employees, sector, includePrivate };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var changes = new OrganisationChanges(parse.GetValue(name), parse.GetValue(employees), parse.GetValue(sector), IncludePrivate: YesNo(parse.GetValue(includePrivate)));
            if (changes == new OrganisationChanges()) throw new UsageException("Say what to change: --name, --employees, --sector or --include-private.");
            var app = await session.AppAsync(cancellationToken);
            var info = await app.Organisations.SetAsync(parse.GetValue(slug)!, changes, cancellationToken);
            session.Report.Write(info, console =>
            {
                console.MarkupLine($"[bold]{Markup.Escape(info.Name)}[/] ({Markup.Escape(info.Slug)}): {Formats.Number(info.Employees)} employees, sector {Markup.Escape(info.Sector ?? "–")}.");
                console.MarkupLine(info.IncludePrivate
                    ? "Private conversations and direct messages are part of every figure."
                    : "Private conversations and direct messages are left out of every figure.");
            });
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Consent(CommandRunner runner)
    {
        var slug = new Argument<string>("slug") { Description = "The organisation's slug." };
        var named = YesNo("--named", "May the organisation appear by name in a published top 10 (yes), or only as 'an organisation in SECTOR' (no, the default)?");
        named.Required = true;
        var command = new Command("consent", "Record the organisation's consent to be named in published results.") { slug, named };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var info = await app.Organisations.SetAsync(parse.GetValue(slug)!, new OrganisationChanges(NamedConsent: YesNo(parse.GetValue(named))), cancellationToken);
            session.Report.Write(
                new { slug = info.Slug, named = info.NamedConsent },
                console => console.MarkupLine(info.NamedConsent
                    ? $"[bold]{Markup.Escape(info.Name)}[/] may appear by name in a published top 10."
                    : $"[bold]{Markup.Escape(info.Name)}[/] appears in a published top 10 only as an organisation in its sector."));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Add(CommandRunner runner)
    {
        var slug = new Argument<string>("slug") { Description = "Short key: lower-case letters, digits and hyphens (e.g. gemeente-lindeloo)." };
        var name = new Option<string>("--name") { Description = "Full name of the organisation.", Required = true };
        var employees = new Option<int?>("--employees") { Description = "Number of employees." };
        var sector = SectorOption();
        var command = new Command("add", "Add an organisation.") { slug, name, employees, sector };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var row = await app.Organisations.AddAsync(
                parse.GetValue(slug)!, parse.GetValue(name)!, parse.GetValue(employees), parse.GetValue(sector), cancellationToken);
            session.Report.Write(
                new { slug = row.Slug, name = row.Name, employees = row.Employees, sector = row.Sector },
                console => console.MarkupLine($"Added organisation [bold]{Markup.Escape(row.Name)}[/] ({Markup.Escape(row.Slug)})."));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CommandRunner runner)
    {
        var command = new Command("list", "List the organisations with what is stored of each.");
        runner.Bind(command, async (session, _, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var organisations = await app.Organisations.ListAsync(cancellationToken);
            session.Report.Write(new OrganisationListDocument(organisations), console =>
            {
                if (organisations.Count == 0)
                {
                    console.WriteLine("No organisations yet: add one with `pulse org add SLUG --name NAME`, or run `pulse demo`.");
                    return;
                }

                var table = Reporter.Table("slug", "name", "employees", "people", "accounts", "messages");
                foreach (var o in organisations)
                {
                    table.AddRow(
                        Reporter.Text(o.Slug),
                        Reporter.Text(o.Name),
                        Reporter.Text(Formats.Number(o.Employees)),
                        Reporter.Text(Formats.Number(o.People)),
                        Reporter.Text(Formats.Number(o.Accounts)),
                        Reporter.Text(Formats.Number(o.Messages)));
                }

                console.Write(table);
            });
            return ExitCodes.Ok;
        });
        return command;
    }
}
