using System.CommandLine;
using Pulse.Application.Imports;
using Pulse.Cli.Output;
using Pulse.Storage.Import;
using Spectre.Console;

namespace Pulse.Cli.Commands;

/// <summary>`pulse import SOURCE PATH --org SLUG`: a platform export into one organisation, all or nothing.</summary>
public static class ImportCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        return new Command("import", "Import a platform export into an organisation (one transaction; re-importing changes nothing).")
        {
            Platform(runner, "yammer", "A Yammer / Viva Engage network data export (zip or folder)."),
            Platform(runner, "slack", "A Slack workspace export (zip or folder)."),
            Platform(runner, "teams", "A Microsoft Teams data export folder, or Graph chatMessage JSON."),
            Platform(runner, "mattermost", "A Mattermost bulk export (.jsonl)."),
            Platform(runner, "stackexchange", "A Stack Exchange data dump (folder with Posts.xml, Users.xml)."),
            Mapped(runner, "csv", "Any platform's messages as CSV, through a mapping file (docs/import-mapping.md)."),
            Mapped(runner, "jsonl", "Any platform's messages as JSON lines, through a mapping file (docs/import-mapping.md)."),
        };
    }

    private static Command Platform(CommandRunner runner, string name, string description)
    {
        var path = new Argument<string>("path") { Description = "The export: a zip, a folder or a file." };
        var org = MonitorCommand.OrgOption();
        var pseudonymise = PseudonymiseOption();
        var encoding = EncodingOption();
        var command = new Command(name, description) { path, org, pseudonymise, encoding };
        runner.Bind(command, (session, parse, cancellationToken) =>
            RunAsync(session, new ImportRequest(name, parse.GetValue(path)!, parse.GetValue(org)!, parse.GetValue(pseudonymise), Encoding: parse.GetValue(encoding)), cancellationToken));
        return command;
    }

    private static Command Mapped(CommandRunner runner, string name, string description)
    {
        var path = new Argument<string>("file") { Description = "The file to import." };
        var map = new Option<string>("--map") { Description = "The mapping file (JSON).", Required = true, HelpName = "MAPPING" };
        var org = MonitorCommand.OrgOption();
        var pseudonymise = PseudonymiseOption();
        var encoding = EncodingOption();
        var command = new Command(name, description) { path, map, org, pseudonymise, encoding };
        runner.Bind(command, (session, parse, cancellationToken) =>
            RunAsync(session, new ImportRequest(name, parse.GetValue(path)!, parse.GetValue(org)!, parse.GetValue(pseudonymise), parse.GetValue(map), parse.GetValue(encoding)), cancellationToken));
        return command;
    }

    internal static Option<string?> EncodingOption()
    {
        var option = new Option<string?>("--encoding")
        {
            Description = "Decode text that is not UTF-8 with this encoding (files with a byte order mark are read as it says). Default: strict UTF-8, refusing bad bytes.",
            HelpName = "latin1|windows-1252",
        };
        option.AcceptOnlyFromAmong("utf-8", "latin1", "windows-1252");
        return option;
    }

    internal static Option<bool> PseudonymiseOption() => new("--pseudonymise")
    {
        Description = "Store people under keyed pseudonyms (key in the key folder, outside the database); sticks to the organisation.",
    };

    private static async Task<int> RunAsync(CliSession session, ImportRequest request, CancellationToken cancellationToken)
    {
        var app = await session.AppAsync(cancellationToken);
        var report = await session.Progress($"import {request.Platform}").RunAsync(progress =>
            app.Imports.ImportAsync(request, p => progress(new ProgressUpdate(p.BytesRead, p.BytesTotal, p.Items)), cancellationToken));
        session.Report.Write(report, console => Draw(console, report));
        return ExitCodes.Ok;
    }

    internal static void Draw(IAnsiConsole console, ImportReport report)
    {
        var r = report.Result;
        console.MarkupLine($"Imported [bold]{Markup.Escape(report.Path)}[/] ({Markup.Escape(r.Source)}) into {Markup.Escape(report.Organisation)} in {Formats.Fixed(report.Seconds)} s{(report.Pseudonymised ? ", pseudonymised" : string.Empty)}.");
        var table = Reporter.Table("kind", "read", "new", "updated");
        void Row(string kind, ImportCount count) => table.AddRow(
            Reporter.Text(kind), Reporter.Text(Formats.Number(count.Read)), Reporter.Text(Formats.Number(count.New)), Reporter.Text(Formats.Number(count.Updated)));
        Row("accounts", r.Accounts);
        Row("groups", r.Groups);
        Row("topics", r.Topics);
        Row("messages", r.Messages);
        console.Write(table);
        foreach (var skipped in r.Skipped)
        {
            console.WriteLine($"skipped {Formats.Number(skipped.Count)} {skipped.Kind}: {skipped.Reason}");
        }
    }
}
