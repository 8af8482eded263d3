namespace Pulse.Monitoring.Metrics;

/// <summary>One person who gives a theme's answers, with how many replies.</summary>
public sealed record Answerer(string Person, string? Name, int Replies);

/// <summary>
/// Where a theme's knowledge sits (issue 10, "Knowledge risk"): its replies in the period, how many
/// people gave them, and the contributor absence factor — the smallest number of people who together
/// gave at least half of the replies. A theme whose factor is 1 or 2 rests on one or two people.
/// </summary>
/// <param name="Answerers">Who gave the replies, most first (ties by person), at most ten.</param>
public sealed record ThemeKnowledge(string Theme, int Replies, int People, int? AbsenceFactor, bool AtRisk, IReadOnlyList<Answerer> Answerers);

/// <summary>The contributor absence factor and the risk flag, pure.</summary>
public static class KnowledgeRisk
{
    /// <summary>At most this many people giving half the answers, and the theme rests on them.</summary>
    public const int RiskFactor = 2;

    /// <summary>Fewer replies than this say too little to call a theme at risk.</summary>
    public const int MinimumReplies = 5;

    /// <summary>The smallest number of people who together gave at least half of the replies; null without replies.</summary>
    public static int? AbsenceFactor(IEnumerable<int> repliesPerPerson)
    {
        ArgumentNullException.ThrowIfNull(repliesPerPerson);
        var sorted = repliesPerPerson.Where(r => r > 0).OrderDescending().ToList();
        var total = sorted.Sum();
        if (total == 0) return null;
        var sum = 0;
        for (var i = 0; i < sorted.Count; i++)
        {
            sum += sorted[i];
            // "At least half": 2·sum ≥ total, in integers so that an odd total needs the larger half.
            if (2 * sum >= total) return i + 1;
        }

        return sorted.Count;
    }

    /// <summary>The theme's figures from its replies' authors (a person key and a display name per reply).</summary>
    public static ThemeKnowledge Of(string theme, IEnumerable<(string Person, string? Name)> replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        var people = replies.GroupBy(r => r.Person, StringComparer.Ordinal)
            .Select(g => new Answerer(g.Key, g.Select(r => r.Name).FirstOrDefault(n => n is not null), g.Count()))
            .OrderByDescending(a => a.Replies).ThenBy(a => a.Person, StringComparer.Ordinal).ToList();
        var total = people.Sum(p => p.Replies);
        var factor = AbsenceFactor(people.Select(p => p.Replies));
        return new ThemeKnowledge(theme, total, people.Count, factor, factor <= RiskFactor && total >= MinimumReplies, [.. people.Take(10)]);
    }
}
