namespace Pulse.Monitoring.Metrics;

/// <summary>
/// How unevenly participation is spread: the participation pyramid of the period.
/// All values are fractions in 0..1; each is null when its denominator is 0.
/// </summary>
/// <param name="LurkerShare">Target-group members with no message in the period / target-group size.</param>
/// <param name="Top1PercentShare">Share of all messages in the period written by the ⌈1 %⌉ (at least one)
/// contributors with the most messages. Contributors are all contributors, not only the target group;
/// the denominator includes messages whose author is unknown. With no contributors (only unknown
/// authors) the share is 0. Ties at the cut do not matter: the sum is the same whichever tied
/// contributor is taken.</param>
/// <param name="Top10PercentShare">The same for the ⌈10 %⌉ (at least one) most active contributors.</param>
/// <param name="Gini">Gini coefficient of messages per person over the target group, members without
/// messages included as zeros: G = Σ(2i − n − 1)·xᵢ / (n·Σx) over the ascending counts xᵢ, i = 1..n.
/// Null when the target group wrote nothing.</param>
public sealed record Pyramid(double? LurkerShare, double? Top1PercentShare, double? Top10PercentShare, double? Gini)
{
    internal static Pyramid Of(People people, IPeriodActivity activity)
    {
        var targetGroup = new List<int>();
        var contributors = new List<int>();
        for (var person = 0; person < people.Count; person++)
        {
            var written = activity.MessagesInPeriod[person];
            if (people.InTargetGroup[person])
            {
                targetGroup.Add(written);
            }

            if (written > 0)
            {
                contributors.Add(written);
            }
        }

        var lurkers = targetGroup.Count(written => written == 0);
        contributors.Sort(static (a, b) => b.CompareTo(a));
        targetGroup.Sort();

        return new Pyramid(
            targetGroup.Count == 0 ? null : (double)lurkers / targetGroup.Count,
            TopShare(contributors, percent: 1, activity.Messages),
            TopShare(contributors, percent: 10, activity.Messages),
            GiniOf(targetGroup));
    }

    /// <param name="descending">Messages per contributor, most first.</param>
    /// <param name="messages">All messages in the period, unknown authors included.</param>
    private static double? TopShare(List<int> descending, int percent, int messages)
    {
        if (messages == 0)
        {
            return null;
        }

        // ⌈percent % of the contributors⌉ in integers, so that it is exact by construction.
        var top = Math.Max(1, ((descending.Count * percent) + 99) / 100);
        long written = 0;
        for (var i = 0; i < top && i < descending.Count; i++)
        {
            written += descending[i];
        }

        return (double)written / messages;
    }

    /// <param name="ascending">Messages per target-group member, zeros included, fewest first.</param>
    private static double? GiniOf(List<int> ascending)
    {
        long n = ascending.Count;
        long weighted = 0;
        long total = 0;
        for (var i = 1; i <= n; i++)
        {
            long x = ascending[i - 1];
            weighted += ((2 * i) - n - 1) * x;
            total += x;
        }

        // Integers up to here, so the result does not depend on summation order.
        return total == 0 ? null : (double)weighted / (n * total);
    }
}
