using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Pulse.Application.Live;

/// <summary>What checking a Slack request's signature found.</summary>
public enum SignatureCheck
{
    Valid,
    /// <summary>No signature, or one that does not match: someone other than Slack sent it.</summary>
    Forged,
    /// <summary>The timestamp is more than five minutes off: a replay of an old request, or a clock far off.</summary>
    Stale,
    /// <summary>The timestamp is not a number of seconds.</summary>
    Malformed,
}

/// <summary>
/// Slack's request signing (v0): <c>v0=</c> and the hex HMAC-SHA256 of <c>v0:{timestamp}:{raw body}</c>
/// with the app's signing secret, and a timestamp within five minutes of now, so a captured request
/// cannot be replayed later. Compared in constant time, so the comparison's duration leaks nothing.
/// </summary>
/// <param name="clock">Now, for the five-minute window; tests fix it.</param>
public sealed class SlackSignature(TimeProvider clock)
{
    /// <summary>How far the request's timestamp may be from now, either way.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    public SignatureCheck Check(string signingSecret, string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(signingSecret);
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(timestamp)) return SignatureCheck.Forged;
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 253_402_300_799) return SignatureCheck.Malformed;
        var age = clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (age.Duration() > Window) return SignatureCheck.Stale;
        var expected = Encoding.ASCII.GetBytes(Sign(signingSecret, timestamp, body));
        var given = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? SignatureCheck.Valid : SignatureCheck.Forged;
    }

    /// <summary>The signature Slack would send for this body at this timestamp (also what the benchmark signs with).</summary>
    public static string Sign(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(signingSecret);
        ArgumentNullException.ThrowIfNull(timestamp);
        var prefix = Encoding.UTF8.GetBytes("v0:" + timestamp + ":");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), message);
        return "v0=" + Convert.ToHexStringLower(mac);
    }
}
