using Pulse.Monitoring.Model;

namespace Pulse.Connectors.Yammer;

/// <summary>
/// One response of the Yammer / Viva Engage REST API (<c>/api/v1/messages.json</c>) in Pulse's
/// terms: the people, groups and topics its <c>references</c> describe, its messages (newest first,
/// as the API sends them), and what paging needs.
/// </summary>
/// <param name="OlderAvailable"><c>meta.older_available</c>: the feed holds older messages than this page's oldest.</param>
/// <param name="NewestId">The largest message id in the page (the poller's next cursor); null for an empty page.</param>
/// <param name="OldestId">The smallest message id in the page (where the next, older page starts); null for an empty page.</param>
/// <param name="Attachments">Files and pages the messages refer to; not imported, reported as skipped.</param>
public sealed record YammerApiPage(
    IReadOnlyList<Account> Accounts,
    IReadOnlyList<Group> Groups,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<Message> Messages,
    bool OlderAvailable,
    long? NewestId,
    long? OldestId,
    int Attachments);
