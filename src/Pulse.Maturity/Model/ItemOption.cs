using Pulse.Maturity.Answers;

namespace Pulse.Maturity.Model;

/// <summary>
/// One answer option of an item. For choice and multiple-choice items the points come from the
/// model file; for Likert and yes/no items the model derives the options itself (see
/// <see cref="StandardOptions"/>), so their points always equal the scoring rule.
/// </summary>
/// <param name="Value">
/// What an answer file holds for this option: lower-case letters, digits and '_', at most 64
/// characters, never one of the "don't know" words (e.g. <c>dk</c>), and never containing ';',
/// which separates the options of a multiple-choice answer.
/// </param>
/// <param name="Points">Score 0..100 this option gives (for multiple choice: its share in the capped sum).</param>
/// <param name="Label">What the respondent reads.</param>
/// <param name="Help">What evidence makes this option true, for the key respondent; optional.</param>
public sealed record ItemOption(string Value, double Points, LocalizedText Label, LocalizedText? Help = null)
{
    /// <summary>The option's value as stored in answers.</summary>
    public string Value { get; } = Check(Value, Points, Label);

    /// <summary>Problems with an option, each a sentence; empty when the option is valid.</summary>
    internal static List<string> ProblemsOf(string? value, double points, LocalizedText? label)
    {
        var problems = new List<string>();
        if (!Guard.IsOptionValue(value))
        {
            problems.Add($"option value '{value}' is not valid: use lower-case letters, digits and '_' (at most 64 characters)");
        }
        else if (MissingAnswer.IsMissing(value))
        {
            problems.Add($"option value '{value}' would be read as \"don't know\"");
        }

        if (!double.IsFinite(points) || points < 0 || points > 100)
        {
            problems.Add($"option '{value}' has points {points.ToString(System.Globalization.CultureInfo.InvariantCulture)} outside 0..100");
        }

        if (label is null)
        {
            problems.Add($"option '{value}' has no label");
        }

        return problems;
    }

    private static string Check(string value, double points, LocalizedText label)
    {
        Guard.ThrowIfAny(ProblemsOf(value, points, label), "Option");
        return value;
    }
}
