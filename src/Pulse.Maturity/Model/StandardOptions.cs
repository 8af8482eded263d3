using Pulse.Maturity.Scoring;

namespace Pulse.Maturity.Model;

/// <summary>
/// The options the model derives for Likert and yes/no items, so an item's options always say
/// what each answer scores for that very item (reverse coding applied).
/// </summary>
public static class StandardOptions
{
    private static readonly LocalizedText[] Likert5Labels =
    [
        new("Helemaal mee oneens", "Strongly disagree"),
        new("Mee oneens", "Disagree"),
        new("Neutraal", "Neither agree nor disagree"),
        new("Mee eens", "Agree"),
        new("Helemaal mee eens", "Strongly agree"),
    ];

    private static readonly LocalizedText[] Likert7Labels =
    [
        new("Helemaal mee oneens", "Strongly disagree"),
        new("Mee oneens", "Disagree"),
        new("Enigszins mee oneens", "Somewhat disagree"),
        new("Neutraal", "Neither agree nor disagree"),
        new("Enigszins mee eens", "Somewhat agree"),
        new("Mee eens", "Agree"),
        new("Helemaal mee eens", "Strongly agree"),
    ];

    /// <summary>The value of the yes option of a yes/no item.</summary>
    public const string Yes = "yes";

    /// <summary>The value of the no option of a yes/no item.</summary>
    public const string No = "no";

    /// <summary>Yes (100) and no (0), in that order.</summary>
    public static IReadOnlyList<ItemOption> YesNo { get; } =
    [
        new(Yes, 100, new LocalizedText("Ja", "Yes")),
        new(No, 0, new LocalizedText("Nee", "No")),
    ];

    /// <summary>
    /// Options "1".."k" of a Likert item, each with the points that value scores for this item.
    /// </summary>
    /// <param name="scale">A Likert scale.</param>
    /// <param name="reverse">Whether the item is reverse-coded (agreement is the weak end).</param>
    /// <param name="labels">k labels from weakest agreement to strongest, or null for the standard agreement labels.</param>
    public static IReadOnlyList<ItemOption> Likert(Scale scale, bool reverse, IReadOnlyList<LocalizedText>? labels = null)
    {
        var k = scale.LikertPoints();
        if (k == 0)
        {
            throw new ArgumentException($"{scale} is not a Likert scale.", nameof(scale));
        }

        labels ??= k == 5 ? Likert5Labels : Likert7Labels;
        if (labels.Count != k)
        {
            throw new ArgumentException($"A {k}-point scale needs {k} labels, not {labels.Count}.", nameof(labels));
        }

        var options = new ItemOption[k];
        for (var v = 1; v <= k; v++)
        {
            options[v - 1] = new ItemOption(LikertValue(v), ItemScore.Likert(v, k, reverse), labels[v - 1]);
        }

        return options;
    }

    /// <summary>The canonical string of Likert value <paramref name="v"/> (1..7), shared so answers do not allocate.</summary>
    internal static string LikertValue(int v) => v switch
    {
        1 => "1",
        2 => "2",
        3 => "3",
        4 => "4",
        5 => "5",
        6 => "6",
        7 => "7",
        _ => throw new ArgumentOutOfRangeException(nameof(v)),
    };
}
