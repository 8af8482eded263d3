using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Pulse.Demo.Yammer;
using Pulse.Monitoring.Text.Sentiment;
using Pulse.Testing;

namespace Pulse.Cli.Tests;

/// <summary>
/// Theme figures come from the search index alone, which imports keep current: after a first import and a
/// re-import that edits, deletes and adds messages, every figure of `monitor themes` equals a count written
/// here over the rows of the exports, and the index was never rebuilt on the way.
/// </summary>
public sealed class ThemeFiguresFromIndexTests
{
    private static readonly DateTimeOffset Start = new(2026, 9, 7, 8, 0, 0, TimeSpan.Zero); // a Monday

    private static readonly string[] Bodies =
    [
        "De reorganisatie is een goed plan, dank je!", "Weer een reorganisatie. Slecht nieuws.", "Koffie in de kantine",
        "REORGANISATIE van het archief", "De nieuwe werkplek is prima", "nieuwe werkplekken overal", "Geen mening over de reorganisatie",
        "Test van de nieuwe werkplek", "Prachtige nieuwe werkplek, super!", "Over het weer",
    ];

    private sealed record Row(long Id, long Author, DateTimeOffset Created, string Body, bool Private = false, bool Deleted = false);

    [Fact]
    public async Task Theme_figures_after_imports_equal_an_independent_count_without_a_rebuild()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        var work = Directory.CreateTempSubdirectory("pulse-themes-").FullName;
        string[] common = ["--org", "lindeloo", "--json", .. test.CliArguments];
        await CliRun.RunAsync(["org", "add", "lindeloo", "--name", "Lindeloo", .. test.CliArguments]);
        (await CliRun.RunAsync(["theme", "add", "Reorganisatie", "--query", "reorganisatie OR \"nieuwe werkplek\" AND NOT test", .. common])).ExitCode.ShouldBe(0);

        // 60 messages over five weeks by seven people; every 9th private, every 11th deleted.
        var first = Enumerable.Range(0, 60).Select(i => new Row(
            100 + i, 1 + (i % 7), Start.AddHours(i * 13), Bodies[i % Bodies.Length], Private: i % 9 == 4, Deleted: i % 11 == 6)).ToList();
        // The re-import: one message edited out of the theme, one into it, one deleted, and new ones.
        var second = new List<Row>
        {
            first[0] with { Body = "Koffie, geen thema meer" },
            first[2] with { Body = "Toch over de reorganisatie, slecht!" },
            first[3] with { Deleted = true },
        };
        second.AddRange(Enumerable.Range(0, 12).Select(i => new Row(500 + i, 1 + (i % 3), Start.AddDays(30).AddHours(i * 5), Bodies[(i * 3) % Bodies.Length])));

        var importedFirst = await ImportAsync(work, "one", first, common);
        var importedSecond = await ImportAsync(work, "two", second, common);
        var search = await CliRun.RunAsync(["search", "reorganisatie", .. common]);
        var run = await CliRun.RunAsync(["monitor", "themes", "--from", "2026-09-07", "--to", "2026-10-12", .. common]);

        importedFirst.ExitCode.ShouldBe(0, importedFirst.Error);
        importedSecond.ExitCode.ShouldBe(0, importedSecond.Error);
        search.Json().GetProperty("rebuilt").GetBoolean().ShouldBeFalse("the imports kept the index current");
        run.ExitCode.ShouldBe(0, run.Error);

        // The independent count: the last version of each row, public and not deleted, in the period, whose
        // whole words match reorganisatie OR ("nieuwe werkplek" AND NOT test).
        var final = first.Concat(second).GroupBy(r => r.Id).Select(g => g.Last())
            .Where(r => !r.Private && !r.Deleted && r.Created < new DateTimeOffset(2026, 10, 12, 0, 0, 0, TimeSpan.Zero))
            .Where(r => Has(r.Body, "reorganisatie") || (Has(r.Body, "nieuwe werkplek") && !Has(r.Body, "test")))
            .ToList();
        // Each message's score as the import stores it; the aggregation below is the test's own.
        var scores = final.ToDictionary(r => r.Id, r => SentimentAnalyzer.Default.Analyze(r.Body).Score);
        var theme = run.Json().GetProperty("themes").EnumerateArray().ShouldHaveSingleItem();
        theme.GetProperty("messages").GetInt32().ShouldBe(final.Count);
        final.Count.ShouldBeGreaterThan(10);
        theme.GetProperty("contributors").GetInt32().ShouldBe(final.Select(r => r.Author).Distinct().Count());
        theme.GetProperty("sentiment").GetDouble().ShouldBe(scores.Values.Sum() / final.Count, 1e-9);
        theme.GetProperty("positive").GetDouble().ShouldBe((double)scores.Values.Count(s => s > 0.05) / final.Count, 1e-9);
        theme.GetProperty("negative").GetDouble().ShouldBe((double)scores.Values.Count(s => s < -0.05) / final.Count, 1e-9);
        theme.GetProperty("neutral").GetDouble().ShouldBe((double)scores.Values.Count(s => s is >= -0.05 and <= 0.05) / final.Count, 1e-9);
        scores.Values.ShouldContain(s => s > 0.05);
        scores.Values.ShouldContain(s => s < -0.05);

        var weekly = theme.GetProperty("weekly").EnumerateArray().ToList();
        weekly.Count.ShouldBe(5);
        for (var w = 0; w < 5; w++)
        {
            var monday = Start.Date.AddDays(7 * w);
            var inWeek = final.Where(r => r.Created.UtcDateTime >= monday && r.Created.UtcDateTime < monday.AddDays(7)).ToList();
            weekly[w].GetProperty("week").GetString().ShouldBe(monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            weekly[w].GetProperty("messages").GetInt32().ShouldBe(inWeek.Count);
            if (inWeek.Count == 0)
                weekly[w].GetProperty("sentiment").ValueKind.ShouldBe(JsonValueKind.Null);
            else
                weekly[w].GetProperty("sentiment").GetDouble().ShouldBe(inWeek.Sum(r => scores[r.Id]) / inWeek.Count, 1e-9);
        }

        Directory.Delete(work, recursive: true);
    }

    private static async Task<CliRun> ImportAsync(string work, string name, List<Row> rows, string[] common)
    {
        var folder = Path.Combine(work, name);
        var users = Enumerable.Range(1, 7).Select(i => new YammerUserRow(i, $"Medewerker {i}", $"m{i}@lindeloo.nl"));
        var groups = new[] { new YammerGroupRow(1, "Iedereen") };
        var messages = rows.Select(r => new YammerMessageRow(r.Id, r.Id, r.Author, r.Created, r.Body)
        {
            GroupId = r.Private ? null : 1,
            GroupName = r.Private ? null : "Iedereen",
            InPrivateConversation = r.Private,
            DeletedAt = r.Deleted ? r.Created.AddHours(1) : null,
        });
        new YammerExportWriter().WriteFolder(folder, new YammerExportContent(users, groups, [], messages));
        return await CliRun.RunAsync(["import", "yammer", folder, .. common]);
    }

    // Whole words, case- and accent-insensitive, words in order separated by white space.
    private static bool Has(string body, string words) =>
        Regex.IsMatch(body, @"(?<![\p{L}\p{N}])" + string.Join(@"\s+", words.Split(' ').Select(Regex.Escape)) + @"(?![\p{L}\p{N}])", RegexOptions.IgnoreCase);
}
