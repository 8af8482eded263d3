using System.CommandLine;
using System.Globalization;
using Pulse.Cli.Output;
using Pulse.Demo.Bench;
using Pulse.Web;
using Spectre.Console;

namespace Pulse.Cli.Commands;

/// <summary>`pulse bench`: the end-to-end speed targets of the issues (docs/performance.md).</summary>
public static class BenchCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        return new Command("bench", "Measure the end-to-end speed targets (docs/performance.md).") { Yammer(runner), SlackEvents(runner), Survey(runner), Benchmark(runner), Report(runner), WavePage(runner), Page(runner), Live(runner), Sentiment(runner), ExpertsCommand.Bench(runner), ExpertsCommand.Speed(runner) };
    }

    private static Command Yammer(CommandRunner runner)
    {
        var messages = new Option<int>("--messages") { Description = "Messages in the synthetic export.", DefaultValueFactory = _ => 1_000_000 };
        var work = new Option<string?>("--work") { Description = "Scratch folder for the export (default: a temporary folder).", HelpName = "DIR" };
        var vocabulary = new Option<BenchVocabulary>("--vocabulary")
        {
            Description = "Words of the bodies: small (37 words, each in most messages: the worst case for expert queries) zipf (50,000 forms, Zipf's law, like real text) or zipfburst (zipf, plus a phrase that bursts in the last two weeks: a trend).",
            DefaultValueFactory = _ => BenchVocabulary.Small,
        };
        var command = new Command("import-yammer", "Write a synthetic Yammer export, import it, and compare with sqlite3's own .import of Messages.csv.") { messages, work, vocabulary };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var folder = parse.GetValue(work) ?? Directory.CreateTempSubdirectory("pulse-bench-").FullName;
            var app = await session.AppAsync(cancellationToken);
            var result = await session.Progress("import yammer").RunAsync(progress =>
                new EndToEndBenchmarks(app).ImportYammerAsync(
                    parse.GetValue(messages), folder, p => progress(new ProgressUpdate(p.BytesRead, p.BytesTotal, p.Items)), cancellationToken, parse.GetValue(vocabulary)));
            var comparison = result.Sqlite3ImportSeconds is { } sqlite
                ? string.Create(CultureInfo.InvariantCulture, $"sqlite3 .import of Messages.csv alone: {sqlite:F1} s (ratio {result.RatioToSqlite3:F2}).")
                : "sqlite3 not measured.";
            session.Report.Write(result, console => console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Messages:N0} messages ({result.MessagesCsvBytes / 1e6:N0} MB Messages.csv) imported in {result.SecondsToImport:F1} s ({result.MegabytesPerSecond:F1} MB/s), peak working set {result.PeakWorkingSetMegabytes:N0} MB; {comparison}")));
            if (parse.GetValue(work) is null) Directory.Delete(folder, recursive: true);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command SlackEvents(CommandRunner runner)
    {
        var org = MonitorCommand.OrgOption();
        var events = new Option<int>("--events") { Description = "Signed message events to post.", DefaultValueFactory = _ => 20_000 };
        var concurrency = new Option<int>("--concurrency") { Description = "Requests in flight at once.", DefaultValueFactory = _ => 32 };
        var command = new Command("slack-events", "Serve the app on a loopback port, post signed Slack events to its hook, and report accepted/s and that none were lost.") { org, events, concurrency };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var pulse = await session.AppAsync(cancellationToken);
            await using var web = PulseWebApp.Build(new PulseWebOptions(pulse, "http://127.0.0.1:0"));
            await web.StartAsync(cancellationToken);
            try
            {
                var result = await new SlackEventsBenchmark(pulse).RunAsync(
                    parse.GetValue(org)!, parse.GetValue(events), parse.GetValue(concurrency), new Uri(web.ListeningAddress()), cancellationToken);
                session.Report.Write(result, console => console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{result.Accepted:N0} of {result.Events:N0} events accepted in {result.SecondsToAcknowledge:F1} s ({result.AcceptedPerSecond:N0}/s, {result.Concurrency} at a time; p50 {result.P50Milliseconds:F1} ms, p95 {result.P95Milliseconds:F1} ms, max {result.MaxMilliseconds:F0} ms; {result.CpuSecondsToAcknowledge:F1} CPU s, {result.Accepted / result.CpuSecondsToAcknowledge:N0} events per CPU second); drained {result.SecondsToDrain:F1} s later: {result.Stored:N0} messages stored, {result.Lost:N0} lost.")));
                return result.Lost == 0 && result.Refused == 0 ? ExitCodes.Ok : ExitCodes.Failed;
            }
            finally
            {
                await web.StopAsync(CancellationToken.None);
            }
        });
        return command;
    }

    private static Command Benchmark(CommandRunner runner)
    {
        var organisations = new Option<int>("--organisations") { Description = "Organisations in the synthetic wave (one key respondent each).", DefaultValueFactory = _ => 2_000 };
        var runs = new Option<int>("--runs") { Description = "How often to run the benchmark (the median is reported).", DefaultValueFactory = _ => 5 };
        var command = new Command("benchmark", "Write a synthetic wave, import it, and time `pulse benchmark` on it.") { organisations, runs };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var result = await new EndToEndBenchmarks(app).BenchmarkAsync(parse.GetValue(organisations), Math.Max(1, parse.GetValue(runs)), cancellationToken);
            session.Report.Write(result, console => console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Organisations:N0} organisations ({result.Scored:N0} scored): import {result.SecondsToImport:F1} s; benchmark median {result.MedianSeconds:F2} s over {result.SecondsPerRun.Count} runs ({string.Join(", ", result.SecondsPerRun.Select(s => s.ToString("F2", CultureInfo.InvariantCulture)))}).")));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Report(CommandRunner runner)
    {
        var organisations = new Option<int>("--organisations") { Description = "Organisations in the synthetic wave (one key respondent each).", DefaultValueFactory = _ => 2_000 };
        var command = new Command("report", "Write a synthetic wave, import it, and time the full research report (HTML, PDF, XLSX).") { organisations };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var result = await new EndToEndBenchmarks(app).ReportAsync(parse.GetValue(organisations), cancellationToken);
            session.Report.Write(result, console => console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Organisations:N0} organisations: import {result.SecondsToImport:F1} s; report written in {result.SecondsToWrite:F1} s (HTML {result.HtmlBytes / 1e3:N0} kB, PDF {result.PdfBytes / 1e3:N0} kB, XLSX {result.WorkbookBytes / 1e3:N0} kB).")));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Sentiment(CommandRunner runner)
    {
        var sentences = new Option<int>("--sentences") { Description = "Generated sentences to score.", DefaultValueFactory = _ => 100_000 };
        var write = new Option<string?>("--write") { Description = "Also write the sentences to FILE (one per line), to time other tools on the same text.", HelpName = "FILE" };
        var command = new Command("sentiment", "Score generated Dutch and English sentences in-process and report sentences per second.") { sentences, write };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var count = Math.Max(1, parse.GetValue(sentences));
            if (parse.GetValue(write) is { } file) await File.WriteAllLinesAsync(file, BenchSentences.Generate(count), cancellationToken);
            var result = SentimentThroughput.Measure(count);
            session.Report.Write(result, console => console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Sentences:N0} sentences scored in {result.Seconds:F2} s: {result.SentencesPerSecond:N0} sentences/s, {result.AllocatedBytesPerSentence:N0} bytes allocated per sentence ({result.Positive:N0} positive, {result.Neutral:N0} neutral, {result.Negative:N0} negative).")));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command WavePage(CommandRunner runner)
    {
        var organisations = new Option<int>("--organisations") { Description = "Organisations in the synthetic wave (one key respondent each).", DefaultValueFactory = _ => 2_000 };
        var requests = new Option<int>("--requests") { Description = "Timed requests of the page, after one to warm up.", DefaultValueFactory = _ => 50 };
        var command = new Command("wave-page", "Write a synthetic wave, serve the dashboard on a loopback port, and time its wave page (p50, p95).") { organisations, requests };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var pulse = await session.AppAsync(cancellationToken);
            await using var web = PulseWebApp.Build(new PulseWebOptions(pulse, "http://127.0.0.1:0"));
            await web.StartAsync(cancellationToken);
            try
            {
                var result = await new EndToEndBenchmarks(pulse).WavePageAsync(
                    parse.GetValue(organisations), Math.Max(1, parse.GetValue(requests)), new Uri(web.ListeningAddress()), cancellationToken);
                session.Report.Write(result, console => console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"/waves/{result.Wave} with {result.Organisations:N0} organisations ({result.PageBytes / 1024:N0} KiB): first {result.FirstMilliseconds:F0} ms; then {result.Requests} requests p50 {result.P50Milliseconds:F0} ms, p95 {result.P95Milliseconds:F0} ms, max {result.MaxMilliseconds:F0} ms.")));
            }
            finally
            {
                await web.StopAsync(CancellationToken.None);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Page(CommandRunner runner)
    {
        var path = new Argument<string>("PATH") { Description = "The page or API address, e.g. /org/SLUG, /org/SLUG/groups or /api/v1/orgs/SLUG/participation (an organisation that exists, e.g. one `bench import-yammer` left)." };
        var requests = new Option<int>("--requests") { Description = "Timed requests of the page, after one to warm up.", DefaultValueFactory = _ => 50 };
        var command = new Command("page", "Serve the dashboard and API on a loopback port and time one of its pages or API answers (p50, p95).") { path, requests };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var pulse = await session.AppAsync(cancellationToken);
            await using var web = PulseWebApp.Build(new PulseWebOptions(pulse, "http://127.0.0.1:0"));
            await web.StartAsync(cancellationToken);
            try
            {
                var result = await new EndToEndBenchmarks(pulse).PageAsync(
                    parse.GetValue(path)!, Math.Max(1, parse.GetValue(requests)), new Uri(web.ListeningAddress()), cancellationToken);
                session.Report.Write(result, console => console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{result.Path} ({result.PageBytes / 1024:N0} KiB): first {result.FirstMilliseconds:F0} ms; then {result.Requests} requests p50 {result.P50Milliseconds:F0} ms, p95 {result.P95Milliseconds:F0} ms, max {result.MaxMilliseconds:F0} ms.")));
            }
            finally
            {
                await web.StopAsync(CancellationToken.None);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Live(CommandRunner runner)
    {
        var org = MonitorCommand.OrgOption();
        var updates = new Option<int>("--updates") { Description = "New messages imported one at a time (each adds a synthetic message to the organisation).", DefaultValueFactory = _ => 30 };
        var via = new Option<string>("--via") { Description = "How each message arrives: import (through the application layer, as the Yammer poller) or slack (a signed event posted to the hook; connects the organisation with a random signing secret when it has none).", DefaultValueFactory = _ => "import" };
        via.AcceptOnlyFromAmong("import", "slack");
        var command = new Command("live", "Serve the dashboard on a loopback port, follow an organisation's live stream, and time import, announcement and page refresh per new message.") { org, updates, via };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var pulse = await session.AppAsync(cancellationToken);
            await using var web = PulseWebApp.Build(new PulseWebOptions(pulse, "http://127.0.0.1:0"));
            await web.StartAsync(cancellationToken);
            try
            {
                var viaSlack = parse.GetValue(via) == "slack";
                var r = await new LiveBenchmark(pulse).RunAsync(parse.GetValue(org)!, Math.Max(1, parse.GetValue(updates)), new Uri(web.ListeningAddress()), viaSlack, cancellationToken);
                var handedOver = viaSlack ? "acknowledgement" : "import";
                session.Report.Write(r, console => console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{r.Organisation}, {r.Updates} updates via {r.Via}: {handedOver} p50 {r.ImportP50Milliseconds:F1} ms (p95 {r.ImportP95Milliseconds:F1}); commit to event p50 {r.CommitToEventP50Milliseconds:F1} ms (p95 {r.CommitToEventP95Milliseconds:F1}, max {r.CommitToEventMaxMilliseconds:F1}); page refresh p50 {r.RefreshP50Milliseconds:F1} ms (p95 {r.RefreshP95Milliseconds:F1}), {r.PageBytes / 1024:N0} KiB; {(viaSlack ? "acknowledged" : "handed over")} to refreshed page p50 {r.ShownP50Milliseconds:F0} ms, p95 {r.ShownP95Milliseconds:F0} ms, max {r.ShownMaxMilliseconds:F0} ms.")));
            }
            finally
            {
                await web.StopAsync(CancellationToken.None);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Survey(CommandRunner runner)
    {
        var respondents = new Option<int>("--respondents") { Description = "Respondents in the synthetic wave.", DefaultValueFactory = _ => 100_000 };
        var organisations = new Option<int>("--organisations") { Description = "Organisations they belong to.", DefaultValueFactory = _ => 2_000 };
        var command = new Command("survey", "Write a synthetic answer file, import it into a new wave and score the wave.") { respondents, organisations };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var result = await new EndToEndBenchmarks(app).SurveyAsync(parse.GetValue(respondents), parse.GetValue(organisations), cancellationToken);
            session.Report.Write(result, console => console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Respondents:N0} respondents in {result.Organisations:N0} organisations: import {result.SecondsToImport:F1} s, score {result.SecondsToScore:F1} s (load {result.SecondsToLoadAnswers:F1} s + compute {result.SecondsToCompute:F2} s), peak working set {result.PeakWorkingSetMegabytes:N0} MB.")));
            return ExitCodes.Ok;
        });
        return command;
    }
}
