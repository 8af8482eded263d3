namespace Pulse.Monitoring.Metrics;

/// <summary>
/// What the per-person figures (totals, pyramid, departments) need of a period, whether it was
/// tallied from every message (<see cref="ActivityTally"/>) or from the import's day aggregates
/// (<see cref="DailyActivity"/>).
/// </summary>
internal interface IPeriodActivity
{
    /// <summary>Messages in the period, of any author.</summary>
    int Messages { get; }

    /// <summary>Thread starters in the period.</summary>
    int Threads { get; }

    /// <summary>Messages in the period that are not thread starters.</summary>
    int Replies { get; }

    /// <summary>Per person: messages written in the period.</summary>
    int[] MessagesInPeriod { get; }

    /// <summary>Per person: wrote at least one message in the previous period of equal length.</summary>
    bool[] ContributedInPrevious { get; }

    /// <summary>Per person: UTC ticks of the first message ever, <see cref="long.MaxValue"/> when none.</summary>
    long[] FirstMessageTicks { get; }
}
