using Pulse.Maturity.Model;

namespace Pulse.Application.Reality;

/// <summary>
/// One claim of the questionnaire next to its measurement from the messages. Figures are percentages
/// (0–100, the claims' own unit), not the 0..1 fractions of the participation report.
/// </summary>
/// <param name="Claim">The model's id of what is claimed: a fact (active_share, …) or a construct (colleague_use, manager_use).</param>
/// <param name="Measure">What it is measured with: participationRate, managementParticipationRate, activeOn10Of28Days or employeesReached.</param>
/// <param name="Name">The claim in words.</param>
/// <param name="MeasureName">The measurement in words.</param>
/// <param name="Answer">The organisation's combined answer as stored (a number, an option, a construct score); null when there is none.</param>
/// <param name="ClaimedLow">The lower end of the claimed range, 0–100.</param>
/// <param name="ClaimedHigh">The upper end (equal to the lower end for a single figure).</param>
/// <param name="Measured">What the messages show, 0–100; null when they cannot say.</param>
/// <param name="MeasuredCount">People the measurement counts (e.g. active target-group members).</param>
/// <param name="MeasuredOf">Out of how many people.</param>
/// <param name="Gap">The claim's nearest end minus the measurement, in points; positive when the claim is higher.</param>
/// <param name="Verdict">The verdict (thresholds in <see cref="RealityJudge"/>).</param>
/// <param name="Unknown">Why it cannot say, with <see cref="RealityVerdict.CannotSay"/>.</param>
/// <param name="Sentence">The line in words, Dutch and English: "claimed 60 %, measured 12 %: the claim is far above what the messages show".</param>
public sealed record RealityLine(
    string Claim,
    string Measure,
    LocalizedText Name,
    LocalizedText MeasureName,
    string? Answer,
    double? ClaimedLow,
    double? ClaimedHigh,
    LocalizedText? ClaimedText,
    double? Measured,
    int? MeasuredCount,
    int? MeasuredOf,
    double? Gap,
    RealityVerdict Verdict,
    RealityUnknown? Unknown,
    LocalizedText Sentence);
