using Pulse.Monitoring.Metrics;
using Pulse.Storage;

namespace Pulse.Application.Monitoring;

/// <summary>The communities of one organisation in a period, with what they cover.</summary>
public sealed record CommunitiesView(string Organisation, string OrganisationName, Period Period, IReadOnlyList<Community> Communities)
{
    /// <summary>Per community (by <see cref="Community.Group"/>), the period week by week (Monday to Monday, UTC).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<CommunityWeek>> Weekly { get; init; } = new Dictionary<string, IReadOnlyList<CommunityWeek>>();
}

/// <summary>
/// Per community (Yammer group, channel) its messages, contributors, share of the target group,
/// responsiveness and trend; the period defaults as for participation (<see cref="ParticipationQuery.Resolve"/>).
/// Private conversations stay out unless the organisation opted in, as everywhere.
/// </summary>
public sealed class CommunitiesQuery(PulseDatabase database, ParticipationQuery participation)
{
    public async Task<CommunitiesView> RunAsync(string slug, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken = default)
    {
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        var groups = await new MonitoringStore(database).GroupsAsync(organisation.Id, cancellationToken);
        var (figures, period) = await participation.FiguresAsync(organisation, from, to, cancellationToken);
        if (ParticipationQuery.WholeDays(period))
        {
            var communities = figures.Communities(period, groups);
            return new CommunitiesView(organisation.Slug, organisation.Name, period, communities)
            {
                // Counts of a place, never broken down by department (see Communities): the weeks keep no departments.
                Weekly = figures.CommunityWeeks(period),
            };
        }

        // A period that starts or ends within a day: only the messages themselves can say.
        var (_, input, _) = await ParticipationQuery.LoadAsync(database, slug, period.From, period.To, cancellationToken);
        var computed = Communities.Compute(input, groups, period);
        return new CommunitiesView(organisation.Slug, organisation.Name, period, computed)
        {
            Weekly = computed.ToDictionary(
                c => c.Group,
                c => Weeks(WeeklySeries.Compute(input with { Messages = [.. input.Messages.Where(m => m.GroupExternalId == c.Group)] }, period)),
                StringComparer.Ordinal),
        };
    }

    private static IReadOnlyList<CommunityWeek> Weeks(IReadOnlyList<WeeklyParticipation> weeks) =>
        [.. weeks.Select(w => new CommunityWeek(w.Week, w.Messages, w.Contributors, w.ParticipationRate))];
}
