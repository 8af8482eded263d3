namespace Pulse.Maturity.Model;

/// <summary>
/// The ids of the facts every model version must have (maturity-model.md): reported and used by
/// indicators, never part of a construct score.
/// </summary>
public static class FactIds
{
    /// <summary>yes/no: the organisation has an internal community or platform; "no" means counted, not scored.</summary>
    public const string HasCommunity = "has_community";

    /// <summary>yes/no: the platform's target group is all employees.</summary>
    public const string TargetAll = "target_all";

    /// <summary>percentage of the target group active in an average month.</summary>
    public const string ActiveShare = "active_share";

    /// <summary>single choice none / some / most: how many senior managers take part.</summary>
    public const string ManagementParticipation = "management_participation";

    /// <summary>percentage of employees who need the platform for their work.</summary>
    public const string NeedForWorkShare = "need_for_work_share";

    /// <summary>The five fixed facts with the scale each must have.</summary>
    public static IReadOnlyList<(string Id, Scale Scale)> Required { get; } =
    [
        (HasCommunity, Scale.YesNo),
        (TargetAll, Scale.YesNo),
        (ActiveShare, Scale.Percent),
        (ManagementParticipation, Scale.Choice),
        (NeedForWorkShare, Scale.Percent),
    ];

    /// <summary>The options <see cref="ManagementParticipation"/> must have, in this order.</summary>
    public static IReadOnlyList<string> ManagementParticipationOptions { get; } = ["none", "some", "most"];
}
