using Pulse.Monitoring.Metrics;
using Pulse.Storage;

namespace Pulse.Application.Monitoring;

/// <summary>The communities of one organisation in a period, with what they cover.</summary>
public sealed record CommunitiesView(string Organisation, string OrganisationName, Period Period, IReadOnlyList<Community> Communities);

/// <summary>
/// Per community (Yammer group, channel) its messages, contributors, share of the target group,
/// responsiveness and trend; the period defaults as for participation (<see cref="ParticipationQuery.Resolve"/>).
/// Private conversations stay out unless the organisation opted in, as everywhere.
/// </summary>
public sealed class CommunitiesQuery(PulseDatabase database)
{
    public async Task<CommunitiesView> RunAsync(string slug, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken = default)
    {
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        var store = new MonitoringStore(database);
        var messages = await store.MessagesAsync(organisation.Id, includePrivate: organisation.IncludePrivate, cancellationToken: cancellationToken);
        var accounts = await store.AccountsAsync(organisation.Id, cancellationToken);
        var directory = await new DirectoryStore(database).ListAsync(organisation.Id, cancellationToken);
        var groups = await store.GroupsAsync(organisation.Id, cancellationToken);
        var period = ParticipationQuery.Resolve(from, to, messages.Count == 0 ? null : messages.Max(m => m.CreatedAt));
        var communities = Communities.Compute(new ParticipationInput(messages, accounts, directory), groups, period);
        return new CommunitiesView(organisation.Slug, organisation.Name, period, communities);
    }
}
