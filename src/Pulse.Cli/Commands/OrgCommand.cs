using System.CommandLine;
using Pulse.Cli.Output;
using Spectre.Console;

namespace Pulse.Cli.Commands;

/// <summary>`pulse org add|list`: the client organisations (tenants).</summary>
public static class OrgCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var org = new Command("org", "Manage organisations (tenants).");
        org.Add(Add(runner));
        org.Add(List(runner));
        org.Add(Set(runner));
        return org;
    }

    private static Command Set(CommandRunner runner)
    {
        var slug = new Argument<string>("slug") { Description = "The organisation's slug." };
        var includePrivate = new Option<string>("--include-private")
        {
            Description = "Analyse private conversations and direct messages too (yes), or leave them out of every figure (no, the default).",
            Required = true,
            HelpName = "yes|no",
        };
        includePrivate.AcceptOnlyFromAmong("yes", "no");
        var command = new Command("set", "Change an organisation's settings.") { slug, includePrivate };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var info = await app.Organisations.SetIncludePrivateAsync(parse.GetValue(slug)!, parse.GetValue(includePrivate) == "yes", cancellationToken);
            session.Report.Write(
                new { slug = info.Slug, includePrivate = info.IncludePrivate },
                console => console.MarkupLine(info.IncludePrivate
                    ? $"[bold]{Markup.Escape(info.Name)}[/]: private conversations and direct messages are now part of every figure."
                    : $"[bold]{Markup.Escape(info.Name)}[/]: private conversations and direct messages are left out of every figure."));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Add(CommandRunner runner)
    {
        var slug = new Argument<string>("slug") { Description = "Short key: lower-case letters, digits and hyphens (e.g. gemeente-lindeloo)." };
        var name = new Option<string>("--name") { Description = "Full name of the organisation.", Required = true };
        var employees = new Option<int?>("--employees") { Description = "Number of employees." };
        var command = new Command("add", "Add an organisation.") { slug, name, employees };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var row = await app.Organisations.AddAsync(
                parse.GetValue(slug)!, parse.GetValue(name)!, parse.GetValue(employees), cancellationToken);
            session.Report.Write(
                new { slug = row.Slug, name = row.Name, employees = row.Employees },
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
            session.Report.Write(new { organisations }, console =>
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
