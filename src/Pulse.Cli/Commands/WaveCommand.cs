using System.CommandLine;
using Pulse.Application.Benchmark;
using Pulse.Cli.Output;
using Pulse.Maturity.Model;
using Spectre.Console;

namespace Pulse.Cli.Commands;

/// <summary>`pulse wave create|list`: rounds of the benchmark study.</summary>
public static class WaveCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        return new Command("wave", "Rounds of the benchmark study (e.g. 2026).") { CreateWave(runner), List(runner) };
    }

    private static Command CreateWave(CommandRunner runner)
    {
        var id = new Argument<string>("id") { Description = "The wave's id, e.g. 2026." };
        var model = new Option<string>("--model") { Description = "Maturity model version.", DefaultValueFactory = _ => ModelCatalog.Latest };
        var date = DateOption.Create("--date", "The wave's date: the reality check compares its claims with the messages of the 90 days up to it. Default: now.");
        var command = new Command("create", "Create a wave answered with one model version.") { id, model, date };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var wave = await app.Waves.CreateAsync(parse.GetValue(id)!, parse.GetValue(model)!, parse.GetValue(date)?.UtcDateTime, cancellationToken);
            session.Report.Write(
                new { wave = wave.Code, model = wave.ModelVersion },
                console => console.MarkupLine($"Created wave [bold]{Markup.Escape(wave.Code)}[/] (model {Markup.Escape(wave.ModelVersion)})."));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CommandRunner runner)
    {
        var command = new Command("list", "List the waves and how many organisations answered.");
        runner.Bind(command, async (session, _, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var waves = await app.Waves.ListAsync(cancellationToken);
            session.Report.Write(new WaveListDocument(waves), console =>
            {
                if (waves.Count == 0)
                {
                    console.WriteLine("No waves yet: create one with `pulse wave create ID`.");
                    return;
                }

                var table = Reporter.Table("wave", "model", "organisations", "respondents");
                foreach (var w in waves)
                {
                    table.AddRow(Reporter.Text(w.Code), Reporter.Text(w.ModelVersion), Reporter.Text(Formats.Number(w.Organisations)), Reporter.Text(Formats.Number(w.Respondents)));
                }

                console.Write(table);
            });
            return ExitCodes.Ok;
        });
        return command;
    }
}
