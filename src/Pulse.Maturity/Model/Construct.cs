using System.Globalization;

namespace Pulse.Maturity.Model;

/// <summary>
/// A concept measured by 2–5 items (performance expectancy, moderation, …). Its score is the mean
/// of its answered item scores, provided at least ⌈n/2⌉ of its n items are answered.
/// </summary>
/// <param name="Id">Unique in the whole model.</param>
/// <param name="Name">Name in the report.</param>
/// <param name="Weight">Weight in its precondition's weighted mean; positive, default 1.</param>
/// <param name="Items">2 to 5 items, in questionnaire order.</param>
/// <param name="Recommendations">
/// What a consultant advises an organisation at stage 1..5 to do next for this construct; exactly
/// one text per stage, so a scorecard never meets a stage without advice.
/// </param>
public sealed record Construct(string Id, LocalizedText Name, double Weight, IReadOnlyList<Item> Items, IReadOnlyDictionary<int, LocalizedText> Recommendations)
{
    /// <summary>Fewest items a construct may have: reliability needs at least two.</summary>
    public const int MinItems = 2;

    /// <summary>Most items a construct may have: the questionnaire must stay short for a key respondent.</summary>
    public const int MaxItems = 5;

    /// <summary>The construct's id.</summary>
    public string Id { get; } = Check(Id, Name, Weight, Items, Recommendations);

    /// <summary>The construct's items.</summary>
    public IReadOnlyList<Item> Items { get; } = [.. Items];

    /// <summary>The recommendation per stage number 1..5, in stage order.</summary>
    public IReadOnlyDictionary<int, LocalizedText> Recommendations { get; } = new SortedDictionary<int, LocalizedText>(Recommendations.ToDictionary());

    /// <summary>How many of the n items must be answered for a construct score: ⌈n/2⌉.</summary>
    public int MinimumAnswered => (Items.Count + 1) / 2;

    internal static List<string> ProblemsOf(string? id, double weight, int itemCount)
    {
        var problems = new List<string>();
        if (!Guard.IsId(id))
        {
            problems.Add($"construct id '{id}' is not valid: use lower-case letters, digits and '_', starting with a letter (at most 64 characters)");
        }

        if (!double.IsFinite(weight) || weight <= 0)
        {
            problems.Add($"construct '{id}' has weight {weight.ToString(CultureInfo.InvariantCulture)}; a weight must be positive");
        }

        if (itemCount == 0)
        {
            problems.Add($"construct '{id}' has no items");
        }
        else if (itemCount is < MinItems or > MaxItems)
        {
            problems.Add($"construct '{id}' has {itemCount} item{(itemCount == 1 ? string.Empty : "s")}; a construct needs {MinItems} to {MaxItems}");
        }

        return problems;
    }

    /// <summary>
    /// Problems with the stages a construct has recommendations for: each of 1..5 exactly once,
    /// nothing else. Shared by the constructor and the reader, so both name construct and stage alike.
    /// </summary>
    internal static List<string> RecommendationProblemsOf(string? id, IEnumerable<int> stages)
    {
        var given = stages.ToHashSet();
        var problems = new List<string>();
        foreach (var stage in Stage.All)
        {
            if (!given.Contains(stage.Number))
            {
                problems.Add($"construct '{id}' has no recommendation for stage {stage.Number} ({stage.Name.En}); every construct needs one for each stage 1 to 5");
            }
        }

        foreach (var number in given.Where(n => n is < 1 or > 5).Order())
        {
            problems.Add($"construct '{id}' has a recommendation for stage {number}; stages are 1 to 5");
        }

        return problems;
    }

    private static string Check(string id, LocalizedText name, double weight, IReadOnlyList<Item> items, IReadOnlyDictionary<int, LocalizedText> recommendations)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(recommendations);
        var problems = ProblemsOf(id, weight, items.Count);
        problems.AddRange(RecommendationProblemsOf(id, recommendations.Keys));
        problems.AddRange(recommendations.Where(r => r.Value is null).Select(r => $"construct '{id}' has no text for its recommendation at stage {r.Key}"));
        Guard.ThrowIfAny(problems, $"Construct '{id}'");
        return id;
    }
}
