namespace Pulse.Maturity.Model;

/// <summary>
/// How an item is answered, which fixes how an answer becomes an item score (0–100); see
/// <see cref="Scoring.ItemScore"/> for the rules of maturity-model.md.
/// </summary>
public enum Scale
{
    /// <summary>Agreement 1..5; score (v − 1) / 4 × 100, reverse-coded (5 − v) / 4 × 100.</summary>
    Likert5,

    /// <summary>Agreement 1..7; score (v − 1) / 6 × 100, reverse-coded (7 − v) / 6 × 100.</summary>
    Likert7,

    /// <summary>Yes (100) or no (0).</summary>
    YesNo,

    /// <summary>A percentage 0..100 that is its own score; values outside are invalid, never clamped.</summary>
    Percent,

    /// <summary>One option; the score is the option's points from the model file.</summary>
    Choice,

    /// <summary>Any number of options; the score is min(100, sum of the chosen options' points).</summary>
    Multi,
}
