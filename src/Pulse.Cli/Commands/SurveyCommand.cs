using System.CommandLine;
using Pulse.Application.Questionnaire;
using Pulse.Cli.Output;
using Spectre.Console;

namespace Pulse.Cli.Commands;

/// <summary>`pulse survey template|import|invite`: the questionnaire's answer files and its web invitations.</summary>
public static class SurveyCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        return new Command("survey", "Questionnaire answer files and invitations to the web questionnaire.") { Template(runner), Import(runner), Invite(runner) };
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

    private static Command Invite(CommandRunner runner)
    {
        var wave = WaveOption();
        var organisation = new Option<string>("--org") { Description = "The organisation whose respondents are invited.", Required = true, HelpName = "SLUG" };
        var count = new Option<int>("--count") { Description = $"How many invitations (1 to {QuestionnaireService.MaxBatch}); one per respondent.", DefaultValueFactory = _ => 1, HelpName = "N" };
        var baseUrl = new Option<string>("--base-url") { Description = "Where respondents reach Pulse's web app.", DefaultValueFactory = _ => InvitationLinks.DefaultBase, HelpName = "URL" };
        var command = new Command("invite", "Create personal links to the web questionnaire, one per line; only their hashes are kept, so they are shown this once.")
        {
            wave, organisation, count, baseUrl,
        };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var root = parse.GetValue(baseUrl)!;
            // Checked before anything is created, so a bad address leaves no unusable invitations behind.
            InvitationLinks.For(root, "check");
            var app = await session.AppAsync(cancellationToken);
            var batch = await app.Questionnaire.InviteAsync(parse.GetValue(wave)!, parse.GetValue(organisation)!, parse.GetValue(count), cancellationToken);
            var links = batch.Invitations.Select(i => new { number = i.Number, link = InvitationLinks.For(root, i.Token) }).ToList();
            if (session.Json)
            {
                session.Report.Write(new { wave = batch.Wave, organisation = batch.Organisation, links }, _ => { });
                return ExitCodes.Ok;
            }

            // Plain lines, never wrapped or decorated: they are pasted into mails and mail merges.
            foreach (var link in links)
            {
                await session.Out.WriteLineAsync(link.link);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
