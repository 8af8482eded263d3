namespace Pulse.Application.Live;

/// <summary>One request to /hooks/slack/{slug}: the signing headers and the raw body, byte for byte as signed.</summary>
/// <param name="Timestamp">X-Slack-Request-Timestamp.</param>
/// <param name="Signature">X-Slack-Signature.</param>
public sealed record SlackDelivery(string? Timestamp, string? Signature, ReadOnlyMemory<byte> Body);

/// <summary>What to answer Slack: the outcome, and for url_verification the challenge to echo.</summary>
public sealed record SlackReceipt(HookOutcome Outcome, string? Challenge = null);

/// <summary>What to answer Graph: the outcome, and how many notifications of the batch were stored or repeated.</summary>
public sealed record GraphReceipt(HookOutcome Outcome, int Accepted = 0, int Duplicates = 0, int Refused = 0);
