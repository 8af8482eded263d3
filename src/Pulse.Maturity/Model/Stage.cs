namespace Pulse.Maturity.Model;

/// <summary>
/// A maturity stage 1–5: 1 below 20, 2 below 40, 3 below 60, 4 below 80, else 5 — and never more
/// than one stage above the stage of the organisation's weakest precondition.
/// </summary>
/// <param name="Number">1..5.</param>
/// <param name="Name">Verkennen / Exploring … Transformeren / Transforming.</param>
public sealed record Stage(int Number, LocalizedText Name)
{
    /// <summary>The stage number.</summary>
    public int Number { get; } = Number is >= 1 and <= 5 ? Number : throw new ArgumentOutOfRangeException(nameof(Number), Number, "A stage is 1..5.");

    /// <summary>The five stages, in order.</summary>
    public static IReadOnlyList<Stage> All { get; } =
    [
        new(1, new LocalizedText("Verkennen", "Exploring")),
        new(2, new LocalizedText("Experimenteren", "Experimenting")),
        new(3, new LocalizedText("Professionaliseren", "Professionalising")),
        new(4, new LocalizedText("Integreren", "Integrating")),
        new(5, new LocalizedText("Transformeren", "Transforming")),
    ];

    /// <summary>Stage 1..5.</summary>
    public static Stage FromNumber(int number) =>
        number is >= 1 and <= 5 ? All[number - 1] : throw new ArgumentOutOfRangeException(nameof(number), number, "A stage is 1..5.");

    /// <summary>
    /// The stage of a score 0..100 on its own, without the weakest-precondition cap. The
    /// thresholds are compared exactly, as maturity-model.md states them ("2 below 40"): a score
    /// that is 60 in exact arithmetic but 59.999999999999993 in floating point is stage 3, as in
    /// any straightforward implementation of the rules; reports that round scores for display
    /// should show the stage, not recompute it.
    /// </summary>
    public static Stage ForScore(double score)
    {
        if (!double.IsFinite(score))
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "A score is a finite number.");
        }

        var number = 1;
        foreach (var threshold in (ReadOnlySpan<double>)[20, 40, 60, 80])
        {
            if (score >= threshold)
            {
                number++;
            }
        }

        return All[number - 1];
    }

    /// <summary>
    /// The stage of an organisation: the stage of its index, capped at one stage above the stage of
    /// its weakest precondition (a weak precondition holds the whole organisation back).
    /// </summary>
    public static Stage ForOrganisation(double index, double weakestPrecondition) =>
        FromNumber(Math.Min(ForScore(index).Number, ForScore(weakestPrecondition).Number + 1));
}
