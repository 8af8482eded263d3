using Pulse.Monitoring.Model;

namespace Pulse.Monitoring.Metrics;

/// <summary>
/// How quickly the period's threads get an answer from someone else.
/// </summary>
/// <remarks>
/// The first reply of a thread is its earliest reply that is a message (so not deleted, private or
/// by a bot) written by another person than the starter's author. A reply whose author is unknown
/// counts as someone else, as does any reply to a starter whose author is unknown. The first reply
/// may come after the period ends. Replies are taken as dated: one dated before its starter (clock
/// skew on the platform) is still the earliest and gives a negative time, which is reported rather
/// than hidden.
/// </remarks>
internal sealed record Responsiveness(double? AnsweredWithin24h, double? MedianHoursToFirstReply, int Unanswered)
{
    public static Responsiveness Measure(IReadOnlyList<Message> messages, ActivityTally activity, People people)
    {
        // Only the period's starters need a first reply; index them so one pass over the replies finds them.
        var firstReplyTicks = new Dictionary<int, long>(activity.StartersInPeriod.Count);
        foreach (var starter in activity.StartersInPeriod)
        {
            firstReplyTicks[starter] = long.MaxValue;
        }

        for (var i = 0; i < messages.Count; i++)
        {
            var reply = messages[i];
            if (!activity.Counts(i) || reply.IsThreadStarter)
            {
                continue;
            }

            var starter = activity.CountedMessage(reply.ThreadExternalId);
            if (starter < 0 || !firstReplyTicks.TryGetValue(starter, out var earliest))
            {
                continue;
            }

            var replier = people.PersonOf(activity.AuthorAccount(i));
            var asker = people.PersonOf(activity.AuthorAccount(starter));
            var someoneElse = replier < 0 || asker < 0 || replier != asker;
            var at = reply.CreatedAt.UtcTicks;
            if (someoneElse && at < earliest)
            {
                firstReplyTicks[starter] = at;
            }
        }

        var waits = new List<long>(firstReplyTicks.Count);
        foreach (var (starter, replyTicks) in firstReplyTicks)
        {
            if (replyTicks != long.MaxValue)
            {
                waits.Add(replyTicks - messages[starter].CreatedAt.UtcTicks);
            }
        }

        return Of(firstReplyTicks.Count, waits);
    }

    /// <summary>The figures from the waits (in ticks) of the starters that got a first reply, out of <paramref name="starters"/>.</summary>
    public static Responsiveness Of(int starters, List<long> waits)
    {
        var hours = new List<double>(waits.Count);
        var within24h = 0;
        foreach (var wait in waits)
        {
            if (wait <= TimeSpan.TicksPerDay)
            {
                within24h++;
            }

            hours.Add((double)wait / TimeSpan.TicksPerHour);
        }

        return new Responsiveness(
            starters == 0 ? null : (double)within24h / starters,
            Median(hours),
            starters - hours.Count);
    }

    private static double? Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
