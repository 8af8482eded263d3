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
public sealed record Construct(string Id, LocalizedText Name, double Weight, IReadOnlyList<Item> Items)
{
    /// <summary>Fewest items a construct may have: reliability needs at least two.</summary>
    public const int MinItems = 2;

    /// <summary>Most items a construct may have: the questionnaire must stay short for a key respondent.</summary>
    public const int MaxItems = 5;

    /// <summary>The construct's id.</summary>
    public string Id { get; } = Check(Id, Name, Weight, Items);

    /// <summary>The construct's items.</summary>
    public IReadOnlyList<Item> Items { get; } = [.. Items];

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

    private static string Check(string id, LocalizedText name, double weight, IReadOnlyList<Item> items)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(items);
        Guard.ThrowIfAny(ProblemsOf(id, weight, items.Count), $"Construct '{id}'");
        return id;
    }
}
