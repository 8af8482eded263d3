using System.Diagnostics;
using System.Globalization;
using Pulse.Search.Analysis;
using Pulse.Search.Indexing;
using Pulse.Search.Tests.Support;
using Pulse.Search.Themes;

namespace Pulse.Search.Tests.Indexing;

// Explicit: minutes of work on the shared 2-core machine. Figures go to docs/performance.md.
// dotnet test tests/Pulse.Search.Tests -c Release -- xUnit.Explicit=only
// (PULSE_SEARCH_BENCH_SIZE sets the size of the theme index; default 1,000,000.)
public sealed class IndexPerformanceTests
{
    [Theory(Explicit = true)]
    [InlineData(false, TextLanguage.Unknown)]
    [InlineData(true, TextLanguage.Unknown)]
    [InlineData(true, TextLanguage.Dutch)]
    public void Indexing_100_000_messages(bool parallel, TextLanguage language)
    {
        var folder = TempFolder();
        var messages = SyntheticMessages.Generate(100_000).Select(m => m with { Language = language }).ToList();
        try
        {
            using var index = MessageIndex.Open(folder);
            var clock = Stopwatch.StartNew();
            if (parallel)
            {
                index.AddOrUpdate(messages);
            }
            else
            {
                foreach (var message in messages)
                    index.AddOrUpdate(message);
            }

            index.Commit("bench");
            clock.Stop();

            Report($"indexed {index.Count:N0} messages ({(parallel ? "all cores" : "one thread")}, {language}) in {clock.Elapsed.TotalSeconds:F1} s: "
                + $"{index.Count / clock.Elapsed.TotalSeconds:N0} messages/s; index {FolderMegabytes(folder):F0} MB");
            index.Count.ShouldBe(100_000);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact(Explicit = true)]
    public void Rebuilding_from_100_000_messages()
    {
        var folder = TempFolder();
        var messages = SyntheticMessages.Generate(100_000).ToList();
        try
        {
            using var index = MessageIndex.Open(folder);
            var clock = Stopwatch.StartNew();
            index.Rebuild(messages, "bench");
            clock.Stop();

            Report($"rebuilt {index.Count:N0} messages (all cores, Unknown) in {clock.Elapsed.TotalSeconds:F1} s: "
                + $"{index.Count / clock.Elapsed.TotalSeconds:N0} messages/s; index {FolderMegabytes(folder):F0} MB");
            index.Count.ShouldBe(100_000);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact(Explicit = true)]
    public void Analysing_100_000_messages_per_field()
    {
        var bodies = SyntheticMessages.Generate(100_000).Select(m => m.Message.Body).ToList();
        foreach (var (name, analyzer) in new[] { ("words", SearchAnalyzers.Words), ("nl", SearchAnalyzers.Dutch), ("en", SearchAnalyzers.English) })
        {
            var clock = Stopwatch.StartNew();
            var terms = bodies.Sum(body => SearchAnalyzers.Terms(analyzer, name, body).Count);
            Report($"analysing 100,000 bodies for {name}: {clock.Elapsed.TotalSeconds:F1} s ({terms:N0} terms), one thread");
        }
    }

    [Fact(Explicit = true)]
    public void Theme_queries_over_a_large_index()
    {
        var size = int.Parse(Environment.GetEnvironmentVariable("PULSE_SEARCH_BENCH_SIZE") ?? "1000000", CultureInfo.InvariantCulture);
        var folder = TempFolder();
        try
        {
            using var index = MessageIndex.Open(folder);
            var clock = Stopwatch.StartNew();
            index.Rebuild(SyntheticMessages.Generate(size), "bench");
            Report($"built {index.Count:N0} messages in {clock.Elapsed.TotalSeconds:F1} s; index {FolderMegabytes(folder):F0} MB");

            var all = (DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
            var month = (new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 4, 1, 0, 0, 0, TimeSpan.Zero));
            foreach (var (query, period, label) in new[]
            {
                ("reorganisatie OR \"nieuwe werkplek\" AND NOT test", all, "all time"),
                ("reorganisatie OR \"nieuwe werkplek\" AND NOT test", month, "one month"),
                ("cafe", all, "all time"),
                ("de OR the", all, "all time, most messages"),
            })
            {
                var theme = ThemeQuery.Parse(query);
                index.Matches(theme, period.Item1, period.Item2); // warm-up: first touch of the files
                var times = new List<double>();
                var matches = 0;
                for (var run = 0; run < 5; run++)
                {
                    clock.Restart();
                    matches = index.Matches(theme, period.Item1, period.Item2).Count;
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }

                times.Sort();
                Report($"{query} ({label}): {matches:N0} matches, median {times[2]:F0} ms, max {times[4]:F0} ms");
            }

            clock.Restart();
            var hits = index.Search("reorganisatie werkplek", 20);
            Report($"search top 20 with snippets: {clock.Elapsed.TotalMilliseconds:F0} ms ({hits.Count} hits)");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string TempFolder() => Path.Combine(Path.GetTempPath(), "pulse-search-bench-" + Guid.NewGuid().ToString("N"));

    private static double FolderMegabytes(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length) / 1024.0 / 1024.0;

    private static void Report(string line)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        File.AppendAllText(Path.Combine(Path.GetTempPath(), "pulse-search-bench.txt"), line + Environment.NewLine);
    }
}
