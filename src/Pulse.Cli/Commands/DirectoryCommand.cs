using System.CommandLine;
using Pulse.Cli.Output;
using Spectre.Console;

namespace Pulse.Cli.Commands;

/// <summary>`pulse directory import FILE --org SLUG`: the HR directory (target group, managers, departments).</summary>
public static class DirectoryCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var file = new Argument<string>("file") { Description = "CSV with email, department, manager, target_group and optionally location, level, name." };
        var org = MonitorCommand.OrgOption();
        var pseudonymise = ImportCommand.PseudonymiseOption();
        var allowEmpty = new Option<bool>("--allow-empty") { Description = "Accept a file without people, which empties the directory." };
        var encoding = ImportCommand.EncodingOption();
        var import = new Command("import", "Replace the organisation's directory with this file (matched on e-mail).") { file, org, pseudonymise, allowEmpty, encoding };
        runner.Bind(import, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var report = await app.Imports.ImportDirectoryAsync(
                parse.GetValue(file)!, parse.GetValue(org)!, parse.GetValue(pseudonymise), parse.GetValue(allowEmpty), parse.GetValue(encoding), cancellationToken);
            var r = report.Result;
            session.Report.Write(report, console => console.MarkupLine(
                $"Directory of [bold]{Markup.Escape(report.Organisation)}[/]: {Formats.Number(r.Read)} people read, {Formats.Number(r.New)} new, {Formats.Number(r.Updated)} updated, {Formats.Number(r.Removed)} removed, {Formats.Number(r.Unchanged)} unchanged{(report.Pseudonymised ? " (pseudonymised)" : string.Empty)}."));
            return ExitCodes.Ok;
        });
        return new Command("directory", "The organisation's HR directory.") { import };
    }
}
