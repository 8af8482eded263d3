using System.CommandLine;
using Pulse.Cli.Output;
using Spectre.Console;

namespace Pulse.Cli.Commands;

/// <summary>`pulse survey template|import`: the questionnaire's answer files.</summary>
public static class SurveyCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        return new Command("survey", "Questionnaire answer files.") { Template(runner), Import(runner) };
    }

    private static Option<string> WaveOption() => new("--wave") { Description = "The wave.", Required = true, HelpName = "ID" };

    private static Command Template(CommandRunner runner)
    {
        var wave = WaveOption();
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output.", HelpName = "FILE" };
        var command = new Command("template", "Write the answer file's header: organisation, respondent, then one column per item.") { wave, output };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var code = parse.GetValue(wave)!;
            var header = string.Join(',', await app.Waves.TemplateAsync(code, cancellationToken));
            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file, header + "\n", cancellationToken);
                session.Report.Write(new { file, columns = header.Split(',').Length }, console => console.WriteLine($"Wrote the header of wave {code} to {file}."));
            }
            else
            {
                await session.Out.WriteLineAsync(header);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Import(CommandRunner runner)
    {
        var file = new Argument<string>("file") { Description = "The answer file (CSV), or a LimeSurvey / Qualtrics export with --map." };
        var wave = WaveOption();
        var map = new Option<string?>("--map") { Description = "Column mapping for a LimeSurvey or Qualtrics export (docs/survey-import.md).", HelpName = "MAPPING" };
        var create = new Option<bool>("--create-organisations") { Description = "Add organisations the file names that Pulse does not know yet (otherwise such a file is refused)." };
        var command = new Command("import", "Import answers into a wave: the whole file or nothing; the same file again changes nothing.") { file, wave, map, create };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var report = await app.Answers.ImportAsync(parse.GetValue(wave)!, parse.GetValue(file)!, parse.GetValue(map), parse.GetValue(create), cancellationToken);
            var result = report.Result;
            session.Report.Write(report, console => console.MarkupLine(
                $"Wave [bold]{Markup.Escape(report.Wave)}[/]: {Formats.Number(result.Read)} responses read from {Markup.Escape(report.File)}, {Formats.Number(result.New)} new, {Formats.Number(result.Updated)} updated, {Formats.Number(result.Unchanged)} unchanged"
                + (result.OrganisationsCreated.Count > 0 ? $"; {result.OrganisationsCreated.Count} new organisations." : ".")));
            return ExitCodes.Ok;
        });
        return command;
    }
}
