using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace Pulse.Connectors.Yammer;

/// <summary>How patiently the client waits for a busy or failing API.</summary>
/// <param name="FirstBackoff">The wait after the first server error (or a 429 without Retry-After); doubled each retry.</param>
/// <param name="MaxAttempts">Tries per request before giving up.</param>
/// <param name="MaxWait">The longest single wait accepted; a Retry-After beyond it fails the poll instead of blocking it.</param>
/// <param name="PageSize">Messages asked per request (<c>limit</c>); the API gives at most 20.</param>
public sealed record YammerApiPolicy(TimeSpan FirstBackoff, int MaxAttempts, TimeSpan MaxWait, int PageSize = 20)
{
    public static YammerApiPolicy Default { get; } = new(TimeSpan.FromSeconds(2), 6, TimeSpan.FromMinutes(5));
}

/// <summary>
/// Fetches what is new in a network's feed from the REST API: <c>GET {base}/api/v1/messages.json</c>
/// with <c>newer_than</c>, paging back with <c>older_than</c> while <c>meta.older_available</c> says
/// the window holds more, then asking again above the newest id seen until nothing is newer (messages
/// written while it paged). 429 waits as <c>Retry-After</c> says (seconds or an HTTP date), 5xx backs
/// off; 401 and 403 fail at once, saying the token was refused.
/// </summary>
public sealed class YammerApiClient(HttpClient http, Uri baseUrl, string token, YammerApiPolicy? policy = null, TimeProvider? clock = null, ConnectorOptions? options = null)
{
    private readonly YammerApiPolicy policy = policy ?? YammerApiPolicy.Default;
    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    /// <summary>The requests made so far (for the poll's report and for tests).</summary>
    public int Requests { get; private set; }

    /// <summary>Every page newer than <paramref name="cursor"/> (the whole feed the API gives when null).</summary>
    public async Task<IReadOnlyList<YammerApiPage>> FetchNewerAsync(long? cursor, CancellationToken cancellationToken)
    {
        var pages = new List<YammerApiPage>();
        var lower = cursor;
        while (true)
        {
            long? upper = null;
            long? windowNewest = null;
            while (true)
            {
                var page = await GetPageAsync(lower, upper, cancellationToken);
                if (page.Messages.Count == 0) break;
                pages.Add(page);
                windowNewest = Math.Max(windowNewest ?? 0, page.NewestId!.Value);
                // Stop when the window is exhausted, or when the API does not move down (no endless loop on a confused server).
                if (!page.OlderAvailable || (upper is { } u && page.OldestId >= u) || (lower is { } l && page.OldestId <= l)) break;
                upper = page.OldestId;
            }

            if (windowNewest is null || (lower is { } previous && windowNewest <= previous)) return pages;
            lower = windowNewest;
        }
    }

    private async Task<YammerApiPage> GetPageAsync(long? newerThan, long? olderThan, CancellationToken cancellationToken)
    {
        var query = new List<string> { $"limit={policy.PageSize.ToString(CultureInfo.InvariantCulture)}" };
        if (newerThan is { } newer) query.Add($"newer_than={newer.ToString(CultureInfo.InvariantCulture)}");
        if (olderThan is { } older) query.Add($"older_than={older.ToString(CultureInfo.InvariantCulture)}");
        var url = new Uri(baseUrl, "api/v1/messages.json?" + string.Join('&', query));
        var wait = policy.FirstBackoff;
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            Requests++;
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                return YammerApiReader.Read(body, url.PathAndQuery, options);
            }

            var status = response.StatusCode;
            if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                throw new YammerApiException(
                    $"the Yammer API refused the token ({(int)status} {response.ReasonPhrase}) at {baseUrl}: check it, and that it may read messages", status);
            }

            var retryable = status == HttpStatusCode.TooManyRequests || (int)status >= 500;
            if (!retryable) throw new YammerApiException($"the Yammer API answered {(int)status} {response.ReasonPhrase} to {url.PathAndQuery}", status);
            if (attempt >= policy.MaxAttempts) throw new YammerApiException($"the Yammer API still answered {(int)status} after {attempt} tries; the next poll tries again", status);

            var delay = status == HttpStatusCode.TooManyRequests ? RetryAfter.Delay(response.Headers.RetryAfter, clock.GetUtcNow()) ?? wait : wait;
            if (delay > policy.MaxWait) throw new YammerApiException($"the Yammer API asks to wait {delay.TotalSeconds:0} s (Retry-After); the next poll tries again", status);
            await Task.Delay(delay, clock, cancellationToken);
            wait *= 2;
        }
    }
}
