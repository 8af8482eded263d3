using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Pulse.Application.Access;
using Pulse.Testing;

namespace Pulse.Web.Tests;

/// <summary>
/// The real web app on a free loopback port over a fresh test database, with an administrator who has signed in
/// through the real sign-in form: <see cref="Client"/> is that administrator's browser session,
/// <see cref="Anonymous"/> a visitor who has not signed in.
/// </summary>
public sealed partial class RunningApp : IAsyncDisposable
{
    public const string AdminEmail = "admin@pulse.test";

    public const string AdminPassword = "correct horse battery staple";

    private readonly Dictionary<HttpClient, CookieContainer> _clients = [];

    private RunningApp(TestDatabase database, WebApplication app, Pulse.Application.PulseApp pulse)
    {
        Database = database;
        App = app;
        Pulse = pulse;
        Address = new Uri(app.ListeningAddress());
        Client = NewClient();
        Anonymous = NewClient();
    }

    public TestDatabase Database { get; }

    public WebApplication App { get; }

    /// <summary>The application the web app serves (to add users and tokens as the CLI would).</summary>
    public Pulse.Application.PulseApp Pulse { get; }

    public Uri Address { get; }

    /// <summary>Signed in as the administrator <see cref="AdminEmail"/>.</summary>
    public HttpClient Client { get; }

    /// <summary>Not signed in.</summary>
    public HttpClient Anonymous { get; }

    public static async Task<RunningApp> StartAsync(string provider = "sqlite", Func<TestDatabase, Task>? seed = null, Func<PulseWebOptions, PulseWebOptions>? configure = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        if (seed is not null) await seed(database);
        var pulse = await global::Pulse.Application.PulseApp.OpenAsync(database.Options);
        await pulse.Access.AddUserAsync(AdminEmail, Roles.Admin, [], AdminPassword);
        // No background warm-up: tests decide when figures are computed (DashboardWarmerTests cover it).
        var options = new PulseWebOptions(pulse, "http://127.0.0.1:0") { WarmUp = false };
        var app = PulseWebApp.Build(configure?.Invoke(options) ?? options);
        await app.StartAsync();
        var running = new RunningApp(database, app, pulse);
        (await running.SignInAsync(running.Client, AdminEmail, AdminPassword)).ShouldBe(HttpStatusCode.Redirect, "the test administrator signs in");
        return running;
    }

    /// <summary>A new client with its own cookies, not signed in; redirects are followed as a browser would.</summary>
    public HttpClient NewClient(bool followRedirects = true)
    {
        var cookies = new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = followRedirects }) { BaseAddress = Address };
        _clients.Add(client, cookies);
        return client;
    }

    /// <summary>Signs in through the form, anti-forgery token and all; the status of the form's POST (302 when it worked).</summary>
    public async Task<HttpStatusCode> SignInAsync(HttpClient client, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = await AntiforgeryTokenAsync(client, "/signin");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["email"] = email,
            ["password"] = password,
            ["returnUrl"] = "/",
        });
        // The POST's own answer, not the page it redirects to.
        using var noRedirect = NewClientSharing(client);
        using var response = await noRedirect.PostAsync("/signin", form);
        return response.StatusCode;
    }

    /// <summary>The anti-forgery token of the form on <paramref name="path"/>, as the client's session sees it.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await client.GetStringAsync(path);
        return TokenField().Match(page) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"{path} has no anti-forgery token.");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Keys) client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }

    /// <summary>A client that shares <paramref name="client"/>'s cookies but does not follow redirects.</summary>
    private HttpClient NewClientSharing(HttpClient client) =>
        new(new HttpClientHandler { CookieContainer = _clients[client], AllowAutoRedirect = false }, disposeHandler: true) { BaseAddress = Address };

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*?value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
