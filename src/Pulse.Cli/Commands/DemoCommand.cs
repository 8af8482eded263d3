using System.CommandLine;
using Spectre.Console;
using Pulse.Demo;
using Pulse.Cli.Output;

namespace Pulse.Cli.Commands;

/// <summary>`pulse demo`: builds a realistic, fictional demo dataset, then serves the dashboard.</summary>
public static class DemoCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var noServe = new Option<bool>("--no-serve") { Description = "Stop after building the demo data." };
        var urls = ServeCommand.UrlsOption();
        var command = new Command("demo", "Build the demo dataset (fictional Dutch organisations) and serve the dashboard.") { noServe, urls };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            // A malformed address is refused before a minute goes into building the demo.
            if (!parse.GetValue(noServe)) ServeCommand.Addresses(parse.GetValue(urls)!);
            var app = await session.AppAsync(cancellationToken);
            var summary = await new DemoBuilder(app).BuildAsync(
                step => { if (!session.Json && session.Terminal.Interactive) session.Error.WriteLine($"demo: {step}"); },
                cancellationToken);
            session.Report.Write(
                new { database = session.Storage.Describe(), summary },
                console => console.WriteLine(
                    $"Demo ready in {session.Storage.Describe()}: {Formats.Number(summary.Organisations)} organisations ({Formats.Number(summary.OrganisationsAdded)} new), " +
                    $"{Formats.Number(summary.People)} people and {Formats.Number(summary.Messages)} messages ({Formats.Number(summary.MessagesAdded)} new) for {DemoOrganisations.Showcase.Name}, " +
                    $"{summary.Waves} benchmark waves with {Formats.Number(summary.Responses)} responses.\n" +
                    $"Sign in as {summary.SignIn.Email} with password {summary.SignIn.Password} (new on every run)."));
            if (!parse.GetValue(noServe))
            {
                await ServeCommand.ServeAsync(session, parse.GetValue(urls)!, cancellationToken);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
