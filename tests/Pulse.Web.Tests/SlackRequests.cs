using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Pulse.Web.Tests;

/// <summary>
/// Slack's side of the Events API, written from Slack's documentation and sharing nothing with
/// Pulse's verifier: event bodies, and their v0 signature computed here with the framework's HMAC.
/// </summary>
internal static class SlackRequests
{
    public const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";

    public const string Channel = "C0LIVE";

    public static string Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>A message event with its own event id; <paramref name="ts"/> is also the message's id in the channel.</summary>
    public static string Message(string eventId, string ts, string text, string user = "U0ALICE", string? threadTs = null)
    {
        var thread = threadTs is null ? string.Empty : $",\"thread_ts\":\"{threadTs}\"";
        return Callback(eventId, $$"""{"type":"message","channel":"{{Channel}}","channel_type":"channel","user":"{{user}}","text":"{{text}}","ts":"{{ts}}"{{thread}}}""");
    }

    public static string Changed(string eventId, string ts, string newText, string editTs) =>
        Callback(eventId, $$$"""{"type":"message","subtype":"message_changed","channel":"{{{Channel}}}","channel_type":"channel","ts":"{{{editTs}}}","message":{"type":"message","user":"U0ALICE","text":"{{{newText}}}","ts":"{{{ts}}}","edited":{"user":"U0ALICE","ts":"{{{editTs}}}"}},"previous_message":{"type":"message","user":"U0ALICE","text":"old","ts":"{{{ts}}}"}}""");

    public static string Deleted(string eventId, string ts, string deleteTs) =>
        Callback(eventId, $$$"""{"type":"message","subtype":"message_deleted","channel":"{{{Channel}}}","channel_type":"channel","ts":"{{{deleteTs}}}","deleted_ts":"{{{ts}}}","previous_message":{"type":"message","user":"U0ALICE","text":"gone","ts":"{{{ts}}}"}}""");

    public static string Callback(string eventId, string inner) =>
        $$"""{"token":"x","team_id":"T0TEAM","api_app_id":"A0APP","type":"event_callback","event_id":"{{eventId}}","event_time":1700000000,"event":{{inner}}}""";

    /// <summary>A message ts a few minutes ago, unique per <paramref name="n"/>.</summary>
    public static string Ts(int n) =>
        (DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 600).ToString(CultureInfo.InvariantCulture) + "." + n.ToString("D6", CultureInfo.InvariantCulture);

    public static string Signature(string secret, string timestamp, string body)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        return "v0=" + Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"))).ToLowerInvariant();
    }

    /// <summary>A POST as Slack sends it: the JSON body, its timestamp and signature, and a retry number when it is a retry.</summary>
    public static HttpRequestMessage Post(string slug, string body, string? timestamp = null, string? signature = null, int? retry = null, string secret = Secret)
    {
        var at = timestamp ?? Now();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/hooks/slack/{slug}") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Slack-Request-Timestamp", at);
        request.Headers.Add("X-Slack-Signature", signature ?? Signature(secret, at, body));
        if (retry is { } number)
        {
            request.Headers.Add("X-Slack-Retry-Num", number.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return request;
    }
}
