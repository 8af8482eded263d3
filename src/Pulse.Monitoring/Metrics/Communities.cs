using Pulse.Monitoring.Model;

namespace Pulse.Monitoring.Metrics;

/// <summary>
/// The figures of every community of an organisation, each computed with the participation rules
/// of <see cref="Participation"/> over that community's messages only — so "a message", "a
/// contributor", "the first reply" mean exactly what they mean for the organisation as a whole.
/// Communities without a message in the period or the previous one are left out; the list is
/// ordered by messages, most first, then by name.
/// </summary>
/// <remarks>
/// Communities are places, not groups of people: their figures are counts of what was written
/// there, shown whatever their size (a community manager wants to see the quiet ones too). No
/// figure of a person or a department is broken down per community.
/// </remarks>
public static class Communities
{
    public static IReadOnlyList<Community> Compute(ParticipationInput input, IReadOnlyList<Group> groups, Period period)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(period);
        var names = groups.GroupBy(g => g.ExternalId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var previous = period.Previous();
        var result = new List<Community>();
        foreach (var messages in input.Messages.Where(m => m.GroupExternalId is not null).GroupBy(m => m.GroupExternalId!, StringComparer.Ordinal))
        {
            var own = input with { Messages = [.. messages] };
            var now = Participation.Compute(own, period);
            var before = Participation.Compute(own, previous);
            if (now.Messages == 0 && before.Messages == 0) continue;
            result.Add(new Community(
                messages.Key,
                names.GetValueOrDefault(messages.Key) ?? messages.Key,
                now.Messages,
                now.Threads,
                now.Contributors,
                now.ParticipationRate,
                now.ThreadsAnsweredWithin24h,
                now.MedianHoursToFirstReply,
                before.Messages,
                before.Messages == 0 ? null : ((double)now.Messages / before.Messages) - 1));
        }

        return [.. result.OrderByDescending(c => c.Messages).ThenBy(c => c.Name, StringComparer.Ordinal)];
    }
}
