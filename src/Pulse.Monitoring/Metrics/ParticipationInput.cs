using Pulse.Monitoring.Model;

namespace Pulse.Monitoring.Metrics;

/// <summary>
/// Everything the participation figures are computed from, for one organisation: all its messages
/// (of every kind and state — the metrics decide what counts), its platform accounts and its HR
/// directory (empty when the organisation has none).
/// </summary>
/// <remarks>
/// Ids must be unique as the import guarantees (it upserts on them): <see cref="Message.ExternalId"/>
/// among messages, <see cref="Account.ExternalId"/> among accounts, and the normalised e-mail among
/// directory entries. <see cref="Participation.Compute"/> refuses duplicates rather than guess which
/// row is meant, because a guess would silently change figures.
/// </remarks>
public sealed record ParticipationInput(
    IReadOnlyList<Message> Messages,
    IReadOnlyList<Account> Accounts,
    IReadOnlyList<DirectoryEntry> Directory);
