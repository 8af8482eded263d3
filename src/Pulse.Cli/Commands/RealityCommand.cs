using System.CommandLine;
using System.Globalization;
using Pulse.Application.Reality;
using Pulse.Cli.Output;
using Spectre.Console;

namespace Pulse.Cli.Commands;

/// <summary>
/// `pulse monitor reality --wave ID [--org SLUG] [--to DATE]`: the questionnaire's claims next to what
/// the messages measure, for one organisation or, without --org, counted over the wave.
/// </summary>
public static class RealityCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var org = new Option<string?>("--org") { Description = "The organisation's slug; without it, the count over every organisation of the wave that has messages.", HelpName = "SLUG" };
        var wave = new Option<string>("--wave") { Description = "The wave whose answers are checked.", HelpName = "ID", Required = true };
        var to = DateOption.Create("--to", $"End of the matching period (exclusive). Default: the day after the wave's date; the period is the {RealityQuery.PeriodDays} days before it.");
        var command = new Command("reality", "What the questionnaire claims next to what the messages measure: claimed, measured, gap and verdict.") { org, wave, to };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            if (parse.GetValue(org) is { } slug)
            {
                var view = await app.Reality.RunAsync(slug, parse.GetValue(wave)!, parse.GetValue(to), cancellationToken);
                session.Report.Write(
                    RealityDocument.Of(view),
                    console => Draw(console, view));
            }
            else
            {
                var summary = await app.Reality.SummaryAsync(parse.GetValue(wave)!, parse.GetValue(to), cancellationToken);
                session.Report.Write(
                    RealitySummaryDocument.Of(summary),
                    console => Draw(console, summary));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Draw(IAnsiConsole console, RealityView view)
    {
        console.MarkupLine(
            $"[bold]{Markup.Escape(view.OrganisationName)}[/] — wave {Markup.Escape(view.Wave)}, messages {view.Period.From:yyyy-MM-dd} to {view.Period.To:yyyy-MM-dd} (end exclusive): " +
            $"{Formats.Number(view.Messages)} messages, {Formats.Number(view.Respondents)} respondent(s)");
        var table = Reporter.Table("claim", "claimed", "measured", "gap", "verdict");
        foreach (var line in view.Lines)
        {
            table.AddRow(
                Reporter.Text(line.Name.En),
                Reporter.Text(line.ClaimedText?.En ?? "–"),
                Reporter.Text(line.Measured is { } m ? $"{RealityWording.Percent(m)} ({Formats.Number(line.MeasuredCount)} of {Formats.Number(line.MeasuredOf)})" : "–"),
                Reporter.Text(line.Gap is { } g ? Points(g) : "–"),
                Reporter.Text(line.Sentence.En));
        }

        console.Write(table);
    }

    private static void Draw(IAnsiConsole console, RealitySummary summary)
    {
        console.MarkupLine(
            $"Wave {Markup.Escape(summary.Wave)}, messages {summary.Period.From:yyyy-MM-dd} to {summary.Period.To:yyyy-MM-dd}: " +
            $"{summary.WithMessages} of {summary.Organisations} organisations have messages in the period; " +
            $"{summary.ClaimAbove} of {summary.Judged} claims are above what the messages show ({Formats.Percent(summary.ClaimAboveShare)}).");
        var table = Reporter.Table("claim", "far above", "above", "matches", "below", "far below", "cannot say");
        foreach (var c in summary.Claims)
        {
            table.AddRow(
                Reporter.Text(c.Name.En), Reporter.Text(Formats.Number(c.FarAbove)), Reporter.Text(Formats.Number(c.Above)), Reporter.Text(Formats.Number(c.Matches)),
                Reporter.Text(Formats.Number(c.Below)), Reporter.Text(Formats.Number(c.FarBelow)), Reporter.Text(Formats.Number(c.CannotSay)));
        }

        console.Write(table);
    }

    private static string Points(double gap) => (gap > 0 ? "+" : string.Empty) + gap.ToString("0", CultureInfo.InvariantCulture) + " pt";
}
