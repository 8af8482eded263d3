namespace Pulse.Maturity.Survey;

/// <summary>
/// Rows of an export to leave out, e.g. unfinished responses: LimeSurvey leaves
/// <c>submitdate</c> empty, Qualtrics writes <c>Finished</c> = 0 (or False).
/// </summary>
/// <param name="Column">The export's column.</param>
/// <param name="Values">A row is skipped when the column holds one of these (ignoring case and surrounding spaces; "" = empty).</param>
public sealed record SkipRule(string Column, IReadOnlyList<string> Values)
{
    /// <summary>True when a row with this value in <see cref="Column"/> is skipped.</summary>
    public bool Skips(string value) => Values.Any(v => string.Equals(v.Trim(), value.Trim(), StringComparison.OrdinalIgnoreCase));
}
