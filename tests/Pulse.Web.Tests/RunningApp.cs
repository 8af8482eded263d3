using Microsoft.AspNetCore.Builder;
using Pulse.Testing;

namespace Pulse.Web.Tests;

/// <summary>The real web app on a free loopback port over a fresh test database.</summary>
public sealed class RunningApp : IAsyncDisposable
{
    private RunningApp(TestDatabase database, WebApplication app)
    {
        Database = database;
        App = app;
        Address = new Uri(app.ListeningAddress());
        Client = new HttpClient { BaseAddress = Address };
    }

    public TestDatabase Database { get; }

    public WebApplication App { get; }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public static async Task<RunningApp> StartAsync(string provider = "sqlite", Func<TestDatabase, Task>? seed = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        if (seed is not null) await seed(database);
        var pulse = await Pulse.Application.PulseApp.OpenAsync(database.Options);
        var app = PulseWebApp.Build(new PulseWebOptions(pulse, "http://127.0.0.1:0"));
        await app.StartAsync();
        return new RunningApp(database, app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}
