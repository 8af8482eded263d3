namespace Pulse.Monitoring.Model;

/// <summary>A community, group or channel in which threads are posted.</summary>
/// <param name="IsPrivate">A private group (members only). Not the same as a private conversation:
/// messages in private groups are analysed, messages in private conversations are not.</param>
public sealed record Group(
    string ExternalId,
    string Name,
    string? Description,
    bool IsPrivate,
    DateTimeOffset? CreatedAt);
