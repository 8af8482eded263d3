using System.CommandLine;
using Pulse.Cli.Output;
using Spectre.Console;

namespace Pulse.Cli.Commands;

/// <summary>`pulse theme add|list|remove --org SLUG`: named queries over an organisation's messages (docs/search.md).</summary>
public static class ThemeCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        return new Command("theme", "Themes: named queries such as 'reorganisatie OR \"nieuwe werkplek\" AND NOT test'.") { Add(runner), List(runner), Remove(runner) };
    }

    private static Command Add(CommandRunner runner)
    {
        var name = new Argument<string>("name") { Description = "The theme's name." };
        var query = new Option<string>("--query") { Description = "Words, \"phrases\", AND, OR, NOT and parentheses (docs/search.md).", Required = true, HelpName = "QUERY" };
        var org = MonitorCommand.OrgOption();
        var command = new Command("add", "Add a theme to an organisation.") { name, query, org };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var theme = await app.Themes.AddAsync(parse.GetValue(org)!, parse.GetValue(name)!, parse.GetValue(query)!, cancellationToken);
            session.Report.Write(theme, console => console.MarkupLine($"Added theme [bold]{Markup.Escape(theme.Name)}[/]: {Markup.Escape(theme.Query)}"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CommandRunner runner)
    {
        var org = MonitorCommand.OrgOption();
        var command = new Command("list", "List an organisation's themes.") { org };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var themes = await app.Themes.ListAsync(parse.GetValue(org)!, cancellationToken);
            session.Report.Write(new { themes }, console =>
            {
                var table = Reporter.Table("theme", "query");
                foreach (var theme in themes) table.AddRow(Reporter.Text(theme.Name), Reporter.Text(theme.Query));
                console.Write(table);
            });
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Remove(CommandRunner runner)
    {
        var name = new Argument<string>("name") { Description = "The theme's name." };
        var org = MonitorCommand.OrgOption();
        var command = new Command("remove", "Remove a theme.") { name, org };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            await app.Themes.RemoveAsync(parse.GetValue(org)!, parse.GetValue(name)!, cancellationToken);
            session.Report.Write(new { removed = parse.GetValue(name) }, console => console.MarkupLine($"Removed theme [bold]{Markup.Escape(parse.GetValue(name)!)}[/]."));
            return ExitCodes.Ok;
        });
        return command;
    }
}
