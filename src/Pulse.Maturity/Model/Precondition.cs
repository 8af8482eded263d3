namespace Pulse.Maturity.Model;

/// <summary>
/// One of the four preconditions for success of internal social media (Usage, Goal-directedness,
/// Organisation, Integration in work processes). Its score is the weighted mean of its present
/// construct scores, provided those carry at least half of its total construct weight.
/// </summary>
/// <param name="Id">Unique in the whole model (v1: usage, goals, organisation, integration).</param>
/// <param name="Name">Name in the report.</param>
/// <param name="Description">What the precondition means, one or two sentences.</param>
/// <param name="Constructs">At least one construct.</param>
public sealed record Precondition(string Id, LocalizedText Name, LocalizedText Description, IReadOnlyList<Construct> Constructs)
{
    /// <summary>The precondition's id.</summary>
    public string Id { get; } = Check(Id, Name, Description, Constructs);

    /// <summary>The precondition's constructs, in model order.</summary>
    public IReadOnlyList<Construct> Constructs { get; } = [.. Constructs];

    /// <summary>Sum of the construct weights.</summary>
    public double TotalWeight => Constructs.Sum(c => c.Weight);

    internal static List<string> ProblemsOf(string? id, int constructCount)
    {
        var problems = new List<string>();
        if (!Guard.IsId(id))
        {
            problems.Add($"precondition id '{id}' is not valid: use lower-case letters, digits and '_', starting with a letter (at most 64 characters)");
        }

        if (constructCount == 0)
        {
            problems.Add($"precondition '{id}' has no constructs");
        }

        return problems;
    }

    private static string Check(string id, LocalizedText name, LocalizedText description, IReadOnlyList<Construct> constructs)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(constructs);
        Guard.ThrowIfAny(ProblemsOf(id, constructs.Count), $"Precondition '{id}'");
        return id;
    }
}
