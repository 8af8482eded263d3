using System.Diagnostics;
using System.Net;
using Pulse.Application;
using Pulse.Application.Access;
using Pulse.Storage;

namespace Pulse.Web.Tests;

/// <summary>/org/{slug}/live (Server-Sent Events) over HTTP: who may listen, and that a committed import is announced at once.</summary>
public sealed class LiveUpdatesTests
{
    private static Task<RunningApp> StartAsync() => RunningApp.StartAsync(seed: async db =>
    {
        var store = new OrganisationStore(db.Database);
        await store.AddAsync("lindeloo", "Gemeente Lindeloo", 1240);
        await store.AddAsync("rijnvliet", "Waterschap Rijnvliet", 720);
    });

    /// <summary>Reads Server-Sent Events (the wire format, written here independently of ASP.NET's writer) until one of the type arrives.</summary>
    private static async Task<(string Type, string Data)> NextEventAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        string type = "message", data = "";
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                if (type != "keep-alive") return (type, data);
                (type, data) = ("message", "");
            }
            else if (line.StartsWith("event: ", StringComparison.Ordinal)) type = line["event: ".Length..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line["data: ".Length..];
        }

        throw new EndOfStreamException("the event stream ended");
    }

    private static async Task<(HttpResponseMessage Response, StreamReader Reader)> OpenAsync(HttpClient client, string slug)
    {
        var response = await client.GetAsync($"/org/{slug}/live", HttpCompletionOption.ResponseHeadersRead);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        return (response, reader);
    }

    [Fact]
    public async Task The_warm_up_is_woken_by_the_next_import_of_any_organisation_even_one_nobody_watches()
    {
        var live = new Pulse.Application.Live.LiveUpdates();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var first = live.NextPublicationAsync(timeout.Token);
        await Task.Delay(50);
        first.IsCompleted.ShouldBeFalse();

        live.Publish(new Pulse.Application.Live.ImportCommitted("rijnvliet", DateTimeOffset.UtcNow, 1));
        await first;
        // One wake-up per publication: the next wait waits for the next import.
        var second = live.NextPublicationAsync(timeout.Token);
        await Task.Delay(50);
        second.IsCompleted.ShouldBeFalse();
        live.Publish(new Pulse.Application.Live.ImportCommitted("lindeloo", DateTimeOffset.UtcNow, 3));
        await second;
    }

    [Fact]
    public async Task A_committed_import_is_announced_to_the_organisations_stream_within_two_seconds()
    {
        await using var app = await StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var (response, reader) = await OpenAsync(app.Client, "lindeloo");
        using var _ = response;
        using var __ = reader;
        (await NextEventAsync(reader, timeout.Token)).Type.ShouldBe("open");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/event-stream");

        var clock = Stopwatch.StartNew();
        await LiveMessages.ImportAsync(app.Pulse, "lindeloo", 101);
        var imported = clock.Elapsed;
        var (type, data) = await NextEventAsync(reader, timeout.Token);
        var announced = clock.Elapsed;

        type.ShouldBe("import");
        long.Parse(data, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeMilliseconds());
        (announced - imported).ShouldBeLessThan(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task An_import_by_another_process_is_announced_by_the_watch()
    {
        await using var app = await StartAsync();
        // A second application over the same database: what `pulse import` in another process is.
        var other = await PulseApp.OpenAsync(app.Database.Options);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var (response, reader) = await OpenAsync(app.Client, "lindeloo");
        using var _ = response;
        using var __ = reader;
        (await NextEventAsync(reader, timeout.Token)).Type.ShouldBe("open");
        // The watch must have seen the revision before the import (it checks once a second).
        await Task.Delay(TimeSpan.FromSeconds(1.5), timeout.Token);

        var clock = Stopwatch.StartNew();
        await LiveMessages.ImportAsync(other, "lindeloo", 201);
        var imported = clock.Elapsed;
        var (type, _) = await NextEventAsync(reader, timeout.Token);

        type.ShouldBe("import");
        (clock.Elapsed - imported).ShouldBeLessThan(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Another_organisations_import_is_not_announced()
    {
        await using var app = await StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var (response, reader) = await OpenAsync(app.Client, "lindeloo");
        using var _ = response;
        using var __ = reader;
        (await NextEventAsync(reader, timeout.Token)).Type.ShouldBe("open");

        await LiveMessages.ImportAsync(app.Pulse, "rijnvliet", 301);
        using var quiet = new CancellationTokenSource(TimeSpan.FromSeconds(2.5));
        var heard = NextEventAsync(reader, quiet.Token);

        await Should.ThrowAsync<OperationCanceledException>(() => heard);
    }

    [Fact]
    public async Task Only_who_may_see_the_organisation_may_listen()
    {
        await using var app = await StartAsync();
        await app.Pulse.Access.AddUserAsync("analist@rijnvliet.test", Roles.Analyst, ["rijnvliet"], "twaalf tekens of meer");
        using var analyst = app.NewClient(followRedirects: false);
        (await app.SignInAsync(analyst, "analist@rijnvliet.test", "twaalf tekens of meer")).ShouldBe(HttpStatusCode.Redirect);

        using var stranger = await app.Anonymous.GetAsync("/org/lindeloo/live", HttpCompletionOption.ResponseHeadersRead);
        using var otherAnalyst = await analyst.GetAsync("/org/lindeloo/live", HttpCompletionOption.ResponseHeadersRead);
        using var missing = await app.Client.GetAsync("/org/nergens/live", HttpCompletionOption.ResponseHeadersRead);

        stranger.Content.Headers.ContentType?.MediaType.ShouldNotBe("text/event-stream");
        otherAnalyst.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        app.Pulse.Live.Subscribers.ShouldBe(0);
    }

    [Fact]
    public async Task Organisation_pages_load_the_live_script_and_stream_other_pages_do_not()
    {
        await using var app = await StartAsync();

        var page = await app.Client.GetStringAsync("/org/lindeloo");
        var home = await app.Client.GetStringAsync("/");
        var script = await app.Client.GetAsync("/assets/live.js");

        page.ShouldContain("<main data-live=\"/org/lindeloo/live\">");
        page.ShouldContain("<script src=\"/assets/live.js\" defer></script>");
        home.ShouldNotContain("live.js");
        script.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await script.Content.ReadAsStringAsync()).ShouldContain("EventSource");
    }
}
