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
        var (organisation, input, period) = await ParticipationQuery.LoadAsync(database, slug, from, to, cancellationToken);
        var groups = await new MonitoringStore(database).GroupsAsync(organisation.Id, cancellationToken);
        var communities = Communities.Compute(input, groups, period);
        return new CommunitiesView(organisation.Slug, organisation.Name, period, communities);
    }
}
