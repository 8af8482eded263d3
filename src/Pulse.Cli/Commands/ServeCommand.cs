using System.CommandLine;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Pulse.Storage;
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
        // Checked before the database is opened: a typing mistake should change nothing.
        var addresses = Addresses(urls);
        foreach (var exposed in addresses.Where(a => !IsLocal(a) && a.Scheme == Uri.UriSchemeHttp))
        {
            // Passwords and session cookies would cross the network readable by anyone on the way.
            await session.Error.WriteLineAsync(
                $"pulse: warning: {exposed} can be reached from other machines over plain HTTP: passwords and sessions travel unencrypted. " +
                "Serve it behind a TLS proxy or with an https:// address.");
        }

        var pulse = await session.AppAsync(cancellationToken);

        await using var app = PulseWebApp.Build(new PulseWebOptions(pulse, urls));
        await StartAsync(app, addresses, cancellationToken);
        var address = app.ListeningAddress();
        // Said once the server runs: a server that could not start has a better sentence to say.
        if ((await pulse.Access.UsersAsync(cancellationToken)).Count == 0)
        {
            await session.Error.WriteLineAsync("pulse: nobody can sign in yet: add an administrator with `pulse user add EMAIL --role admin`.");
        }

        session.Report.Write(
            new { url = address, database = session.Storage.Describe() },
            console => console.WriteLine($"Pulse dashboard: {address}  ({session.Storage.Describe()}; Ctrl+C stops)"));
        await session.Out.FlushAsync(cancellationToken);
        await app.WaitForShutdownAsync(cancellationToken);
    }

    /// <summary>
    /// The --urls value as Kestrel will read it (addresses separated by ';'), refused as wrong
    /// usage when Kestrel could not listen on it: no http(s) scheme, no port number, a path.
    /// </summary>
    internal static IReadOnlyList<BindingAddress> Addresses(string urls)
    {
        var parts = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0) throw new UsageException($"--urls is empty; give an address to listen on, e.g. {DefaultUrls}.");
        return [.. parts.Select(Address)];
    }

    private static BindingAddress Address(string url)
    {
        BindingAddress? address;
        try
        {
            address = BindingAddress.Parse(url);
        }
        catch (FormatException)
        {
            address = null;
        }

        var usable = address is not null
            && (address.Scheme == Uri.UriSchemeHttp || address.Scheme == Uri.UriSchemeHttps)
            && IsHost(address.Host)
            && address.Port is >= 0 and <= IPEndPoint.MaxPort
            && address.PathBase.Length == 0;
        return usable
            ? address!
            : throw new UsageException($"--urls: '{url}' is not an address to listen on; write it like {DefaultUrls} (several separated by ';').");
    }

    /// <summary>
    /// A name or IP address, or Kestrel's * and + for "every address". BindingAddress takes
    /// anything before the last colon as the host, so "127.0.0.1:port" would otherwise become a
    /// host name, which Kestrel serves on every address at port 80.
    /// </summary>
    private static bool IsHost(string host) =>
        host is "*" or "+" || Uri.CheckHostName(host.Trim('[', ']')) != UriHostNameType.Unknown;

    /// <summary>Loopback (or a Unix socket): reachable from this machine only.</summary>
    internal static bool IsLocal(BindingAddress address) =>
        address.IsUnixPipe
        || string.Equals(address.Host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(address.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>Starts listening; the usual reasons it cannot become one sentence and exit code 1.</summary>
    private static async Task StartAsync(WebApplication app, IReadOnlyList<BindingAddress> addresses, CancellationToken cancellationToken)
    {
        var where = addresses.Count == 1 ? addresses[0].ToString() : $"one of {string.Join(", ", addresses)}";
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            throw new PulseException($"Cannot listen on {where}: the port is already in use; stop the program using it, or choose another port with --urls.", e);
        }
        catch (IOException e)
        {
            throw new PulseException($"Cannot listen on {where}: {(e.InnerException ?? e).Message.TrimEnd('.')}.", e);
        }
        catch (InvalidOperationException e) when (addresses.Any(a => a.Scheme == Uri.UriSchemeHttps))
        {
            // Kestrel's own reason (no certificate) names ASP.NET tooling a Pulse user does not have.
            throw new PulseException("pulse serve has no certificate for https; serve http on a local address behind a proxy that adds https.", e);
        }
    }
}
