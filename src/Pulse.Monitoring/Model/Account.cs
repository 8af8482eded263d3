namespace Pulse.Monitoring.Model;

/// <summary>
/// A person's account on a platform (a Yammer user, a Slack member). Matched to the directory by
/// e-mail address, case-insensitively; accounts without a directory entry still count as contributors.
/// </summary>
/// <param name="ExternalId">The platform's own id of the account.</param>
/// <param name="Email">E-mail address as the platform gives it, or null (Slack exports often omit it).</param>
/// <param name="IsBot">Bots and integrations: their messages are not messages in the sense of the metrics.</param>
public sealed record Account(
    string ExternalId,
    string? Name,
    string? Email,
    string? Department,
    string? JobTitle,
    string? Location,
    AccountState State,
    bool IsBot,
    DateTimeOffset? JoinedAt);
