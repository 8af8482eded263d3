namespace Pulse.Monitoring.Metrics;

/// <summary>
/// A period's per-person tallies made from the import's day aggregates (<see cref="ActivityDay"/>)
/// instead of from every message: the same figures as <see cref="ActivityTally"/> for a period of
/// whole UTC days.
/// </summary>
internal sealed class DailyActivity : IPeriodActivity
{
    public DailyActivity(int people, long[] firstMessageTicks)
    {
        MessagesInPeriod = new int[people];
        ContributedInPrevious = new bool[people];
        FirstMessageTicks = firstMessageTicks;
    }

    public int Messages { get; set; }

    public int Threads { get; set; }

    public int Replies { get; set; }

    public int[] MessagesInPeriod { get; }

    public bool[] ContributedInPrevious { get; }

    public long[] FirstMessageTicks { get; }
}
