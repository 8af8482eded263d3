using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Pulse.Web.Access;
using Pulse.Application;
using Pulse.Web.Apis;
using Pulse.Web.Apis.V1;
using Pulse.Web.Downloads;
using Pulse.Web.Hooks;
using Pulse.Web.Hosting;
using Pulse.Web.Live;
using Pulse.Web.Pages;
using Pulse.Web.Pages.Survey;

namespace Pulse.Web;

/// <summary>
/// Builds the Pulse web application: dashboard pages, JSON API and health check, over the same
/// storage the command line uses. `pulse serve` runs it; tests start it on a free loopback port.
/// </summary>
public static class PulseWebApp
{
    public static WebApplication Build(PulseWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            // The content root is irrelevant: every asset is embedded in this assembly.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrelCore().UseUrls(options.Urls);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        // Request lines carry addresses with slugs and queries; keep them out of the log by default.
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        // A failed start (e.g. a port in use) is thrown to whoever starts the app, which says it in
        // one sentence; the host's own log of it would add a stack trace to standard output.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        // Data Protection warns that its keys are stored unencrypted: they sit in Pulse's own database on purpose
        // (docs/access.md), and the warning on every first start would only worry the reader of `pulse demo`.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);

        builder.Services.AddSingleton(options.App);
        builder.Services.AddSingleton<ReportCache>();
        builder.Services.AddSingleton<WaveViews>();
        builder.Services.AddRazorComponents();
        builder.Services.AddProblemDetails();
        builder.Services.AddPulseAccess(options.App);
        if (options.WarmUp) builder.Services.AddHostedService<WarmUpService>();
        builder.Services.AddLiveServices(options);
        // The API writes the CLI's documents with the CLI's settings (enums as strings, readable names).
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            PulseJson.Configure(o.SerializerOptions);
            // The API reads no JSON; strict numbers keep the document's schemas plain integers and numbers.
            o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
        });
        builder.Services.AddPulseOpenApi();
        // The webhooks' receiving side (its group-commit writer is disposed with the app) and the worker that applies what they queue.
        builder.Services.AddSingleton(_ => options.App.CreateHooks());
        if (options.ApplyLiveEvents) builder.Services.AddHostedService<InboundEventWorker>();

        var assets = new ManifestEmbeddedFileProvider(typeof(PulseWebApp).Assembly, "wwwroot");
        var app = builder.Build();
        // A server reads the same indexes request after request: keep each one's reader open while it serves,
        // reopened when an import commits (docs/search.md), and close them when it stops.
        options.App.Search.KeepIndexesOpen(true);
        app.Lifetime.ApplicationStopped.Register(() => options.App.Search.KeepIndexesOpen(false));
        app.UseSecurityHeaders();
        // A failure inside the API is a problem document too (500, without the exception's text).
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal), api => api.UseExceptionHandler());
        app.UseStatusCodePages();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = assets,
            RequestPath = "/assets",
        });
        app.UseRouting();
        app.UsePulseAccess();
        // Pages link the icon; tools that ask for the traditional address get the same SVG.
        app.MapGetAndHead("/favicon.ico", () => TypedResults.File(assets.GetFileInfo("favicon.svg").CreateReadStream(), "image/svg+xml"))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapSignIn();
        app.MapHealthApi();
        app.MapHooks();
        app.MapMetrics();
        app.MapApiV1();
        // The description of the API holds no data: clients read it before they have a token.
        app.MapOpenApi().AllowAnonymous().ExcludeFromDescription();
        app.MapLiveUpdates();
        app.MapReportDownloads();
        app.MapSurveyPages();
        app.MapInvitationPages();
        app.MapPages();
        return app;
    }

    /// <summary>The address the started app really listens on (useful with port 0).</summary>
    public static string ListeningAddress(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }
}
