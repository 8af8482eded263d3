namespace Pulse.Application.Reality;

/// <summary>How a claim compares with its measurement (thresholds in <see cref="RealityJudge"/>).</summary>
public enum RealityVerdict
{
    /// <summary>More than 10 points above, and more than twice the measurement.</summary>
    FarAbove,

    /// <summary>More than 10 points above.</summary>
    Above,

    /// <summary>Within 10 points.</summary>
    Matches,

    /// <summary>More than 10 points below.</summary>
    Below,

    /// <summary>More than 10 points below, and the measurement more than twice the claim.</summary>
    FarBelow,

    /// <summary>The answers or the data cannot say (see <see cref="RealityUnknown"/>).</summary>
    CannotSay,
}

/// <summary>Why a line of the reality check cannot say anything.</summary>
public enum RealityUnknown
{
    /// <summary>The organisation has no answers in the wave.</summary>
    NotInWave,

    /// <summary>It answered that it has no community, so it answered nothing else.</summary>
    NoCommunity,

    /// <summary>2 to 4 respondents: their combined answers are withheld to keep them anonymous.</summary>
    AnswersWithheld,

    /// <summary>Nobody answered this question (or too few of the construct's items).</summary>
    NoAnswer,

    /// <summary>There are no countable messages in the period.</summary>
    NoMessages,

    /// <summary>The figure needs the directory (HR file) and the organisation has none.</summary>
    NoDirectory,

    /// <summary>The directory marks no manager in the target group.</summary>
    NoManagers,

    /// <summary>The target group is empty.</summary>
    EmptyTargetGroup,
}
