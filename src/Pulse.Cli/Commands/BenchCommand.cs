using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using nietras.SeparatedValues;
using Pulse.Cli.Bench;
using Pulse.Cli.Imports;
using Pulse.Connectors.Yammer;
using Pulse.Maturity.Model;
using Pulse.Maturity.Survey;
using Pulse.Storage;
using Spectre.Console;

namespace Pulse.Cli.Commands;

/// <summary>
/// `pulse bench`: the end-to-end speed targets of the issues, measured the way a user meets them
/// (generate a synthetic input, run the real command path, report seconds and peak memory).
/// In-process micro-benchmarks live in bench/Pulse.Benchmarks (BenchmarkDotNet).
/// </summary>
public static class BenchCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        return new Command("bench", "Measure the end-to-end speed targets (docs/performance.md).") { Yammer(runner), Survey(runner) };
    }

    private static Command Yammer(CommandRunner runner)
    {
        var messages = new Option<int>("--messages") { Description = "Messages in the synthetic export.", DefaultValueFactory = _ => 1_000_000 };
        var work = new Option<string?>("--work") { Description = "Scratch folder for the export (default: a temporary folder).", HelpName = "DIR" };
        var command = new Command("import-yammer", "Write a synthetic Yammer export, import it, and compare with sqlite3's own .import of Messages.csv.") { messages, work };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var folder = parse.GetValue(work) ?? Directory.CreateTempSubdirectory("pulse-bench-").FullName;
            var export = Path.Combine(folder, "yammer-export");
            var clock = Stopwatch.StartNew();
            new YammerExportWriter().WriteFolder(export, BenchYammerExport.Create(parse.GetValue(messages)));
            var written = clock.Elapsed.TotalSeconds;
            var size = new FileInfo(Path.Combine(export, "Messages.csv")).Length;

            var database = await session.DatabaseAsync(cancellationToken);
            var organisations = new OrganisationStore(database);
            var slug = "bench-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            await organisations.AddAsync(slug, "Benchmark", null, cancellationToken);
            var before = Process.GetCurrentProcess().PeakWorkingSet64;
            var report = await session.Progress("import yammer").RunAsync(progress =>
                new ImportRunner(database).ImportAsync(new YammerExportReader(), export, slug, false, progress, cancellationToken));
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            var sqlite = session.Storage.Provider == DatabaseProvider.Sqlite ? await Sqlite3ImportAsync(Path.Combine(export, "Messages.csv"), folder, cancellationToken) : null;

            var result = new
            {
                messages = report.Result.Messages.Read,
                messagesCsvBytes = size,
                secondsToWriteExport = written,
                secondsToImport = report.Seconds,
                megabytesPerSecond = size / 1e6 / report.Seconds,
                peakWorkingSetMegabytes = peak / 1e6,
                peakBeforeImportMegabytes = before / 1e6,
                sqlite3ImportSeconds = sqlite,
                ratioToSqlite3 = sqlite is null ? (double?)null : report.Seconds / sqlite.Value,
                database = session.Storage.Describe(),
            };
            var comparison = sqlite is null
                ? "sqlite3 not measured."
                : string.Create(CultureInfo.InvariantCulture, $"sqlite3 .import of Messages.csv alone: {sqlite:F1} s (ratio {result.ratioToSqlite3:F2}).");
            session.Report.Write(result, console => console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.messages:N0} messages ({size / 1e6:N0} MB Messages.csv) imported in {report.Seconds:F1} s ({result.megabytesPerSecond:F1} MB/s), peak working set {peak / 1e6:N0} MB; {comparison}")));
            if (parse.GetValue(work) is null) Directory.Delete(folder, recursive: true);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>sqlite3's own CSV import of the same file into a bare table: the floor for "just load the rows".</summary>
    private static async Task<double?> Sqlite3ImportAsync(string csv, string folder, CancellationToken cancellationToken)
    {
        const string sqlite3 = "/usr/bin/sqlite3";
        if (!File.Exists(sqlite3)) return null;
        var target = Path.Combine(folder, "sqlite3-import.db");
        File.Delete(target);
        var start = new ProcessStartInfo(sqlite3) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(target);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteLineAsync($".mode csv\n.import '{csv}' messages\n.quit");
        process.StandardInput.Close();
        await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode == 0 ? clock.Elapsed.TotalSeconds : null;
    }

    private static Command Survey(CommandRunner runner)
    {
        var respondents = new Option<int>("--respondents") { Description = "Respondents in the synthetic wave.", DefaultValueFactory = _ => 100_000 };
        var organisations = new Option<int>("--organisations") { Description = "Organisations they belong to.", DefaultValueFactory = _ => 2_000 };
        var command = new Command("survey", "Write a synthetic answer file, import it into a new wave and score the wave.") { respondents, organisations };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var model = ModelCatalog.Get(ModelCatalog.Latest);
            var folder = Directory.CreateTempSubdirectory("pulse-bench-").FullName;
            var file = Path.Combine(folder, "answers.csv");
            WriteAnswers(file, model, parse.GetValue(respondents), parse.GetValue(organisations));
            var database = await session.DatabaseAsync(cancellationToken);
            var wave = "bench-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            await new SurveyStore(database).CreateWaveAsync(wave, model.Version, cancellationToken);

            var clock = Stopwatch.StartNew();
            var import = await new SurveyImporter(database).ImportAsync(wave, file, null, cancellationToken);
            var imported = clock.Elapsed.TotalSeconds;
            var peakAfterImport = Process.GetCurrentProcess().PeakWorkingSet64;
            GC.Collect();
            var baseline = GC.GetTotalMemory(true);
            clock.Restart();
            var store = new SurveyStore(database);
            var responses = await store.ResponsesAsync((await store.GetWaveAsync(wave, cancellationToken)).Id, model, cancellationToken);
            var loaded = clock.Elapsed.TotalSeconds;
            clock.Restart();
            var scores = new Pulse.Maturity.Scoring.ScoringEngine(model).Score(responses);
            var computed = clock.Elapsed.TotalSeconds;
            var scored = loaded + computed;
            var managedForScoring = GC.GetTotalMemory(false) - baseline;
            var result = new
            {
                respondents = import.Result.Read,
                organisations = scores.Organisations.Count,
                secondsToImport = imported,
                secondsToLoadAnswers = loaded,
                secondsToCompute = computed,
                secondsToScore = scored,
                peakWorkingSetMegabytes = Process.GetCurrentProcess().PeakWorkingSet64 / 1e6,
                peakAfterImportMegabytes = peakAfterImport / 1e6,
                managedMegabytesHeldWhileScoring = managedForScoring / 1e6,
                database = session.Storage.Describe(),
            };
            session.Report.Write(result, console => console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.respondents:N0} respondents in {result.organisations:N0} organisations: import {imported:F1} s, score {scored:F1} s (load {loaded:F1} s + compute {computed:F2} s), peak working set {result.peakWorkingSetMegabytes:N0} MB.")));
            Directory.Delete(folder, recursive: true);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteAnswers(string path, MaturityModel model, int respondents, int organisations)
    {
        var random = new Random(7);
        var header = SurveyTemplate.Header(model);
        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).ToFile(path);
        for (var r = 0; r < respondents; r++)
        {
            using var row = writer.NewRow();
            row[header[0]].Set("org-" + (r % organisations).ToString("D5", CultureInfo.InvariantCulture));
            row[header[1]].Set((r / organisations + 1).ToString(CultureInfo.InvariantCulture));
            foreach (var item in model.AllItems) row[item.Id].Set(BenchAnswers.Value(item, random) ?? "dk");
        }
    }
}
