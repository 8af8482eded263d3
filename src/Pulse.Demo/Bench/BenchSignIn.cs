using System.Net;
using System.Text.RegularExpressions;
using Pulse.Application;

namespace Pulse.Demo.Bench;

/// <summary>
/// The page benchmarks time what a signed-in person waits for, the session check included: an administrator
/// (<see cref="Email"/>, a fresh random password each run) signs in through the real form first.
/// </summary>
public static partial class BenchSignIn
{
    public const string Email = "bench@pulse.example.org";

    public static async Task<HttpClient> ClientAsync(PulseApp app, Uri web, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        var password = await app.Access.AdministratorWithFreshPasswordAsync(Email, cancellationToken);

        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = web, Timeout = timeout };
        var form = await client.GetStringAsync(new Uri("/signin", UriKind.Relative), cancellationToken);
        var token = TokenField().Match(form).Groups[1].Value;
        using var fields = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["email"] = Email,
            ["password"] = password,
        });
        using var response = await client.PostAsync(new Uri("/signin", UriKind.Relative), fields, cancellationToken);
        if (!response.IsSuccessStatusCode || response.RequestMessage?.RequestUri?.AbsolutePath == "/signin")
        {
            client.Dispose();
            throw new InvalidOperationException($"The benchmark could not sign in ({(int)response.StatusCode}).");
        }

        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*?value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
