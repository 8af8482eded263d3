using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Pulse.Application;
using Pulse.Storage;
using Pulse.Web;

namespace Pulse.Cli.Tests;

/// <summary>
/// The demo's data, once: its SQLite folder filled by `pulse demo --no-serve`, and the web app
/// serving the same folder on a loopback port.
/// </summary>
public sealed class DemoApi : IAsyncLifetime
{
    public const string Org = "gemeente-lindeloo";

    private WebApplication? web;

    public string Data { get; } = Path.Combine(Path.GetTempPath(), "pulse-tests", Guid.NewGuid().ToString("N"));

    public HttpClient Client { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var demo = await CliRun.RunAsync("demo", "--no-serve", "--json", "--data", Data);
        demo.ExitCode.ShouldBe(0, demo.Error);
        var pulse = await PulseApp.OpenAsync(StorageOptions.Resolve(Data, null, _ => null));
        web = PulseWebApp.Build(new PulseWebOptions(pulse, "http://127.0.0.1:0") { WarmUp = false });
        await web.StartAsync();
        // The API as the demo's administrator sees it (every organisation and the waves), signed in through the form.
        Client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(web.ListeningAddress()) };
        var signIn = demo.Json().GetProperty("summary").GetProperty("signIn");
        var form = await Client.GetStringAsync(new Uri("/signin", UriKind.Relative));
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\"[^>]*?value=\"([^\"]+)\"").Groups[1].Value;
        using var fields = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["email"] = signIn.GetProperty("email").GetString()!,
            ["password"] = signIn.GetProperty("password").GetString()!,
        });
        using var signedIn = await Client.PostAsync(new Uri("/signin", UriKind.Relative), fields);
        signedIn.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/", "the demo's administrator signed in");
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (web is not null)
        {
            await web.StopAsync();
            await web.DisposeAsync();
        }
    }
}

/// <summary>Every /api/v1 route answers with the very document the command line's --json writes for the same question.</summary>
public sealed class ApiMatchesCliTests(DemoApi demo) : IClassFixture<DemoApi>
{
    private const string Org = DemoApi.Org;

    private async Task<JsonNode> ApiAsync(string path)
    {
        using var response = await demo.Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        return JsonNode.Parse(body)!;
    }

    private async Task<JsonNode> CliAsync(params string[] args)
    {
        var run = await CliRun.RunAsync([.. args, "--json", "--data", demo.Data]);
        run.ExitCode.ShouldBe(0, run.Error);
        return JsonNode.Parse(run.Output)!;
    }

    private static void ShouldBeTheSame(JsonNode api, JsonNode cli)
    {
        // Equal as JSON (names, order-insensitive objects, values); the text differs only in indentation.
        JsonNode.DeepEquals(api, cli).ShouldBeTrue($"API:\n{api.ToJsonString()[..Math.Min(2000, api.ToJsonString().Length)]}\nCLI:\n{cli.ToJsonString()[..Math.Min(2000, cli.ToJsonString().Length)]}");
    }

    [Fact]
    public async Task Orgs_is_org_list()
    {
        var api = await ApiAsync("/api/v1/orgs");
        var cli = await CliAsync("org", "list");

        api["organisations"]!.AsArray().Count.ShouldBe(40);
        ShouldBeTheSame(api, cli);
    }

    [Fact]
    public async Task One_org_is_its_entry_in_org_list()
    {
        var api = await ApiAsync($"/api/v1/orgs/{Org}");
        var cli = await CliAsync("org", "list");

        var entry = cli["organisations"]!.AsArray().Single(o => (string?)o!["slug"] == Org)!;
        ((long)api["messages"]!).ShouldBeGreaterThan(0);
        ShouldBeTheSame(api, entry);
    }

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("?from=2026-09-01&to=2026-11-01", new[] { "--from", "2026-09-01", "--to", "2026-11-01" })]
    [InlineData("?from=2026-09-01&weekly=true", new[] { "--from", "2026-09-01", "--weekly" })]
    public async Task Participation_is_monitor_participation(string query, string[] options)
    {
        var api = await ApiAsync($"/api/v1/orgs/{Org}/participation{query}");
        var cli = await CliAsync(["monitor", "participation", "--org", Org, .. options]);

        ((int)api["messages"]!).ShouldBeGreaterThan(0);
        ShouldBeTheSame(api, cli);
    }

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("?from=2026-06-01&to=2026-10-01", new[] { "--from", "2026-06-01", "--to", "2026-10-01" })]
    public async Task Themes_is_monitor_themes(string query, string[] options)
    {
        var api = await ApiAsync($"/api/v1/orgs/{Org}/themes{query}");
        var cli = await CliAsync(["monitor", "themes", "--org", Org, .. options]);

        api["themes"]!.AsArray().Count.ShouldBe(5);
        ShouldBeTheSame(api, cli);
    }

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("?daily=true&at=2026-11-20", new[] { "--daily", "--at", "2026-11-20" })]
    public async Task Trends_is_monitor_trends(string query, string[] options)
    {
        var api = await ApiAsync($"/api/v1/orgs/{Org}/trends{query}");
        var cli = await CliAsync(["monitor", "trends", "--org", Org, .. options]);

        ((string?)api["window"]).ShouldBe(options.Contains("--daily") ? "day" : "week");
        ShouldBeTheSame(api, cli);
    }

    [Fact]
    public async Task Experts_is_experts()
    {
        var api = await ApiAsync($"/api/v1/orgs/{Org}/experts?q=omgevingswet%20vergunning");
        var cli = await CliAsync("experts", "omgevingswet vergunning", "--org", Org);

        api["experts"]!.AsArray().ShouldNotBeEmpty();
        ShouldBeTheSame(api, cli);
    }

    [Theory]
    [InlineData("2026")]
    [InlineData("2025")]
    public async Task Scorecard_is_the_organisations_own_row_of_score(string wave)
    {
        var api = await ApiAsync($"/api/v1/orgs/{Org}/scorecard?wave={wave}");
        var cli = await CliAsync("score", "--wave", wave);

        // The CLI's document for the whole wave, cut down here to this organisation's row.
        var rows = cli["organisations"]!.AsArray();
        var own = rows.Single(o => (string?)o!["organisation"] == Org)!.DeepClone();
        rows.Count.ShouldBeGreaterThan(1);
        rows.Clear();
        rows.Add(own);
        ShouldBeTheSame(api, cli);
    }

    [Fact]
    public async Task Scorecard_without_a_wave_is_the_latest_one_answered()
    {
        var api = await ApiAsync($"/api/v1/orgs/{Org}/scorecard");

        ((string?)api["wave"]).ShouldBe("2026");
    }

    [Theory]
    [InlineData("2026")]
    [InlineData("2025")]
    public async Task Reality_is_monitor_reality(string wave)
    {
        var api = await ApiAsync($"/api/v1/orgs/{Org}/reality?wave={wave}");
        var cli = await CliAsync("monitor", "reality", "--org", Org, "--wave", wave);

        ShouldBeTheSame(api, cli);
    }

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("?all=true", new[] { "--all" })]
    public async Task Alerts_is_alerts(string query, string[] options)
    {
        var api = await ApiAsync($"/api/v1/orgs/{Org}/alerts{query}");
        var cli = await CliAsync(["alerts", "--org", Org, .. options]);

        api["alerts"]!.AsArray().ShouldNotBeEmpty();
        ShouldBeTheSame(api, cli);
    }

    [Fact]
    public async Task Waves_is_wave_list()
    {
        var api = await ApiAsync("/api/v1/waves");
        var cli = await CliAsync("wave", "list");

        api["waves"]!.AsArray().Select(w => (string?)w!["code"]).ShouldBe(["2025", "2026"]);
        ShouldBeTheSame(api, cli);
    }

    [Fact]
    public async Task Wave_scores_is_score()
    {
        var api = await ApiAsync("/api/v1/waves/2026/scores");
        var cli = await CliAsync("score", "--wave", "2026");

        ShouldBeTheSame(api, cli);
    }

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("?compare=2025", new[] { "--compare", "2025" })]
    public async Task Wave_benchmark_is_benchmark(string query, string[] options)
    {
        var api = await ApiAsync($"/api/v1/waves/2026/benchmark{query}");
        var cli = await CliAsync(["benchmark", "--wave", "2026", .. options]);

        (api["comparison"] is null).ShouldBe(options.Length == 0);
        ShouldBeTheSame(api, cli);
    }
}
