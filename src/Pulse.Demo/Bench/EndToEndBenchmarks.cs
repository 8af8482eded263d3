using System.Diagnostics;
using System.Globalization;
using nietras.SeparatedValues;
using Pulse.Application;
using Pulse.Connectors;
using Pulse.Connectors.Yammer;
using Pulse.Demo.Yammer;
using Pulse.Maturity.Model;
using Pulse.Maturity.Survey;
using Pulse.Storage;

namespace Pulse.Demo.Bench;

/// <summary>What `pulse bench import-yammer` measured.</summary>
public sealed record ImportBenchmarkResult(
    long Messages,
    long MessagesCsvBytes,
    double SecondsToWriteExport,
    double SecondsToImport,
    double MegabytesPerSecond,
    double PeakWorkingSetMegabytes,
    double PeakBeforeImportMegabytes,
    double? Sqlite3ImportSeconds,
    double? RatioToSqlite3,
    string Database);

/// <summary>What `pulse bench survey` measured.</summary>
public sealed record SurveyBenchmarkResult(
    int Respondents,
    int Organisations,
    double SecondsToImport,
    double SecondsToLoadAnswers,
    double SecondsToCompute,
    double SecondsToScore,
    double PeakWorkingSetMegabytes,
    double PeakAfterImportMegabytes,
    double ManagedMegabytesHeldWhileScoring,
    string Database);

/// <summary>What `pulse bench benchmark` measured: the wave's statistics over its stored answers, end to end.</summary>
public sealed record BenchmarkBenchmarkResult(int Organisations, int Scored, double SecondsToImport, IReadOnlyList<double> SecondsPerRun, double MedianSeconds, string Database);

/// <summary>What `pulse bench report` measured: the full research report (HTML, PDF, XLSX) of a synthetic wave.</summary>
public sealed record ReportBenchmarkResult(int Organisations, double SecondsToImport, double SecondsToWrite, long HtmlBytes, long PdfBytes, long WorkbookBytes, string Database);

/// <summary>What `pulse bench wave-page` measured: the wave page of a synthetic wave over HTTP, in milliseconds.</summary>
/// <param name="FirstMilliseconds">The first request, apart: it pays for the app's warm-up.</param>
public sealed record WavePageBenchmarkResult(
    int Organisations,
    string Wave,
    int Requests,
    double FirstMilliseconds,
    double P50Milliseconds,
    double P95Milliseconds,
    double MaxMilliseconds,
    long PageBytes,
    string Database);

/// <summary>What `pulse bench page` measured: one page of an existing organisation over HTTP, in milliseconds.</summary>
/// <param name="FirstMilliseconds">The first request, apart: it pays for the app's warm-up and for reading the organisation's aggregates.</param>
public sealed record PageBenchmarkResult(
    string Path,
    int Requests,
    double FirstMilliseconds,
    double P50Milliseconds,
    double P95Milliseconds,
    double MaxMilliseconds,
    long PageBytes,
    string Database);

/// <summary>
/// The end-to-end speed targets of the issues, measured the way a user meets them: generate a
/// synthetic input, run the real use case, report seconds and peak memory. In-process
/// micro-benchmarks live in bench/Pulse.Benchmarks (BenchmarkDotNet).
/// </summary>
public sealed class EndToEndBenchmarks(PulseApp app)
{
    /// <summary>Writes a synthetic Yammer export, imports it, and compares with sqlite3's own <c>.import</c> of Messages.csv.</summary>
    public async Task<ImportBenchmarkResult> ImportYammerAsync(
        int messages, string folder, Action<ImportProgress>? progress, CancellationToken cancellationToken, BenchVocabulary vocabulary = BenchVocabulary.Small)
    {
        var export = Path.Combine(folder, "yammer-export");
        var clock = Stopwatch.StartNew();
        new YammerExportWriter().WriteFolder(export, BenchYammerExport.Create(messages, vocabulary: vocabulary));
        var written = clock.Elapsed.TotalSeconds;
        var size = new FileInfo(Path.Combine(export, "Messages.csv")).Length;

        var slug = "bench-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        await app.Organisations.AddAsync(slug, "Benchmark", null, cancellationToken: cancellationToken);
        var before = Process.GetCurrentProcess().PeakWorkingSet64;
        var report = await app.Imports.ImportAsync(new YammerExportReader(), export, slug, pseudonymise: false, progress, cancellationToken);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var sqlite = app.Storage.Provider == DatabaseProvider.Sqlite ? await Sqlite3ImportAsync(Path.Combine(export, "Messages.csv"), folder, cancellationToken) : null;
        return new ImportBenchmarkResult(
            report.Result.Messages.Read, size, written, report.Seconds, size / 1e6 / report.Seconds, peak / 1e6, before / 1e6,
            sqlite, sqlite is null ? null : report.Seconds / sqlite.Value, app.Storage.Describe());
    }

    /// <summary>Writes a synthetic answer file, imports it into a new wave and scores the wave.</summary>
    public async Task<SurveyBenchmarkResult> SurveyAsync(int respondents, int organisations, CancellationToken cancellationToken)
    {
        var model = ModelCatalog.Get(ModelCatalog.Latest);
        var folder = Directory.CreateTempSubdirectory("pulse-bench-").FullName;
        try
        {
            var file = Path.Combine(folder, "answers.csv");
            WriteAnswers(file, model, respondents, organisations);
            var wave = "bench-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            await app.Waves.CreateAsync(wave, model.Version, cancellationToken);

            var clock = Stopwatch.StartNew();
            var import = await app.Answers.ImportAsync(wave, file, null, createOrganisations: true, cancellationToken);
            var imported = clock.Elapsed.TotalSeconds;
            var peakAfterImport = Process.GetCurrentProcess().PeakWorkingSet64;
            GC.Collect();
            var baseline = GC.GetTotalMemory(true);
            var scoring = await app.Scoring.ScoreMeasuredAsync(wave, cancellationToken);
            var managed = GC.GetTotalMemory(false) - baseline;
            return new SurveyBenchmarkResult(
                import.Result.Read, scoring.View.Scores.Organisations.Count, imported, scoring.SecondsToLoad, scoring.SecondsToCompute,
                scoring.SecondsToLoad + scoring.SecondsToCompute, Process.GetCurrentProcess().PeakWorkingSet64 / 1e6, peakAfterImport / 1e6,
                managed / 1e6, app.Storage.Describe());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Writes a synthetic wave with one key respondent per organisation, imports it, and times
    /// `pulse benchmark` on it (answers loaded, scored, the statistics, comparison-free) a few times.
    /// </summary>
    public async Task<BenchmarkBenchmarkResult> BenchmarkAsync(int organisations, int runs, CancellationToken cancellationToken)
    {
        var (wave, imported) = await SyntheticWaveAsync(organisations, cancellationToken);
        var seconds = new List<double>();
        var scored = 0;
        var clock = new Stopwatch();
        for (var run = 0; run < runs; run++)
        {
            clock.Restart();
            var view = await app.Benchmarks.RunAsync(wave, cancellationToken: cancellationToken);
            seconds.Add(clock.Elapsed.TotalSeconds);
            scored = view.Benchmark.Scored;
        }

        var sorted = seconds.Order().ToList();
        return new BenchmarkBenchmarkResult(organisations, scored, imported, seconds, sorted[sorted.Count / 2], app.Storage.Describe());
    }

    /// <summary>
    /// Writes the same synthetic wave as <see cref="BenchmarkAsync"/> and requests its page
    /// (/waves/CODE) from the web app listening at <paramref name="web"/> over this same database:
    /// one request to warm up, then <paramref name="requests"/> timed one after another.
    /// </summary>
    public async Task<WavePageBenchmarkResult> WavePageAsync(int organisations, int requests, Uri web, CancellationToken cancellationToken)
    {
        var (wave, _) = await SyntheticWaveAsync(organisations, cancellationToken);
        using var client = await BenchSignIn.ClientAsync(app, web, TimeSpan.FromMinutes(2), cancellationToken);
        var page = new Uri($"/waves/{Uri.EscapeDataString(wave)}", UriKind.Relative);
        var clock = Stopwatch.StartNew();
        var bytes = (await client.GetByteArrayAsync(page, cancellationToken)).LongLength;
        var first = clock.Elapsed.TotalMilliseconds;
        var times = new List<double>();
        for (var request = 0; request < requests; request++)
        {
            clock.Restart();
            // The whole body, as a browser waits for it, not just the headers.
            bytes = (await client.GetByteArrayAsync(page, cancellationToken)).LongLength;
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        var sorted = times.Order().ToList();
        return new WavePageBenchmarkResult(
            organisations, wave, requests, first, Percentiles.Of(sorted, 0.50), Percentiles.Of(sorted, 0.95), sorted[^1], bytes, app.Storage.Describe());
    }

    /// <summary>
    /// Times a page of the web app listening at <paramref name="web"/> (e.g. <c>/org/SLUG</c> of an
    /// organisation imported by <c>import-yammer</c>): one request to warm up, then
    /// <paramref name="requests"/> timed one after another, each waiting for the whole body.
    /// </summary>
    public async Task<PageBenchmarkResult> PageAsync(string path, int requests, Uri web, CancellationToken cancellationToken)
    {
        using var client = await BenchSignIn.ClientAsync(app, web, TimeSpan.FromMinutes(5), cancellationToken);
        var page = new Uri(path, UriKind.Relative);
        var clock = Stopwatch.StartNew();
        using (var response = await client.GetAsync(page, cancellationToken))
        {
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}.");
        }

        var first = clock.Elapsed.TotalMilliseconds;
        var times = new List<double>();
        long bytes = 0;
        for (var request = 0; request < requests; request++)
        {
            clock.Restart();
            bytes = (await client.GetByteArrayAsync(page, cancellationToken)).LongLength;
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        var sorted = times.Order().ToList();
        return new PageBenchmarkResult(path, requests, first, Percentiles.Of(sorted, 0.50), Percentiles.Of(sorted, 0.95), sorted[^1], bytes, app.Storage.Describe());
    }

    /// <summary>The nearest-rank percentile of sorted values.</summary>

    /// <summary>A new wave with one synthetic key respondent per organisation, imported; its code and the seconds the import took.</summary>
    private async Task<(string Wave, double SecondsToImport)> SyntheticWaveAsync(int organisations, CancellationToken cancellationToken)
    {
        var model = ModelCatalog.Get(ModelCatalog.Latest);
        var folder = Directory.CreateTempSubdirectory("pulse-bench-").FullName;
        try
        {
            var file = Path.Combine(folder, "answers.csv");
            WriteAnswers(file, model, organisations, organisations);
            var wave = "bench-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            await app.Waves.CreateAsync(wave, model.Version, cancellationToken);
            var clock = Stopwatch.StartNew();
            await app.Answers.ImportAsync(wave, file, null, createOrganisations: true, cancellationToken);
            return (wave, clock.Elapsed.TotalSeconds);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Writes a synthetic wave with one key respondent per organisation, imports it, and times the full research report.</summary>
    public async Task<ReportBenchmarkResult> ReportAsync(int organisations, CancellationToken cancellationToken)
    {
        var (wave, imported) = await SyntheticWaveAsync(organisations, cancellationToken);
        var folder = Directory.CreateTempSubdirectory("pulse-bench-").FullName;
        try
        {
            var clock = Stopwatch.StartNew();
            var files = await app.Reports.WriteAsync(new Application.Benchmark.ReportRequest(wave, folder), cancellationToken);
            var written = clock.Elapsed.TotalSeconds;
            static long Size(string? path) => path is null ? 0 : new FileInfo(path).Length;
            return new ReportBenchmarkResult(organisations, imported, written, Size(files.Html), Size(files.Pdf), Size(files.Workbook), app.Storage.Describe());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
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
