using System.CommandLine;
using Pulse.Cli.Output;
using Pulse.Application.Benchmark;
using Spectre.Console;

namespace Pulse.Cli.Commands;

/// <summary>`pulse score --wave W`: maturity index, stage and scores per organisation.</summary>
public static class ScoreCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var wave = new Option<string>("--wave") { Description = "The wave to score.", Required = true, HelpName = "ID" };
        var command = new Command("score", "Score every organisation of a wave (maturity-model.md).") { wave };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var view = await app.Scoring.ScoreAsync(parse.GetValue(wave)!, cancellationToken);
            session.Report.Write(ScoreDocument.From(view), console => Draw(console, view));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Draw(IAnsiConsole console, WaveScoreView view)
    {
        var preconditions = view.Model.Preconditions.Select(p => p.Id).ToList();
        var table = Reporter.Table(["organisation", "respondents", "index", "stage", .. preconditions]);
        foreach (var o in view.Scores.Organisations)
        {
            var stage = o.Stage is null ? (o.HasCommunity ? "incomplete" : "no community") : $"{o.Stage.Number} {o.Stage.Name.En}";
            table.AddRow([
                Reporter.Text(o.Organisation),
                Reporter.Text(Formats.Number(o.Respondents)),
                Reporter.Text(Formats.Fixed(o.Index)),
                Reporter.Text(stage),
                .. preconditions.Select(p => Reporter.Text(Formats.Fixed(o.Preconditions[p]))),
            ]);
        }

        console.MarkupLine($"Wave [bold]{Markup.Escape(view.Wave.Code)}[/], model {Markup.Escape(view.Model.Version)}: {view.Scores.Organisations.Count(o => o.Complete)} of {view.Scores.Organisations.Count} organisations scored.");
        console.Write(table);
        var reliability = Reporter.Table("construct", "Cronbach's alpha");
        foreach (var (construct, alpha) in view.Scores.Reliability)
        {
            reliability.AddRow(Reporter.Text(construct), Reporter.Text(Formats.Fixed(alpha, 2)));
        }

        console.Write(reliability);
    }
}
