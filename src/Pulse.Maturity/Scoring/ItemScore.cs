using Pulse.Maturity.Answers;
using Pulse.Maturity.Model;

namespace Pulse.Maturity.Scoring;

/// <summary>
/// An answer's item score 0–100, exactly as maturity-model.md defines it:
/// Likert 1..k (v − 1) / (k − 1) × 100, reverse-coded (k − v) / (k − 1) × 100; yes 100, no 0;
/// a percentage is its own score; a single choice scores its option's points; a multiple choice
/// min(100, sum of the chosen options' points); don't know / blank is missing.
/// </summary>
public static class ItemScore
{
    /// <summary>Score of Likert value <paramref name="value"/> on a <paramref name="points"/>-point scale.</summary>
    public static double Likert(int value, int points, bool reverse)
    {
        if (points < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(points), points, "A Likert scale has at least 2 points.");
        }

        if (value < 1 || value > points)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"A {points}-point Likert value is 1..{points}.");
        }

        // Literally (v − 1) / (k − 1) × 100: the order of operations decides the last bit, and the
        // stage thresholds are compared exactly, so an independent implementation of the formula
        // must get the very same number.
        var steps = reverse ? points - value : value - 1;
        return (double)steps / (points - 1) * 100;
    }

    /// <summary>100 for yes, 0 for no.</summary>
    public static double YesNo(bool yes) => yes ? 100 : 0;

    /// <summary>A percentage is its own score; outside 0..100 is refused, never clamped.</summary>
    public static double Percent(double value) =>
        value is >= 0 and <= 100 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A percentage is 0..100.");

    /// <summary>min(100, sum of the chosen options' points); 0 when nothing is chosen.</summary>
    public static double Multi(IEnumerable<ItemOption> chosen)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        return Math.Min(100, chosen.Sum(o => o.Points));
    }

    /// <summary>
    /// The score of an answer to <paramref name="item"/>, in any form <see cref="AnswerParser"/>
    /// accepts; null when missing.
    /// </summary>
    /// <exception cref="ArgumentException">The answer is not valid for the item.</exception>
    public static double? Of(Item item, string? answer)
    {
        ArgumentNullException.ThrowIfNull(item);
        var parsed = AnswerParser.Parse(item, answer);
        if (!parsed.IsValid)
        {
            throw new ArgumentException(parsed.Error, nameof(answer));
        }

        return parsed.Value is null ? null : ResolvedAnswer.FromCanonical(item, parsed.Value).Score;
    }
}
