using System.Text;
using Pulse.Application.Live;

namespace Pulse.Application.Tests.Live;

/// <summary>The v0 verifier on Slack's own documented example (api.slack.com, "Verifying requests from Slack").</summary>
public sealed class SlackSignatureTests
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Timestamp = "1531420618";
    // "webhook-collect" as on Slack's page; a copy with "webbook-collect" does not give the expected signature
    // (checked with Python's hmac too), which is what a verifier must say of a changed body.
    private const string Body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private const string Expected = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static SlackSignature At(long unixSeconds) => new(new FixedClock(DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Slacks_test_vector_is_valid_at_its_own_time()
    {
        SlackSignature.Sign(Secret, Timestamp, Bytes(Body)).ShouldBe(Expected);
        At(1531420618).Check(Secret, Timestamp, Expected, Bytes(Body)).ShouldBe(SignatureCheck.Valid);
    }

    [Theory]
    [InlineData(1531420618 + 300, SignatureCheck.Valid)]
    [InlineData(1531420618 - 300, SignatureCheck.Valid)]
    [InlineData(1531420618 + 301, SignatureCheck.Stale)]
    [InlineData(1531420618 - 301, SignatureCheck.Stale)]
    [InlineData(1531420618 + 3600, SignatureCheck.Stale)]
    public void The_timestamp_may_be_five_minutes_off_either_way(long now, SignatureCheck expected) =>
        At(now).Check(Secret, Timestamp, Expected, Bytes(Body)).ShouldBe(expected);

    [Fact]
    public void A_changed_body_secret_or_signature_is_forged_and_a_bad_timestamp_malformed()
    {
        var verifier = At(1531420618);
        verifier.Check(Secret, Timestamp, Expected, Bytes(Body + "&x=1")).ShouldBe(SignatureCheck.Forged);
        verifier.Check("another-secret", Timestamp, Expected, Bytes(Body)).ShouldBe(SignatureCheck.Forged);
        verifier.Check(Secret, Timestamp, Expected.ToUpperInvariant(), Bytes(Body)).ShouldBe(SignatureCheck.Forged);
        verifier.Check(Secret, Timestamp, Expected[..^1] + "0", Bytes(Body)).ShouldBe(SignatureCheck.Forged);
        verifier.Check(Secret, Timestamp, null, Bytes(Body)).ShouldBe(SignatureCheck.Forged);
        verifier.Check(Secret, "1531420618.5", Expected, Bytes(Body)).ShouldBe(SignatureCheck.Malformed);
        verifier.Check(Secret, "-1531420618", Expected, Bytes(Body)).ShouldBe(SignatureCheck.Malformed);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
