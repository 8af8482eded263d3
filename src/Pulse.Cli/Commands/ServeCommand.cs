using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Pulse.Web;

namespace Pulse.Cli.Commands;

/// <summary>`pulse serve`: the dashboard and API over the same data as the command line.</summary>
public static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5000";

    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var urls = UrlsOption();
        var command = new Command("serve", "Serve the dashboard and API (Ctrl+C stops).") { urls };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            await ServeAsync(session, parse.GetValue(urls)!, cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static Option<string> UrlsOption() => new("--urls")
    {
        Description = "Address(es) to listen on, separated by ';'.",
        HelpName = "URL",
        DefaultValueFactory = _ => DefaultUrls,
    };

    internal static async Task ServeAsync(CliSession session, string urls, CancellationToken cancellationToken)
    {
        var pulse = await session.AppAsync(cancellationToken);
        await using var app = PulseWebApp.Build(new PulseWebOptions(pulse, urls));
        await app.StartAsync(cancellationToken);
        var address = app.ListeningAddress();
        session.Report.Write(
            new { url = address, database = session.Storage.Describe() },
            console => console.WriteLine($"Pulse dashboard: {address}  ({session.Storage.Describe()}; Ctrl+C stops)"));
        await session.Out.FlushAsync(cancellationToken);
        await app.WaitForShutdownAsync(cancellationToken);
    }
}
