using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Pulse.Connectors.Teams;

/// <summary>
/// An app registration's credentials for Microsoft Graph (client credentials flow): the tenant, the
/// application (client) id and a client secret. <paramref name="Authority"/> and <paramref name="Graph"/>
/// are Microsoft's public cloud unless a national cloud (or a test) says otherwise.
/// </summary>
public sealed record GraphCredentials(string Tenant, string ClientId, string ClientSecret, Uri Authority, Uri Graph)
{
    public static readonly Uri PublicAuthority = new("https://login.microsoftonline.com/");

    public static readonly Uri PublicGraph = new("https://graph.microsoft.com/");

    /// <summary>The app-only scope: every application permission granted to the app on this Graph (<c>https://graph.microsoft.com/.default</c>).</summary>
    public string Scope => Graph.GetLeftPart(UriPartial.Authority) + "/.default";

    /// <summary>No secret in a log line or an exception.</summary>
    public override string ToString() => $"GraphCredentials {{ Tenant = {Tenant}, ClientId = {ClientId}, Authority = {Authority}, Graph = {Graph} }}";
}

/// <summary>How patiently the client waits for a throttled or failing Graph.</summary>
/// <param name="FirstBackoff">The wait after a 5xx (or a 429/503 without Retry-After); doubled each retry.</param>
/// <param name="MaxAttempts">Tries per request before the fetch is put off.</param>
/// <param name="MaxWait">The longest single wait accepted; a longer Retry-After puts the fetch off instead of holding the worker.</param>
public sealed record GraphApiPolicy(TimeSpan FirstBackoff, int MaxAttempts, TimeSpan MaxWait)
{
    public static GraphApiPolicy Default { get; } = new(TimeSpan.FromSeconds(2), 5, TimeSpan.FromSeconds(60));
}

/// <summary>
/// Fetches chatMessages from Microsoft Graph with an app-only token. The token comes from the client
/// credentials flow (<c>POST {authority}/{tenant}/oauth2/v2.0/token</c>, scope <see cref="GraphCredentials.Scope"/>)
/// and is reused until shortly before it expires. 429 and 503 wait as <c>Retry-After</c> says (seconds or
/// an HTTP date), other 5xx back off; a refusal (400/401/403/404 …) fails at once with
/// <see cref="GraphApiException.Transient"/> false, a Graph still busy after the policy's patience with it true.
/// </summary>
public sealed partial class GraphApiClient(HttpClient http, GraphCredentials credentials, GraphApiPolicy? policy = null, TimeProvider? clock = null) : IDisposable
{
    private readonly GraphApiPolicy policy = policy ?? GraphApiPolicy.Default;
    private readonly TimeProvider clock = clock ?? TimeProvider.System;
    private readonly SemaphoreSlim tokenGate = new(1, 1);
    private (string Value, DateTimeOffset Until)? token;

    /// <summary>Until when Graph asked not to be called (a Retry-After longer than the policy waits): fetches before then are put off without a request.</summary>
    private DateTimeOffset quietUntil;

    public GraphCredentials Credentials => credentials;

    /// <summary>Tokens requested so far (for tests: a cached token is not requested again).</summary>
    public int TokenRequests { get; private set; }

    /// <summary>An app-only token, from the cache while it has more than a few minutes left.</summary>
    /// <exception cref="GraphApiException">The token endpoint refused the credentials, or stayed unavailable.</exception>
    public async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        await tokenGate.WaitAsync(cancellationToken);
        try
        {
            if (token is { } cached && cached.Until > clock.GetUtcNow()) return cached.Value;
            var url = new Uri(credentials.Authority, Uri.EscapeDataString(credentials.Tenant) + "/oauth2/v2.0/token");
            using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["client_id"] = credentials.ClientId,
                    ["client_secret"] = credentials.ClientSecret,
                    ["scope"] = credentials.Scope,
                    ["grant_type"] = "client_credentials",
                }),
            }, "the token endpoint", cancellationToken);
            TokenRequests++;
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new GraphApiException($"the token endpoint {url.GetLeftPart(UriPartial.Authority)} refused the app's credentials ({(int)response.StatusCode}{Describe(body)}): check --tenant, --client-id and --client-secret", response.StatusCode, transient: false);
            }

            var answer = ReadToken(body);
            var lifetime = TimeSpan.FromSeconds(answer.ExpiresIn);
            // Renewed five minutes before it expires (or halfway, for a short-lived token), so no request carries a token about to lapse.
            var margin = TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(5).Ticks, lifetime.Ticks / 2));
            token = (answer.AccessToken, clock.GetUtcNow() + lifetime - margin);
            return answer.AccessToken;
        }
        finally
        {
            tokenGate.Release();
        }
    }

    /// <summary>The chatMessage at <paramref name="resource"/> as Graph returns it (JSON).</summary>
    /// <exception cref="GraphApiException">Graph refused (401/403/404 …: not transient) or stayed busy (transient).</exception>
    public async Task<byte[]> GetAsync(GraphResource resource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var (status, body) = await RequestAsync(HttpMethod.Get, resource.RelativePath, null, "fetching", cancellationToken);
        if ((int)status is >= 200 and < 300) return body;
        var path = "/v1.0/" + resource.RelativePath;
        switch (status)
        {
            case HttpStatusCode.Unauthorized:
                throw new GraphApiException($"Graph refused the app's token for {path} (401{Describe(body)})", status, transient: false);
            case HttpStatusCode.Forbidden:
                throw new GraphApiException($"Graph refused {path} (403{Describe(body)}): grant the app ChannelMessage.Read.All (Chat.Read.All for chats) with admin consent", status, transient: false);
            case HttpStatusCode.NotFound:
                throw new GraphApiException($"the message is not in Graph (404 for {path}): deleted since, or out of the app's reach", status, transient: false);
            default:
                throw new GraphApiException($"Graph answered {(int)status}{Describe(body)} to {path}", status, transient: false);
        }
    }

    /// <summary>
    /// A request below <c>{graph}/v1.0/</c> with the app's token, waiting out 429 and 5xx (<see cref="SendAsync"/>):
    /// the final status and body. A 401 forgets the token (revoked, or the app's consent withdrawn), so the next
    /// request asks for a new one.
    /// </summary>
    /// <exception cref="GraphApiException">Graph asked to wait (Retry-After) and that time has not passed: nothing is sent.</exception>
    private async Task<(HttpStatusCode Status, byte[] Body)> RequestAsync(HttpMethod method, string relativePath, string? json, string what, CancellationToken cancellationToken)
    {
        if (quietUntil > clock.GetUtcNow()) throw new GraphApiException($"Graph asked to wait until {quietUntil:u}; {what} later", HttpStatusCode.TooManyRequests, transient: true);
        var bearer = await TokenAsync(cancellationToken);
        var url = new Uri(credentials.Graph, "v1.0/" + relativePath);
        using var response = await SendAsync(() =>
        {
            var request = new HttpRequestMessage(method, url);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            return request;
        }, "Graph", cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized) token = null;
        return (response.StatusCode, body);
    }

    /// <summary>Sends until the answer is not one to wait for (429, 5xx); returns the last answer, success or refusal.</summary>
    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> create, string what, CancellationToken cancellationToken)
    {
        var wait = policy.FirstBackoff;
        for (var attempt = 1; ; attempt++)
        {
            HttpResponseMessage response;
            using (var request = create())
            {
                try
                {
                    response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
                }
                catch (HttpRequestException e)
                {
                    throw new GraphApiException($"{what} could not be reached: {e.Message}", null, transient: true, e);
                }
                catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new GraphApiException($"{what} did not answer in time", null, transient: true, e);
                }
            }

            var status = response.StatusCode;
            if (status != HttpStatusCode.TooManyRequests && (int)status < 500) return response;
            using (response)
            {
                if (attempt >= policy.MaxAttempts) throw new GraphApiException($"{what} still answered {(int)status} after {attempt} tries; fetching later", status, transient: true);
                var delay = status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable ? RetryAfter.Delay(response.Headers.RetryAfter, clock.GetUtcNow()) ?? wait : wait;
                if (delay > policy.MaxWait)
                {
                    quietUntil = clock.GetUtcNow() + delay;
                    throw new GraphApiException($"{what} asks to wait {delay.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s (Retry-After); fetching later", status, transient: true);
                }

                await Task.Delay(delay, clock, cancellationToken);
                wait *= 2;
            }
        }
    }

    private static TokenAnswer ReadToken(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var access = root.TryGetProperty("access_token", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
            var expires = root.TryGetProperty("expires_in", out var e) ? e.ValueKind switch
            {
                JsonValueKind.Number => e.GetInt64(),
                JsonValueKind.String when long.TryParse(e.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var s) => s,
                _ => 0,
            } : 0;
            if (string.IsNullOrEmpty(access) || expires <= 0) throw new GraphApiException("the token endpoint answered without access_token and expires_in", null, transient: false);
            return new TokenAnswer(access, expires);
        }
        catch (JsonException e)
        {
            throw new GraphApiException("the token endpoint did not answer JSON", null, transient: false, e);
        }
    }

    /// <summary>
    /// The error code of an OAuth or Graph error body (never the whole body: it may be long), as ", code";
    /// with <paramref name="withMessage"/> also Graph's own message, shortened (", code: message").
    /// </summary>
    private static string Describe(byte[] body, bool withMessage = false)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return string.Empty;
            if (root.TryGetProperty("error", out var error))
            {
                if (error.ValueKind == JsonValueKind.String) return ", " + error.GetString();
                if (error.ValueKind == JsonValueKind.Object && error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String)
                {
                    var message = withMessage && error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                    return string.IsNullOrWhiteSpace(message) ? ", " + code.GetString() : $", {code.GetString()}: {Shorten(message)}";
                }
            }
        }
        catch (JsonException)
        {
        }

        return string.Empty;
    }

    /// <summary>Graph's messages are one sentence, but a body is the sender's to choose: at most 300 characters, on one line.</summary>
    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 300 ? line : line[..300] + "…";
    }

    public void Dispose() => tokenGate.Dispose();

    private sealed record TokenAnswer(string AccessToken, long ExpiresIn);
}

/// <summary>Graph or its token endpoint refused a request, or stayed busy.</summary>
public sealed class GraphApiException : Exception
{
    public GraphApiException(string message, HttpStatusCode? status, bool transient, Exception? inner = null)
        : base(message, inner) => (Status, Transient) = (status, transient);

    public GraphApiException()
        : this("Graph failed", null, transient: true)
    {
    }

    public GraphApiException(string message)
        : this(message, null, transient: true)
    {
    }

    public GraphApiException(string message, Exception inner)
        : this(message, null, transient: true, inner)
    {
    }

    /// <summary>The last answer's status, when there was one.</summary>
    public HttpStatusCode? Status { get; }

    /// <summary>True when asking again later may work (throttled, unavailable, unreachable); false for a refusal.</summary>
    public bool Transient { get; }
}
