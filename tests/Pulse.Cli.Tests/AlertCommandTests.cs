using Pulse.Demo.Yammer;
using Pulse.Testing;

namespace Pulse.Cli.Tests;

/// <summary>
/// Alerts end to end: rules added before an import are judged by the import itself, each alert is
/// raised once, acknowledging takes it off the open list; and knowledge risk names the one person a
/// theme's answers rest on. Expected alerts are derived by hand from the rows written here.
/// </summary>
public sealed class AlertCommandTests
{
    private static readonly DateTimeOffset Start = new(2026, 9, 7, 9, 0, 0, TimeSpan.Zero); // a Monday

    [Fact]
    public async Task An_import_raises_each_alert_once_and_acknowledged_alerts_leave_the_open_list()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        var work = Directory.CreateTempSubdirectory("pulse-alerts-").FullName;
        string[] common = ["--org", "lindeloo", "--json", .. test.CliArguments];
        await CliRun.RunAsync(["org", "add", "lindeloo", "--name", "Lindeloo", .. test.CliArguments]);
        (await CliRun.RunAsync(["theme", "add", "Parkeren", "--query", "parkeren", .. common])).ExitCode.ShouldBe(0);
        (await CliRun.RunAsync(["alert", "rule", "add", "--kind", "volume-spike", "--theme", "Parkeren", "--weeks", "4", .. common])).ExitCode.ShouldBe(0);
        (await CliRun.RunAsync(["alert", "rule", "add", "--kind", "unanswered", "--hours", "48", .. common])).ExitCode.ShouldBe(0);
        (await CliRun.RunAsync(["alert", "rule", "add", "--kind", "one-person", "--theme", "Parkeren", .. common])).ExitCode.ShouldBe(0);
        var badKind = await CliRun.RunAsync(["alert", "rule", "add", "--kind", "sometimes", .. common]);
        var noTheme = await CliRun.RunAsync(["alert", "rule", "add", "--kind", "volume-spike", "--theme", "Koffie", .. common]);

        var import = await ImportAsync(work, common);
        var again = await CliRun.RunAsync(["alert", "evaluate", .. common]);
        var open = await CliRun.RunAsync(["alerts", .. common]);

        badKind.ExitCode.ShouldBe(2);
        noTheme.ExitCode.ShouldBe(2);
        noTheme.Error.ShouldContain("Koffie");
        import.ExitCode.ShouldBe(0, import.Error);
        // By hand: weeks 2–5 hold 2 messages on parking each, week 6 holds 20 (z = 18 ≥ 3): a spike;
        // the question of day 1 of the partial week 7 waited 4 days (> 48 h), the one of day 4 only
        // 15 hours; 19 of the 24 replies on parking are by one person: it rests on them.
        import.Json().GetProperty("alertsRaised").GetInt32().ShouldBe(3);
        again.Json().GetProperty("raised").GetInt32().ShouldBe(0, "raised once");
        var alerts = open.Json().GetProperty("alerts").EnumerateArray().ToList();
        alerts.Select(a => a.GetProperty("kind").GetString()).Order().ShouldBe(["onePerson", "unanswered", "volumeSpike"]);
        var spike = alerts.Single(a => a.GetProperty("kind").GetString() == "volumeSpike");
        spike.GetProperty("subject").GetString().ShouldBe("Parkeren");
        spike.GetProperty("value").GetDouble().ShouldBe(20);
        spike.GetProperty("baseline").GetDouble().ShouldBe(2);
        spike.GetProperty("occurredAt").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2026, 10, 12, 0, 0, 0, TimeSpan.Zero));
        alerts.Single(a => a.GetProperty("kind").GetString() == "unanswered").GetProperty("subject").GetString().ShouldBe("yammer:900");
        var onePerson = alerts.Single(a => a.GetProperty("kind").GetString() == "onePerson");
        onePerson.GetProperty("value").GetDouble().ShouldBe(19); // Medewerker 3's replies…
        onePerson.GetProperty("baseline").GetDouble().ShouldBe(24); // …of the theme's 24

        var ack = await CliRun.RunAsync(["alert", "ack", spike.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), .. test.CliArguments]);
        var afterAck = await CliRun.RunAsync(["alerts", .. common]);
        var all = await CliRun.RunAsync(["alerts", "--all", .. common]);
        var unknown = await CliRun.RunAsync(["alert", "ack", "999999", .. test.CliArguments]);

        ack.ExitCode.ShouldBe(0, ack.Error);
        afterAck.Json().GetProperty("alerts").GetArrayLength().ShouldBe(2);
        all.Json().GetProperty("alerts").GetArrayLength().ShouldBe(3);
        unknown.ExitCode.ShouldBe(1);
        Directory.Delete(work, recursive: true);
    }

    [Fact]
    public async Task Knowledge_risk_names_the_person_a_theme_rests_on()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        var work = Directory.CreateTempSubdirectory("pulse-knowledge-").FullName;
        string[] common = ["--org", "lindeloo", "--json", .. test.CliArguments];
        await CliRun.RunAsync(["org", "add", "lindeloo", "--name", "Lindeloo", .. test.CliArguments]);
        await CliRun.RunAsync(["theme", "add", "Parkeren", "--query", "parkeren", .. common]);
        (await ImportAsync(work, common)).ExitCode.ShouldBe(0);

        var run = await CliRun.RunAsync(["monitor", "knowledge", .. common]);

        run.ExitCode.ShouldBe(0, run.Error);
        var theme = run.Json().GetProperty("themes").EnumerateArray().ShouldHaveSingleItem();
        // Replies matching "parkeren": 5 by Medewerker 2 (weeks 1–5), 19 by Medewerker 3 (week 6); 19 ≥ 24 / 2.
        theme.GetProperty("replies").GetInt32().ShouldBe(24);
        theme.GetProperty("people").GetInt32().ShouldBe(2);
        theme.GetProperty("absenceFactor").GetInt32().ShouldBe(1);
        theme.GetProperty("atRisk").GetBoolean().ShouldBeTrue();
        var first = theme.GetProperty("answerers")[0];
        first.GetProperty("name").GetString().ShouldBe("Medewerker 3");
        first.GetProperty("replies").GetInt32().ShouldBe(19);
        Directory.Delete(work, recursive: true);
    }

    private static async Task<CliRun> ImportAsync(string work, string[] common)
    {
        var rows = new List<YammerMessageRow>();
        long id = 100;
        YammerMessageRow Message(long thread, long author, DateTimeOffset at, string body, long? parent = null) =>
            new(id++, thread, author, at, body) { RepliedToId = parent, GroupId = 1, GroupName = "Iedereen" };
        for (var week = 0; week < 5; week++)
        {
            var starter = Message(id, 1, Start.AddDays((7 * week) + 1), "Waar kan ik parkeren?");
            rows.Add(starter);
            rows.Add(Message(starter.Id, 2, starter.CreatedAt.AddHours(2), "Parkeren kan in de garage.", starter.Id));
        }

        var full = Message(id, 1, Start.AddDays(36), "Parkeren is vol vandaag");
        rows.Add(full);
        for (var i = 0; i < 19; i++) rows.Add(Message(full.Id, 3, full.CreatedAt.AddHours(1 + i), $"Parkeren lukt bij het station, stap {i}", full.Id));
        rows.Add(new YammerMessageRow(900, 900, 4, Start.AddDays(43), "Wie weet waar de sleutel ligt?") { GroupId = 1, GroupName = "Iedereen" });
        rows.Add(new YammerMessageRow(901, 901, 6, Start.AddDays(46), "Goedemorgen allemaal") { GroupId = 1, GroupName = "Iedereen" });

        var users = Enumerable.Range(1, 6).Select(i => new YammerUserRow(i, $"Medewerker {i}", $"m{i}@lindeloo.nl"));
        var folder = Path.Combine(work, "export");
        new YammerExportWriter().WriteFolder(folder, new YammerExportContent(users, [new YammerGroupRow(1, "Iedereen")], [], rows));
        return await CliRun.RunAsync(["import", "yammer", folder, .. common]);
    }
}
