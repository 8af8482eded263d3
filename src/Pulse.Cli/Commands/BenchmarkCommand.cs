using System.CommandLine;
using Pulse.Application.Benchmark;
using Pulse.Cli.Output;
using Spectre.Console;

namespace Pulse.Cli.Commands;

/// <summary>`pulse benchmark --wave W [--compare W0]`: the study's statistics of a wave (maturity-model.md, "Statistics").</summary>
public static class BenchmarkCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var wave = new Option<string>("--wave") { Description = "The wave to benchmark.", Required = true, HelpName = "ID" };
        var compare = new Option<string?>("--compare") { Description = "An earlier wave to compare with (two-proportion and Welch tests).", HelpName = "ID" };
        var command = new Command("benchmark", "Distributions, indicators with 95 % intervals, ranking, drivers and the comparison with an earlier wave.") { wave, compare };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var view = await app.Benchmarks.RunAsync(parse.GetValue(wave)!, parse.GetValue(compare), cancellationToken);
            session.Report.Write(BenchmarkDocument.From(view), console => Draw(console, view));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Draw(IAnsiConsole console, BenchmarkView view)
    {
        var b = view.Benchmark;
        console.MarkupLine($"Wave [bold]{Markup.Escape(view.Wave.Code)}[/], model {Markup.Escape(view.Model.Version)}: {Formats.Number(b.Organisations)} organisations, {Formats.Number(b.Scored)} scored, {Formats.Number(b.WithoutCommunity)} without a community, {Formats.Number(b.Incomplete.Count)} incomplete.");
        var distribution = Reporter.Table("score", "n", "mean", "median", "q1", "q3", "min", "max");
        foreach (var (id, d) in b.Distributions)
        {
            distribution.AddRow(
                Reporter.Text(id), Reporter.Text(Formats.Number(d?.N)), Reporter.Text(Formats.Fixed(d?.Mean)), Reporter.Text(Formats.Fixed(d?.Median)),
                Reporter.Text(Formats.Fixed(d?.Q1)), Reporter.Text(Formats.Fixed(d?.Q3)), Reporter.Text(Formats.Fixed(d?.Min)), Reporter.Text(Formats.Fixed(d?.Max)));
        }

        console.Write(distribution);
        var indicators = Reporter.Table("indicator", "x", "n", "share", "95 % CI");
        foreach (var i in b.Indicators)
        {
            indicators.AddRow(
                Reporter.Text(i.Name.En), Reporter.Text(Formats.Number(i.X)), Reporter.Text(Formats.Number(i.N)), Reporter.Text(Formats.Percent(i.Share)),
                Reporter.Text(i.Lower is null ? "–" : $"{Formats.Percent(i.Lower)} – {Formats.Percent(i.Upper)}"));
        }

        console.Write(indicators);
        var top = Reporter.Table("rank", "organisation", "index");
        foreach (var r in b.Ranking.TakeWhile(r => r.Rank <= 10))
        {
            top.AddRow(Reporter.Text(Formats.Number(r.Rank)), Reporter.Text(view.Names.GetValueOrDefault(r.Organisation) ?? r.Organisation), Reporter.Text(Formats.Fixed(r.Index)));
        }

        console.MarkupLine("[bold]Top 10[/]");
        console.Write(top);
        if (view.Comparison is { } c && view.CompareWave is { } w)
        {
            var changes = Reporter.Table("compared with " + w.Code, "this wave", "then", "p");
            foreach (var s in c.Scores.Where(s => s.Id == "index" || view.Model.Preconditions.Any(p => p.Id == s.Id)))
            {
                changes.AddRow(Reporter.Text(s.Id), Reporter.Text($"{Formats.Fixed(s.Mean1)} (n {s.N1})"), Reporter.Text($"{Formats.Fixed(s.Mean2)} (n {s.N2})"), Reporter.Text(Formats.Fixed(s.P, 3)));
            }

            foreach (var i in c.Indicators)
            {
                changes.AddRow(Reporter.Text(i.Id), Reporter.Text($"{i.X1} of {i.N1}"), Reporter.Text($"{i.X2} of {i.N2}"), Reporter.Text(Formats.Fixed(i.P, 3)));
            }

            console.Write(changes);
            if (c.NotComparable.Count > 0) console.WriteLine($"Not comparable (ids differ between the models): {string.Join(", ", c.NotComparable)}");
        }

        if (view.Drivers is { } drivers)
        {
            console.MarkupLine($"[bold]Drivers of active_share[/] (OLS, n = {drivers.N}, R² = {Formats.Fixed(drivers.R2, 3)})");
            var terms = Reporter.Table("term", "estimate", "se", "p", "r");
            foreach (var t in drivers.Coefficients)
            {
                var r = drivers.Correlations.FirstOrDefault(x => x.Term == t.Term);
                terms.AddRow(Reporter.Text(t.Term), Reporter.Text(Formats.Fixed(t.Estimate, 4)), Reporter.Text(Formats.Fixed(t.StandardError, 4)), Reporter.Text(Formats.Fixed(t.P, 3)), Reporter.Text(Formats.Fixed(r?.R, 3)));
            }

            console.Write(terms);
        }
        else if (view.DriversRefused is { } why)
        {
            console.WriteLine("Drivers: " + why);
        }

        foreach (var finding in view.Findings) console.WriteLine("• " + finding.Text.En);
    }
}
