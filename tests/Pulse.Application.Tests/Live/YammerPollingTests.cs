using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pulse.Connectors.Yammer;
using Pulse.Storage;
using Pulse.Testing;

namespace Pulse.Application.Tests.Live;

/// <summary>The Yammer poller against a stand-in API on loopback (YammerStandIn), through the real import and database.</summary>
public sealed class YammerPollingTests
{
    /// <summary>Short waits, so that back-off tests take milliseconds; Retry-After is obeyed as given.</summary>
    private static readonly YammerApiPolicy Quick = new(TimeSpan.FromMilliseconds(50), 4, TimeSpan.FromSeconds(30));

    private static async Task<(TestDatabase Database, PulseApp App)> OpenAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await new OrganisationStore(database.Database).AddAsync("lindeloo", "Gemeente Lindeloo", 1240);
        var app = await PulseApp.OpenAsync(database.Options);
        app.Yammer.Policy = Quick;
        return (database, app);
    }

    private static async Task<List<(string Id, int Kind)>> StoredAsync(TestDatabase database)
    {
        await using var db = database.Database.CreateContext();
        return [.. (await db.Messages.Select(m => new { m.ExternalId, m.Kind }).ToListAsync()).Select(m => (m.ExternalId, m.Kind)).OrderBy(m => m.ExternalId, StringComparer.Ordinal)];
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_poll_that_first_gets_429_waits_as_Retry_After_says_then_stores_the_messages_once(string provider)
    {
        var sample = JsonNode.Parse(await File.ReadAllTextAsync(SharedData.PathOrSkip("pnp-cli-m365-response-examples", "viva-engage-message-get.json")))!.AsObject();
        var (database, app) = await OpenAsync(provider);
        await using var _ = database;
        await using var api = await YammerStandIn.StartAsync();
        api.Add(sample, YammerStandIn.Message(9001, 36425097217, "Goedemorgen"), YammerStandIn.Message(9002, 36425097217, "Dank je", thread: 9001, repliedTo: 9001),
            YammerStandIn.Message(9003, 36425097217, "Bram Visser has joined the group", system: true));
        api.FailNext(HttpStatusCode.TooManyRequests, retryAfter: "1");

        var report = await app.Yammer.ConnectAsync("lindeloo", YammerStandIn.Token, api.BaseUrl.ToString(), TestContext.Current.CancellationToken);

        api.Requests[0].Status.ShouldBe(429);
        api.Requests[1].Status.ShouldBe(200);
        (api.Requests[1].At - api.Requests[0].At).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950));
        report.Import.ShouldNotBeNull().Result.Messages.New.ShouldBe(4);
        report.Cursor.ShouldBe("2000337749565441");
        // Kinds: 0 post, 2 system (MessageKind); the sample and the two hand-built posts are posts.
        (await StoredAsync(database)).ShouldBe([("2000337749565441", 0), ("9001", 0), ("9002", 0), ("9003", 2)]);
        // The system message does not count: two posts on 28 November 2026, the sample is from 2022.
        var day = new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero);
        (await app.Participation.RunAsync("lindeloo", day, day.AddDays(1), cancellationToken: TestContext.Current.CancellationToken)).Report.Messages.ShouldBe(2);

        var again = await app.Yammer.PollAsync("lindeloo", TestContext.Current.CancellationToken);

        again.Import.ShouldBeNull();
        api.Requests[^1].Query.ShouldContain("newer_than=2000337749565441");
        (await StoredAsync(database)).Count.ShouldBe(4);
    }

    [Fact]
    public async Task Polls_page_back_within_newer_than_and_ask_again_above_the_newest_id()
    {
        var (database, app) = await OpenAsync("sqlite");
        await using var _ = database;
        app.Yammer.Policy = Quick with { PageSize = 2 };
        await using var api = await YammerStandIn.StartAsync();
        api.Add([.. Enumerable.Range(11, 5).Select(id => YammerStandIn.Message(id, 7, "bericht " + id.ToString(CultureInfo.InvariantCulture)))]);
        var first = await app.Yammer.ConnectAsync("lindeloo", YammerStandIn.Token, api.BaseUrl.ToString(), TestContext.Current.CancellationToken);
        first.Cursor.ShouldBe("15");
        api.Requests.Clear();
        api.Add([.. Enumerable.Range(16, 3).Select(id => YammerStandIn.Message(id, 7, "nieuw " + id.ToString(CultureInfo.InvariantCulture)))]);

        var report = await app.Yammer.PollAsync("lindeloo", TestContext.Current.CancellationToken);

        // Newest first, two a page: 18 and 17, then below 17 (16, nothing older in the window), then nothing above 18.
        api.Requests.Select(r => r.Query).ShouldBe(["?limit=2&newer_than=15", "?limit=2&newer_than=15&older_than=17", "?limit=2&newer_than=18"]);
        report.Import.ShouldNotBeNull().Result.Messages.New.ShouldBe(3);
        report.Cursor.ShouldBe("18");
        (await StoredAsync(database)).Count.ShouldBe(8);
    }

    [Fact]
    public async Task Server_errors_are_retried_with_back_off()
    {
        var (database, app) = await OpenAsync("sqlite");
        await using var _ = database;
        await using var api = await YammerStandIn.StartAsync();
        api.Add(YammerStandIn.Message(21, 7, "hallo"));
        api.FailNext(HttpStatusCode.ServiceUnavailable);
        api.FailNext(HttpStatusCode.BadGateway);

        var report = await app.Yammer.ConnectAsync("lindeloo", YammerStandIn.Token, api.BaseUrl.ToString(), TestContext.Current.CancellationToken);

        api.Requests.Take(3).Select(r => r.Status).ShouldBe([503, 502, 200]);
        // 50 ms, then doubled: 100 ms.
        (api.Requests[2].At - api.Requests[1].At).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(95));
        report.Import.ShouldNotBeNull().Result.Messages.New.ShouldBe(1);
    }

    [Fact]
    public async Task Retry_After_as_an_HTTP_date_is_waited_for()
    {
        var (database, app) = await OpenAsync("sqlite");
        await using var _ = database;
        await using var api = await YammerStandIn.StartAsync();
        api.Add(YammerStandIn.Message(31, 7, "hallo"));
        // HTTP dates have whole seconds: two seconds ahead is at least one second of waiting.
        var until = DateTimeOffset.UtcNow.AddSeconds(2);
        api.FailNext(HttpStatusCode.TooManyRequests, until.ToString("R", CultureInfo.InvariantCulture));

        var report = await app.Yammer.ConnectAsync("lindeloo", YammerStandIn.Token, api.BaseUrl.ToString(), TestContext.Current.CancellationToken);

        var whole = new DateTimeOffset(until.Year, until.Month, until.Day, until.Hour, until.Minute, until.Second, TimeSpan.Zero);
        api.Requests[1].At.ShouldBeGreaterThanOrEqualTo(whole.AddMilliseconds(-50));
        report.Import.ShouldNotBeNull().Result.Messages.New.ShouldBe(1);
    }

    [Fact]
    public async Task A_bad_token_fails_clearly_and_changes_nothing()
    {
        var (database, app) = await OpenAsync("sqlite");
        await using var _ = database;
        await using var api = await YammerStandIn.StartAsync();
        api.Add(YammerStandIn.Message(41, 7, "hallo"));

        var failure = await Should.ThrowAsync<PulseException>(() => app.Yammer.ConnectAsync("lindeloo", "wrong-token", api.BaseUrl.ToString(), TestContext.Current.CancellationToken));

        failure.Message.ShouldContain("refused the token (401");
        failure.Message.ShouldContain("Nothing was imported");
        api.Requests.Count.ShouldBe(1);
        (await StoredAsync(database)).ShouldBeEmpty();
        (await Should.ThrowAsync<PulseException>(() => app.Yammer.PollAsync("lindeloo", TestContext.Current.CancellationToken))).Message.ShouldContain("not connected");
    }

    [Fact]
    public async Task A_poll_that_imports_tells_the_organisations_listeners_and_a_poll_that_finds_nothing_does_not()
    {
        var (database, app) = await OpenAsync("sqlite");
        await using var _ = database;
        await using var api = await YammerStandIn.StartAsync();
        api.Add(YammerStandIn.Message(51, 7, "hallo"), YammerStandIn.Message(52, 7, "nog een"));
        using var lindeloo = app.Live.Subscribe("lindeloo");
        using var other = app.Live.Subscribe("elders");

        await app.Yammer.ConnectAsync("lindeloo", YammerStandIn.Token, api.BaseUrl.ToString(), TestContext.Current.CancellationToken);
        await app.Yammer.PollAsync("lindeloo", TestContext.Current.CancellationToken);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await using var news = lindeloo.ReadAllAsync(timeout.Token).GetAsyncEnumerator(timeout.Token);
        (await news.MoveNextAsync()).ShouldBeTrue();
        news.Current.Organisation.ShouldBe("lindeloo");
        news.Current.Messages.ShouldBe(2);
        // Nothing more: the second poll found nothing newer, and the other organisation heard nothing.
        using var brief = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await Should.ThrowAsync<OperationCanceledException>(async () => await lindeloo.ReadAllAsync(brief.Token).GetAsyncEnumerator(brief.Token).MoveNextAsync());
        using var brief2 = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        await Should.ThrowAsync<OperationCanceledException>(async () => await other.ReadAllAsync(brief2.Token).GetAsyncEnumerator(brief2.Token).MoveNextAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_servers_on_one_database_poll_a_connection_once_per_interval_between_them(string provider)
    {
        var (database, app) = await OpenAsync(provider);
        await using var _ = database;
        var second = await PulseApp.OpenAsync(database.Options);
        second.Yammer.Policy = Quick;
        await using var api = await YammerStandIn.StartAsync();
        api.Add(YammerStandIn.Message(61, 7, "hallo"));
        await app.Yammer.ConnectAsync("lindeloo", YammerStandIn.Token, api.BaseUrl.ToString(), TestContext.Current.CancellationToken);
        api.Requests.Clear();
        api.Add(YammerStandIn.Message(62, 7, "nieuw"));
        var interval = TimeSpan.FromMinutes(5);

        var rounds = await Task.WhenAll(
            app.Yammer.PollDueAsync(interval, TestContext.Current.CancellationToken),
            second.Yammer.PollDueAsync(interval, TestContext.Current.CancellationToken));

        // One of the two polled: newer than 61 (finds 62), then newer than 62 (nothing); the other left it.
        var polled = rounds.SelectMany(r => r).ShouldHaveSingleItem();
        polled.Report.ShouldNotBeNull().Import.ShouldNotBeNull().Result.Messages.New.ShouldBe(1);
        api.Requests.Select(r => r.Query).ShouldBe(["?limit=20&newer_than=61", "?limit=20&newer_than=62"]);
        var organisation = await new OrganisationStore(database.Database).GetAsync("lindeloo", TestContext.Current.CancellationToken);
        (await new PolledConnectionStore(database.Database).FindAsync(organisation.Id, Pulse.Application.Live.YammerPolling.Platform, TestContext.Current.CancellationToken))!.Cursor.ShouldBe("62");

        // The next round of either server, within the interval, polls nothing.
        (await second.Yammer.PollDueAsync(interval, TestContext.Current.CancellationToken)).ShouldBeEmpty();
        (await app.Yammer.PollDueAsync(interval, TestContext.Current.CancellationToken)).ShouldBeEmpty();
        api.Requests.Count.ShouldBe(2);
    }
}
