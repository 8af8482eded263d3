using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Pulse.Application.Monitoring;
using Pulse.Cli.Output;
using Spectre.Console;

namespace Pulse.Cli.Commands;

/// <summary>
/// `pulse experts "QUERY" --org SLUG [--json]` and `pulse experts --org SLUG --queries FILE.jsonl --json`: who knows
/// about a subject, with the messages that show it (issue 10; model in docs/search.md, figures in docs/quality.md).
/// </summary>
public static partial class ExpertsCommand
{
    /// <summary>The batch output: one compact object per line, with the field names of the issue.</summary>
    private static readonly JsonSerializerOptions LineOptions = new(Reporter.JsonOptions) { WriteIndented = false, DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var query = new Argument<string?>("query") { Description = "What to find experts on: free text (a question, a few words).", Arity = ArgumentArity.ZeroOrOne };
        var org = MonitorCommand.OrgOption();
        var queries = new Option<string?>("--queries")
        {
            Description = "Answer many questions at once: a JSON Lines file of {\"id\",\"text\",\"excludeThread\"?,\"asOf\"?}; writes one {\"id\",\"experts\"} line each.",
            HelpName = "FILE.jsonl",
        };
        var top = new Option<int>("--top") { Description = "How many experts per question.", DefaultValueFactory = _ => ExpertFinder.DefaultTop };
        var command = new Command("experts", "Who knows about a subject: people ranked by their messages on it, with the evidence.") { query, org, queries, top };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var (text, file, count) = (parse.GetValue(query), parse.GetValue(queries), parse.GetValue(top));
            if (count < 1) throw new UsageException("--top must be at least 1.");
            if ((text is null) == (file is null)) throw new UsageException("Give either a QUERY or --queries FILE.jsonl, not both or neither.");
            if (file is not null)
            {
                if (!session.Json) throw new UsageException("--queries writes JSON Lines: add --json.");
                var requests = await ExpertQueryFile.ReadAsync(file, cancellationToken);
                var app = await session.AppAsync(cancellationToken);
                foreach (var answer in await app.Experts.FindManyAsync(parse.GetValue(org)!, requests, count, cancellationToken: cancellationToken))
                    await session.Out.WriteLineAsync(JsonSerializer.Serialize(answer, LineOptions).AsMemory(), cancellationToken);
                return ExitCodes.Ok;
            }

            var view = await (await session.AppAsync(cancellationToken)).Experts.FindAsync(parse.GetValue(org)!, text!, count, cancellationToken);
            session.Report.Write(
                ExpertsDocument.Of(view),
                console =>
                {
                    if (view.Rebuilt) console.MarkupLine("[grey]The index was missing or behind and was rebuilt.[/]");
                    if (view.Experts.Count == 0) console.WriteLine("No one has written enough on this to count as an expert.");
                    var rank = 0;
                    foreach (var expert in view.Experts)
                    {
                        console.MarkupLine($"{++rank}. [bold]{Markup.Escape(expert.Name ?? expert.ExternalId)}[/] ({Markup.Escape(expert.ExternalId)}), score {expert.Score.ToString("0.###", CultureInfo.InvariantCulture)}");
                        foreach (var message in expert.Evidence)
                            console.MarkupLine($"   {Markup.Escape(message.MessageId)} {message.CreatedAt:yyyy-MM-dd}{(message.IsAccepted ? " (accepted)" : "")}: {Highlight(message.Snippet)}");
                    }
                });
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>`pulse bench experts --site DIR`: imports a Stack Exchange dump and measures expert finding against the baselines.</summary>
    public static Command Bench(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var site = new Option<string>("--site") { Description = "A Stack Exchange dump (folder with Posts.xml).", HelpName = "DIR", Required = true };
        var tune = new Option<bool>("--tune") { Description = "Also try the tuning grid of parameters (only on development sites, never on the evaluation site)." };
        var command = new Command("experts", "Import a Stack Exchange dump and measure expert finding (P@1, MRR) against popularity, tag and recent-activity baselines.") { site, tune };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var path = Path.GetFullPath(parse.GetValue(site)!);
            var slug = "bench-" + Regex.Replace(Path.GetFileName(path.TrimEnd('/')).ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-');
            var app = await session.AppAsync(cancellationToken);
            if (await app.Organisations.FindAsync(slug, cancellationToken) is null) await app.Organisations.AddAsync(slug, slug, null, cancellationToken: cancellationToken);
            await app.Imports.ImportAsync(new Application.Imports.ImportRequest("stackexchange", path, slug), null, cancellationToken);
            var models = parse.GetValue(tune) ? ExpertTuning.Grid() : [("model", Search.Experts.ExpertModelParameters.Default)];
            var report = await app.ExpertQuality.RunAsync(slug, models, cancellationToken);
            session.Report.Write(report, console =>
            {
                console.WriteLine($"{report.Organisation}: {Formats.Number(report.Questions)} questions with an accepted answer, in {Formats.Fixed(report.Seconds)} s.");
                var table = Reporter.Table("method", "P@1", "MRR", "MRR / best baseline");
                foreach (var row in report.Baselines.Concat(report.Model.OrderByDescending(m => m.MeanReciprocalRank).Take(15)))
                {
                    table.AddRow(
                        Reporter.Text(row.Method), Reporter.Text(Formats.Fixed(row.PrecisionAt1, 3)), Reporter.Text(Formats.Fixed(row.MeanReciprocalRank, 3)),
                        Reporter.Text(report.BestBaselineMrr > 0 ? Formats.Fixed(row.MeanReciprocalRank / report.BestBaselineMrr, 2) : "-"));
                }

                console.Write(table);
            });
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>`pulse bench expert-queries --org SLUG`: times expert queries on an imported organisation (docs/performance.md).</summary>
    public static Command Speed(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var org = MonitorCommand.OrgOption();
        var queries = new Option<int>("--queries") { Description = "Queries to time, in the index and as one batch.", DefaultValueFactory = _ => 1_000 };
        var runs = new Option<int>("--use-case-runs") { Description = "Of those, how many also through the whole single-query use case (opens the index each time).", DefaultValueFactory = _ => 50 };
        var command = new Command("expert-queries", "Time expert queries on an organisation's index: single queries (median, p95) and a batch.") { org, queries, runs };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var r = await app.ExpertSpeed.MeasureAsync(parse.GetValue(org)!, Math.Max(2, parse.GetValue(queries)), parse.GetValue(runs), cancellationToken);
            session.Report.Write(r, console => console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.IndexedMessages:N0} messages indexed. Index opened in {r.OpenSeconds:F2} s; first query {r.FirstQueryMilliseconds:F0} ms; then median {r.QueryMedianMilliseconds:F1} ms, p95 {r.QueryP95Milliseconds:F1} ms over {r.Queries - 1} queries. Whole use case (open, check, names) median {r.UseCaseMedianMilliseconds:F0} ms, p95 {r.UseCaseP95Milliseconds:F0} ms over {r.UseCaseRuns}; with the reader kept open (pulse serve) median {r.KeptUseCaseMedianMilliseconds:F0} ms, p95 {r.KeptUseCaseP95Milliseconds:F0} ms. Batch of {r.Queries:N0}: {r.BatchSeconds:F1} s.")));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The snippet's &lt;mark&gt; as bold terminal text; everything else as plain text.</summary>
    private static string Highlight(string snippet)
    {
        var text = System.Net.WebUtility.HtmlDecode(Mark().Replace(snippet, "\u0001$1\u0002"));
        return Markup.Escape(text.ReplaceLineEndings(" ")).Replace("\u0001", "[bold yellow]", StringComparison.Ordinal).Replace("\u0002", "[/]", StringComparison.Ordinal);
    }

    [GeneratedRegex("<mark>(.*?)</mark>")]
    private static partial Regex Mark();
}
