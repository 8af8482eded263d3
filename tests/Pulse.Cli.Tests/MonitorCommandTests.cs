using Pulse.Monitoring.Model;
using Pulse.Storage;
using Pulse.Storage.Import;
using Pulse.Testing;

namespace Pulse.Cli.Tests;

public sealed class MonitorCommandTests
{
    private static readonly DateTimeOffset Start = new(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Six people in two departments, one thread answered after 2 hours, one unanswered; before
    /// September (the previous 30-day period of the test's) people 2 and 4 each posted once.
    /// </summary>
    private static async Task SeedAsync(TestDatabase test)
    {
        var org = (await new OrganisationStore(test.Database).AddAsync("gemeente-lindeloo", "Gemeente Lindeloo", 6)).Id;
        await new DirectoryStore(test.Database).ReplaceAsync(org,
        [
            .. Enumerable.Range(1, 5).Select(i => new DirectoryEntry($"p{i}@x.nl", null, "ICT", i == 1, true, null, null)),
            new DirectoryEntry("p6@x.nl", null, "HR", false, true, null, null),
        ]);
        await using var session = await ImportSession.BeginAsync(test.Database, org, Source.Yammer, null, CancellationToken.None);
        for (var i = 1; i <= 6; i++)
        {
            await session.AddAccountAsync(new Account($"{i}", null, $"p{i}@x.nl", null, null, null, AccountState.Active, false, null));
        }

        await session.AddMessageAsync(new Message("a1", "a1", null, "g", "2", Start.AddDays(-10), null, null, false, MessageKind.Post, "Augustus", 0, false, []));
        await session.AddMessageAsync(new Message("a2", "a2", null, "g", "4", Start.AddDays(-5), null, null, false, MessageKind.Post, "Ook augustus", 0, false, []));
        await session.AddMessageAsync(new Message("1", "1", null, "g", "1", Start, null, null, false, MessageKind.Post, "Vraag", 0, false, []));
        await session.AddMessageAsync(new Message("2", "1", "1", "g", "6", Start.AddHours(2), null, null, false, MessageKind.Post, "Antwoord", 0, false, []));
        await session.AddMessageAsync(new Message("3", "3", null, "g", "2", Start.AddDays(1), null, null, false, MessageKind.Post, "Nog een vraag", 0, false, []));
        await session.CommitAsync(CancellationToken.None);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Participation_as_json_has_the_documented_fields(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await SeedAsync(test);

        var run = await CliRun.RunAsync(["monitor", "participation", "--org", "gemeente-lindeloo", "--from", "2026-09-01", "--to", "2026-10-01", "--json", .. test.CliArguments]);

        run.ExitCode.ShouldBe(0, run.Error);
        var json = run.Json();
        json.GetProperty("messages").GetInt32().ShouldBe(3);
        json.GetProperty("threads").GetInt32().ShouldBe(2);
        json.GetProperty("replies").GetInt32().ShouldBe(1);
        json.GetProperty("contributors").GetInt32().ShouldBe(3);
        json.GetProperty("targetGroupSize").GetInt32().ShouldBe(6);
        json.GetProperty("activeInTargetGroup").GetInt32().ShouldBe(3);
        json.GetProperty("participationRate").GetDouble().ShouldBe(0.5, 1e-9);
        json.GetProperty("managersInTargetGroup").GetInt32().ShouldBe(1);
        json.GetProperty("activeManagers").GetInt32().ShouldBe(1);
        json.GetProperty("managementParticipationRate").GetDouble().ShouldBe(1.0, 1e-9);
        json.GetProperty("threadsAnsweredWithin24h").GetDouble().ShouldBe(0.5, 1e-9);
        json.GetProperty("medianHoursToFirstReply").GetDouble().ShouldBe(2.0, 1e-9);
        json.GetProperty("unansweredThreads").GetInt32().ShouldBe(1);
        json.GetProperty("crossDepartmentReplyShare").GetDouble().ShouldBe(1.0, 1e-9);
        json.GetProperty("pyramid").GetProperty("lurkerShare").GetDouble().ShouldBe(0.5, 1e-9);
        // September's contributors are 1, 2 and 6; 2 had posted in August, so only 1 and 6 are new.
        json.GetProperty("newcomers").GetInt32().ShouldBe(2);
        // August's contributors are 2 and 4; of them only 2 contributes again in September: 1 / 2.
        json.GetProperty("retention").GetDouble().ShouldBe(0.5, 1e-9);
        json.GetProperty("from").GetString().ShouldBe("2026-09-01T00:00:00Z");
        // ICT has 5 people, HR only 1: HR is below the threshold of 5, and showing ICT alone would
        // give HR away as the total (6) minus ICT (5), so ICT is hidden as well; nothing is left to list.
        json.GetProperty("departments").GetArrayLength().ShouldBe(0);
        json.GetProperty("hiddenDepartments").GetInt32().ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Groups_lists_each_community_with_its_own_figures(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await SeedAsync(test);

        var run = await CliRun.RunAsync(["monitor", "groups", "--org", "gemeente-lindeloo", "--from", "2026-09-01", "--to", "2026-10-01", "--json", .. test.CliArguments]);

        run.ExitCode.ShouldBe(0, run.Error);
        // Every seeded message is in group "g" (no group row, so it is named by its id): September holds
        // 3 messages in 2 threads by 3 people of the 6 in the target group; August (the 30 days before) held 2.
        var group = run.Json().GetProperty("groups").EnumerateArray().ShouldHaveSingleItem();
        group.GetProperty("name").GetString().ShouldBe("yammer:g");
        group.GetProperty("messages").GetInt32().ShouldBe(3);
        group.GetProperty("threads").GetInt32().ShouldBe(2);
        group.GetProperty("contributors").GetInt32().ShouldBe(3);
        group.GetProperty("targetGroupShare").GetDouble().ShouldBe(0.5, 1e-9);
        group.GetProperty("previousMessages").GetInt32().ShouldBe(2);
        group.GetProperty("trend").GetDouble().ShouldBe(0.5, 1e-9);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Trends_finds_what_is_far_above_its_baseline_and_never_a_persons_name(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var org = (await new OrganisationStore(test.Database).AddAsync("trend", "Trend", null)).Id;
        var at = new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);
        await using (var session = await ImportSession.BeginAsync(test.Database, org, Source.Yammer, null, CancellationToken.None))
        {
            await session.AddAccountAsync(new Account("1", "Piet Zwartkop", "p@x.nl", null, null, null, AccountState.Active, false, null));
            await session.AddAccountAsync(new Account("9", "Bot", null, null, null, null, AccountState.Active, true, null));
            for (var week = 1; week <= 8; week++)
            {
                await session.AddMessageAsync(new Message($"b{week}", $"b{week}", null, "g", "1", at.AddDays(-7 * week - 2), null, null, false, MessageKind.Post, "Koffie staat klaar", 0, false, []));
            }

            for (var i = 0; i < 6; i++)
            {
                await session.AddMessageAsync(new Message($"n{i}", $"n{i}", null, "g", "1", at.AddDays(-1).AddHours(i), null, null, false, MessageKind.Post, "Zwartkop: het webinar Omgevingswet", 0, false, []));
                // A bot's messages are not messages: its words never trend.
                await session.AddMessageAsync(new Message($"x{i}", $"x{i}", null, "g", "9", at.AddDays(-1).AddHours(i), null, null, false, MessageKind.Post, "Automatische melding serveronderhoud", 0, false, []));
            }

            await session.CommitAsync(CancellationToken.None);
        }

        var run = await CliRun.RunAsync(["monitor", "trends", "--org", "trend", "--json", .. test.CliArguments]);

        run.ExitCode.ShouldBe(0, run.Error);
        // The default window ends the day after the latest message (30 Nov). "webinar omgevingswet": 6
        // messages now, none in the 8 weeks before → mean 0, sd floored at 1 → z = 6. Its words alone
        // have the same count and are left to the phrase; "het" is a stop word; Zwartkop is a person;
        // koffie is in every week, once (1 < the minimum of 5).
        var terms = run.Json().GetProperty("terms").EnumerateArray().ToList();
        var term = terms.ShouldHaveSingleItem();
        term.GetProperty("term").GetString().ShouldBe("webinar omgevingswet");
        term.GetProperty("count").GetInt32().ShouldBe(6);
        term.GetProperty("z").GetDouble().ShouldBe(6.0, 1e-9);
        term.GetProperty("messages").GetArrayLength().ShouldBe(6);
    }

    [Fact]
    public async Task Weekly_gives_the_period_in_whole_monday_weeks()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        await SeedAsync(test);

        var run = await CliRun.RunAsync(["monitor", "participation", "--org", "gemeente-lindeloo", "--from", "2026-09-01", "--to", "2026-10-01", "--weekly", "--json", .. test.CliArguments]);

        run.ExitCode.ShouldBe(0, run.Error);
        // 1 September 2026 is a Tuesday: the weeks start on 31 Aug, 7, 14, 21 and 28 Sept. All three
        // September messages (1 and 2 Sept, by three of the six) fall in the first; the August ones
        // (22 and 27 Aug) fall before it.
        var weeks = run.Json().GetProperty("weekly").EnumerateArray().ToList();
        weeks.Select(w => w.GetProperty("week").GetString()).ShouldBe(["2026-08-31", "2026-09-07", "2026-09-14", "2026-09-21", "2026-09-28"]);
        weeks.Select(w => w.GetProperty("messages").GetInt32()).ShouldBe([3, 0, 0, 0, 0]);
        weeks[0].GetProperty("contributors").GetInt32().ShouldBe(3);
        weeks[0].GetProperty("participationRate").GetDouble().ShouldBe(0.5, 1e-9);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("0")]
    public async Task A_threshold_below_3_is_refused_as_wrong_usage(string threshold)
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        await SeedAsync(test);

        var run = await CliRun.RunAsync(["monitor", "participation", "--org", "gemeente-lindeloo", "--min-group", threshold, .. test.CliArguments]);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("at least 3");
    }

    [Fact]
    public async Task An_unknown_organisation_fails_with_exit_code_1()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");

        var run = await CliRun.RunAsync(["monitor", "participation", "--org", "nobody", .. test.CliArguments]);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("no organisation 'nobody'");
    }

    [Fact]
    public async Task A_bad_date_is_wrong_usage()
    {
        var run = await CliRun.RunAsync("monitor", "participation", "--org", "x", "--from", "1-9-2026");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("YYYY-MM-DD");
    }
}
