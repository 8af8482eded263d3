using System.Globalization;
using System.Text;
using System.Text.Json;
using Pulse.Monitoring.Model;
using Pulse.Storage;
using Pulse.Storage.Import;
using Pulse.Testing;

namespace Pulse.Cli.Tests;

/// <summary>
/// Issue 10's acceptance: the reality check on a generated organisation (answers, messages, directory)
/// gives the claimed and measured figures that an independent computation gives. The reference below is
/// written from the definitions (maturity-model.md's combination of respondents, monitoring-metrics.md's
/// countable messages, docs/metrics.md's reality check) and shares no production helper; the data goes in
/// through `pulse survey import` and the import session, and the figures come out of `pulse monitor reality --json`.
/// </summary>
public sealed class RealityCommandTests
{
    private static readonly DateTimeOffset To = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset From = To.AddDays(-90);
    private static readonly DateTimeOffset RecentFrom = To.AddDays(-28);
    private static readonly string[] ColleagueItems = ["col_regular", "col_expected", "col_rarely"];
    private static readonly string[] ManagerItems = ["mgr_post", "mgr_respond", "mgr_encourage", "mgr_prefer_email"];
    private static readonly string[] ReverseItems = ["col_rarely", "mgr_prefer_email"];
    private static readonly string[] Choices = ["none", "some", "most"];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_claimed_and_measured_figures_are_those_an_independent_computation_gives(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var random = new Random(1010);
        var world = await SeedAsync(test, random, "gemeente-lindeloo", respondents: 5);
        (await CliRun.RunAsync(["wave", "create", "2026", .. test.CliArguments])).ExitCode.ShouldBe(0);
        await ImportAnswersAsync(test, world.Answers);

        var run = await CliRun.RunAsync(["monitor", "reality", "--org", "gemeente-lindeloo", "--wave", "2026", "--to", "2026-10-01", "--json", .. test.CliArguments]);

        run.ExitCode.ShouldBe(0, run.Error);
        var json = run.Json();
        json.GetProperty("from").GetString().ShouldBe("2026-07-03T00:00:00Z");
        json.GetProperty("to").GetString().ShouldBe("2026-10-01T00:00:00Z");
        json.GetProperty("recentFrom").GetString().ShouldBe("2026-09-03T00:00:00Z");
        json.GetProperty("respondents").GetInt32().ShouldBe(5);
        var expected = Expect(world);
        var lines = json.GetProperty("lines").EnumerateArray().ToList();
        lines.Select(l => l.GetProperty("claim").GetString()).ShouldBe(expected.Select(e => e.Claim));
        foreach (var (line, want) in lines.Zip(expected))
        {
            var claim = want.Claim;
            line.GetProperty("claimedLow").GetDouble().ShouldBe(want.Low, 1e-9, claim);
            line.GetProperty("claimedHigh").GetDouble().ShouldBe(want.High, 1e-9, claim);
            line.GetProperty("measuredCount").GetInt32().ShouldBe(want.Count, claim);
            line.GetProperty("measuredOf").GetInt32().ShouldBe(want.Of, claim);
            line.GetProperty("measured").GetDouble().ShouldBe(100.0 * want.Count / want.Of, 1e-9, claim);
            line.GetProperty("gap").GetDouble().ShouldBe(want.Gap, 1e-9, claim);
            line.GetProperty("verdict").GetString().ShouldBe(want.Verdict, claim);
            line.GetProperty("unknown").ValueKind.ShouldBe(JsonValueKind.Null, claim);
            line.GetProperty("sentence").GetProperty("en").GetString()!.ShouldStartWith("claimed ", customMessage: claim);
            line.GetProperty("sentence").GetProperty("nl").GetString()!.ShouldStartWith("geclaimd ", customMessage: claim);
        }

        // The generated organisation is not degenerate: people need the platform, and the verdicts differ.
        expected.Single(e => e.Claim == "need_for_work_share").Count.ShouldBeGreaterThan(0);
        expected.Select(e => e.Verdict).Distinct().Count().ShouldBeGreaterThan(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_wave_count_covers_the_organisations_with_messages_and_their_verdicts(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var random = new Random(2020);
        var checkedOne = await SeedAsync(test, random, "gemeente-lindeloo", respondents: 5);
        // Three respondents: an employee survey too small to publish, so its claims cannot be compared.
        var withheld = await SeedAsync(test, random, "waterschap-aa", respondents: 3);
        (await CliRun.RunAsync(["wave", "create", "2026", .. test.CliArguments])).ExitCode.ShouldBe(0);
        // An organisation that answered but has no messages is not part of the count.
        var silent = Answers(random, "museum-zonder-berichten", 1);
        await ImportAnswersAsync(test, [.. checkedOne.Answers, .. withheld.Answers, .. silent]);

        var run = await CliRun.RunAsync(["monitor", "reality", "--wave", "2026", "--to", "2026-10-01", "--json", .. test.CliArguments]);

        run.ExitCode.ShouldBe(0, run.Error);
        var json = run.Json();
        var expected = Expect(checkedOne);
        json.GetProperty("organisations").GetInt32().ShouldBe(3);
        json.GetProperty("withMessages").GetInt32().ShouldBe(2);
        json.GetProperty("judged").GetInt32().ShouldBe(expected.Count);
        json.GetProperty("claimAbove").GetInt32().ShouldBe(expected.Count(e => e.Verdict is "above" or "farAbove"));
        json.GetProperty("claimAboveShare").GetDouble().ShouldBe((double)expected.Count(e => e.Verdict is "above" or "farAbove") / expected.Count, 1e-12);
        foreach (var claim in json.GetProperty("claims").EnumerateArray())
        {
            var want = expected.Single(e => e.Claim == claim.GetProperty("claim").GetString());
            foreach (var verdict in new[] { "farAbove", "above", "matches", "below", "farBelow" })
            {
                claim.GetProperty(verdict).GetInt32().ShouldBe(want.Verdict == verdict ? 1 : 0, $"{want.Claim} {verdict}");
            }

            claim.GetProperty("cannotSay").GetInt32().ShouldBe(1, want.Claim);
        }

        // The withheld organisation's own check says why, line by line.
        var own = await CliRun.RunAsync(["monitor", "reality", "--org", "waterschap-aa", "--wave", "2026", "--to", "2026-10-01", "--json", .. test.CliArguments]);
        own.Json().GetProperty("lines").EnumerateArray().ShouldAllBe(l => l.GetProperty("unknown").GetString() == "answersWithheld");
    }

    // ---- the generated organisation -------------------------------------------------------------

    private sealed record Person(string Email, bool InTargetGroup, bool IsManager);

    private sealed record World(List<Person> Directory, Dictionary<string, string> EmailOfAccount, List<Message> Messages, List<Dictionary<string, string>> Answers);

    private sealed record Expected(string Claim, double Low, double High, int Count, int Of, double Gap, string Verdict);

    /// <summary>
    /// 60 people (most in the target group, one in six a manager), 55 of them on the platform with their
    /// address in other capitals, a bot, a guest outside the directory; messages on random days from ten days
    /// before the period to five days after it, some people on most days, some deleted or private.
    /// </summary>
    private static async Task<World> SeedAsync(TestDatabase test, Random random, string slug, int respondents)
    {
        var organisation = (await new OrganisationStore(test.Database).AddAsync(slug, slug, 60)).Id;
        var directory = Enumerable.Range(0, 60).Select(i => new Person($"p{i}@{slug}.nl", i % 7 != 6, i % 6 == 0)).ToList();
        await new DirectoryStore(test.Database).ReplaceAsync(
            organisation, [.. directory.Select((p, i) => new DirectoryEntry(p.Email, null, "Afdeling " + (i % 3), p.IsManager, p.InTargetGroup, null, null))]);

        var accounts = new List<Account>();
        var emailOf = new Dictionary<string, string>();
        for (var i = 0; i < 55; i++)
        {
            accounts.Add(new Account("u" + i, null, directory[i].Email.ToUpperInvariant(), null, null, null, AccountState.Active, false, null));
            emailOf["u" + i] = directory[i].Email.ToUpperInvariant();
        }

        accounts.Add(new Account("bot", null, "bot@" + slug + ".nl", null, null, null, AccountState.Active, true, null));
        accounts.Add(new Account("guest", null, "gast@extern.nl", null, null, null, AccountState.Active, false, null));
        emailOf["bot"] = "bot@" + slug + ".nl";
        emailOf["guest"] = "gast@extern.nl";

        var messages = new List<Message>();
        var id = 0;
        foreach (var account in accounts)
        {
            // Some write on most days, some now and then, some never.
            var daily = account.ExternalId switch
            {
                "bot" => 0.2,
                "guest" => 0.1,
                _ => int.Parse(account.ExternalId[1..], CultureInfo.InvariantCulture) % 4 switch { 0 => 0.5, 1 => 0.05, 2 => 0.02, _ => 0.0 },
            };
            for (var day = From.AddDays(-10); day < To.AddDays(5); day = day.AddDays(1))
            {
                if (random.NextDouble() >= daily) continue;
                for (var n = random.Next(4) == 0 ? 2 : 1; n > 0; n--)
                {
                    var at = day.AddMinutes(random.Next(24 * 60));
                    var deleted = random.Next(15) == 0 ? at.AddHours(1) : (DateTimeOffset?)null;
                    var isPrivate = random.Next(12) == 0;
                    var key = $"{slug}-{id++}";
                    messages.Add(new Message(key, key, null, isPrivate ? null : "g1", account.ExternalId, at, null, deleted, isPrivate, MessageKind.Post, "Bericht", 0, false, []));
                }
            }
        }

        await using (var session = await ImportSession.BeginAsync(test.Database, organisation, Source.Yammer, null, CancellationToken.None))
        {
            foreach (var account in accounts) await session.AddAccountAsync(account);
            foreach (var message in messages) await session.AddMessageAsync(message);
            await session.CommitAsync(CancellationToken.None);
        }

        return new World(directory, emailOf, messages, Answers(random, slug, respondents));
    }

    /// <summary>Random answers to the claims; everything else blank (missing).</summary>
    private static List<Dictionary<string, string>> Answers(Random random, string slug, int respondents) =>
        [.. Enumerable.Range(1, respondents).Select(r =>
        {
            var row = new Dictionary<string, string>
            {
                ["organisation"] = slug,
                ["respondent"] = r.ToString(CultureInfo.InvariantCulture),
                ["has_community"] = "yes",
                ["active_share"] = random.Next(20, 90).ToString(CultureInfo.InvariantCulture),
                // One respondent leaves it open: the mean is over those who answered.
                ["need_for_work_share"] = r == 2 ? string.Empty : random.Next(0, 60).ToString(CultureInfo.InvariantCulture),
                ["management_participation"] = Choices[random.Next(3)],
                ["target_all"] = random.Next(3) == 0 ? "no" : "yes",
            };
            foreach (var item in ColleagueItems.Concat(ManagerItems)) row[item] = random.Next(1, 6).ToString(CultureInfo.InvariantCulture);
            return row;
        })];

    private static async Task ImportAnswersAsync(TestDatabase test, List<Dictionary<string, string>> rows)
    {
        var template = await CliRun.RunAsync(["survey", "template", "--wave", "2026", .. test.CliArguments]);
        var columns = template.Output.Trim().Split(',');
        var text = new StringBuilder(string.Join(',', columns)).Append('\n');
        foreach (var row in rows) text.AppendJoin(',', columns.Select(c => row.GetValueOrDefault(c, string.Empty))).Append('\n');
        var path = Path.Combine(Directory.CreateTempSubdirectory("pulse-reality").FullName, "antwoorden.csv");
        await File.WriteAllTextAsync(path, text.ToString());
        var run = await CliRun.RunAsync(["survey", "import", path, "--wave", "2026", "--create-organisations", .. test.CliArguments]);
        run.ExitCode.ShouldBe(0, run.Error);
    }

    // ---- the independent computation ------------------------------------------------------------

    private static List<Expected> Expect(World world)
    {
        // Claims: respondents combined as maturity-model.md says.
        var answers = world.Answers;
        double Mean(string item) => answers.Where(a => a[item].Length > 0).Average(a => double.Parse(a[item], CultureInfo.InvariantCulture));
        var choice = Choices.OrderByDescending(c => answers.Count(a => a["management_participation"] == c)).ThenBy(c => Array.IndexOf(Choices, c)).First();
        var yes = answers.Count(a => a["target_all"] == "yes");
        var no = answers.Count(a => a["target_all"] == "no");
        double Likert(string item, string value)
        {
            var v = int.Parse(value, CultureInfo.InvariantCulture);
            return ReverseItems.Contains(item) ? (5 - v) / 4.0 * 100 : (v - 1) / 4.0 * 100;
        }

        double Construct(string[] items) => items.Select(item => answers.Average(a => Likert(item, a[item]))).Average();

        // Measurements: countable messages (not deleted, not private, not by the bot), people by address.
        bool Countable(Message m) => m.DeletedAt is null && !m.IsPrivate && m.AuthorExternalId != "bot";
        var daysOf = new Dictionary<string, HashSet<DateOnly>>();
        var recentDaysOf = new Dictionary<string, HashSet<DateOnly>>();
        foreach (var m in world.Messages.Where(Countable))
        {
            var person = world.EmailOfAccount[m.AuthorExternalId!].ToLowerInvariant();
            var date = DateOnly.FromDateTime(m.CreatedAt.UtcDateTime);
            if (m.CreatedAt >= From && m.CreatedAt < To) Add(daysOf, person, date);
            if (m.CreatedAt >= RecentFrom && m.CreatedAt < To) Add(recentDaysOf, person, date);
        }

        var targetGroup = world.Directory.Where(p => p.InTargetGroup).ToList();
        var managers = targetGroup.Where(p => p.IsManager).ToList();
        bool Active(Person p) => daysOf.ContainsKey(p.Email);
        var participation = (targetGroup.Count(Active), targetGroup.Count);
        var management = (managers.Count(Active), managers.Count);
        var need = (targetGroup.Count(p => recentDaysOf.TryGetValue(p.Email, out var d) && d.Count >= 10), targetGroup.Count);
        var reach = (world.Directory.Count(Active), world.Directory.Count);

        var (low, high) = choice switch { "none" => (0.0, 0.0), "some" => (0.0, 50.0), _ => (50.0, 100.0) };
        yes.ShouldNotBe(no, "the generated answers must not tie on target_all");
        var everyone = yes > no ? (100.0, 100.0) : (0.0, 100.0);
        return
        [
            Line("active_share", Mean("active_share"), Mean("active_share"), participation),
            Line("management_participation", low, high, management),
            Line("need_for_work_share", Mean("need_for_work_share"), Mean("need_for_work_share"), need),
            Line("target_all", everyone.Item1, everyone.Item2, reach),
            Line("colleague_use", Construct(ColleagueItems), Construct(ColleagueItems), participation),
            Line("manager_use", Construct(ManagerItems), Construct(ManagerItems), management),
        ];

        static void Add(Dictionary<string, HashSet<DateOnly>> map, string person, DateOnly date)
        {
            if (!map.TryGetValue(person, out var set)) map[person] = set = [];
            set.Add(date);
        }
    }

    /// <summary>docs/metrics.md's verdicts: the claim's nearest end against the measurement, 10 points either way, "far" past double.</summary>
    private static Expected Line(string claim, double low, double high, (int Count, int Of) measured)
    {
        var value = 100.0 * measured.Count / measured.Of;
        var nearest = value < low ? low : value > high ? high : value;
        var gap = nearest - value;
        var verdict = gap > 10 ? (nearest > 2 * value ? "farAbove" : "above")
            : gap < -10 ? (value > 2 * nearest ? "farBelow" : "below")
            : "matches";
        return new Expected(claim, low, high, measured.Count, measured.Of, gap, verdict);
    }
}
