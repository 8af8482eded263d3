using System.Text.RegularExpressions;
using Pulse.Monitoring.Model;
using Pulse.Storage;
using Pulse.Storage.Import;
using Pulse.Testing;

namespace Pulse.Cli.Tests;

/// <summary>Themes end to end: stored, checked, and counted as an independent whole-word count says.</summary>
public sealed class ThemeCommandTests
{
    private static readonly string[] Bodies =
    [
        "De reorganisatie gaat door.", "REORGANISATIE, weer!", "Reorganisaties zijn lastig", "Over de nieuwe werkplek", "nieuwe werkplekken",
        "De nieuwe  werkplek bevalt", "test reorganisatie", "Réorganisatie met accent", "Geen van beide", "werkplek nieuwe",
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_theme_counts_the_messages_whose_whole_words_match_its_query(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var org = (await new OrganisationStore(test.Database).AddAsync("lindeloo", "Lindeloo", null)).Id;
        var at = new DateTimeOffset(2026, 10, 5, 9, 0, 0, TimeSpan.Zero);
        await using (var session = await ImportSession.BeginAsync(test.Database, org, Source.Yammer, null, CancellationToken.None))
        {
            await session.AddAccountAsync(new Account("1", null, "a@x.nl", null, null, null, AccountState.Active, false, null));
            await session.AddAccountAsync(new Account("2", null, "b@x.nl", null, null, null, AccountState.Active, false, null));
            for (var i = 0; i < Bodies.Length; i++)
            {
                await session.AddMessageAsync(new Message($"{i}", $"{i}", null, "g", i % 2 == 0 ? "1" : "2", at.AddHours(i), null, null, false, MessageKind.Post, Bodies[i], 0, false, []));
            }

            await session.CommitAsync(CancellationToken.None);
        }

        var add = await CliRun.RunAsync(["theme", "add", "Reorganisatie", "--query", "reorganisatie OR \"nieuwe werkplek\" AND NOT test", "--org", "lindeloo", .. test.CliArguments]);
        // Themes are counted through the search index, whose folder must be named with --db.
        var index = Directory.CreateTempSubdirectory("pulse-index").FullName;
        var run = await CliRun.RunAsync(["monitor", "themes", "--org", "lindeloo", "--from", "2026-10-01", "--to", "2026-10-10", "--json", "--index", index, .. test.CliArguments]);

        add.ExitCode.ShouldBe(0, add.Error);
        run.ExitCode.ShouldBe(0, run.Error);
        // The independent count: whole words, case- and accent-insensitive; NOT binds before AND before OR,
        // so the query reads reorganisatie OR ("nieuwe werkplek" AND NOT test).
        static string Fold(string s) => new(s.Normalize(System.Text.NormalizationForm.FormD).Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray());
        static bool Has(string body, string words) => Regex.IsMatch(Fold(body), @"(?<![\p{L}\p{N}])" + string.Join(@"\s+", words.Split(' ').Select(Regex.Escape)) + @"(?![\p{L}\p{N}])", RegexOptions.IgnoreCase);
        var expected = Bodies.Count(b => Has(b, "reorganisatie") || (Has(b, "nieuwe werkplek") && !Has(b, "test")));
        var theme = run.Json().GetProperty("themes").EnumerateArray().ShouldHaveSingleItem();
        theme.GetProperty("messages").GetInt32().ShouldBe(expected);
        expected.ShouldBe(6); // 0, 1, 3, 5, 6, 7: "Reorganisaties" and "werkplekken" are other words; 9 has the words in the other order
        theme.GetProperty("contributors").GetInt32().ShouldBe(2);
        theme.GetProperty("weekly").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_query_that_cannot_be_read_is_wrong_usage_naming_the_position()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        await CliRun.RunAsync(["org", "add", "lindeloo", "--name", "Lindeloo", .. test.CliArguments]);

        var run = await CliRun.RunAsync(["theme", "add", "Kapot", "--query", "storing AND (", "--org", "lindeloo", .. test.CliArguments]);
        var list = await CliRun.RunAsync(["theme", "list", "--org", "lindeloo", "--json", .. test.CliArguments]);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("position");
        list.Json().GetProperty("themes").GetArrayLength().ShouldBe(0);
    }
}
