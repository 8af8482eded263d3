using System.CommandLine;
using Pulse.Application.Benchmark;
using Spectre.Console;

namespace Pulse.Cli.Commands;

/// <summary>`pulse report --wave W [--compare W0] [--org SLUG] --out DIR [--lang nl|en]`: the research report, or one organisation's scorecard.</summary>
public static class ReportCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var wave = new Option<string>("--wave") { Description = "The wave to report on.", Required = true, HelpName = "ID" };
        var compare = new Option<string?>("--compare") { Description = "An earlier wave to compare with.", HelpName = "ID" };
        var org = new Option<string?>("--org") { Description = "Write this organisation's scorecard instead of the research report.", HelpName = "SLUG" };
        var output = new Option<string>("--out") { Description = "The folder to write into (created when needed).", Required = true, HelpName = "DIR" };
        var language = new Option<string>("--lang") { Description = "The report's language.", DefaultValueFactory = _ => "nl", HelpName = "nl|en" };
        language.AcceptOnlyFromAmong("nl", "en");
        var noPdf = new Option<bool>("--no-pdf") { Description = "Leave out the PDF (which needs Debian's chromium package)." };
        var command = new Command("report", "Write the research report (report.html, report.pdf, report.xlsx) or, with --org, a scorecard (scorecard-SLUG.html, .pdf).")
        {
            wave, compare, org, output, language, noPdf,
        };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var files = await app.Reports.WriteAsync(
                new ReportRequest(parse.GetValue(wave)!, parse.GetValue(output)!, parse.GetValue(compare), parse.GetValue(language)!, parse.GetValue(org), !parse.GetValue(noPdf)),
                cancellationToken);
            session.Report.Write(files, console =>
            {
                foreach (var file in new[] { files.Html, files.Pdf, files.Workbook }.OfType<string>())
                {
                    console.MarkupLine($"Wrote [bold]{Markup.Escape(file)}[/]");
                }
            });
            return ExitCodes.Ok;
        });
        return command;
    }
}
