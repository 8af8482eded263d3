using Pulse.Maturity.Model;
using Pulse.Monitoring.Metrics;

namespace Pulse.Application.Reality;

/// <summary>The reality check of one organisation in one wave.</summary>
/// <param name="Period">The matching period: the 90 days up to the wave's date (docs/metrics.md).</param>
/// <param name="RecentWindow">Its last 28 days, for "active on at least 10 of the last 28 days".</param>
/// <param name="Respondents">How many responses the claims combine (0 when it did not answer).</param>
/// <param name="Messages">Countable messages in the period.</param>
public sealed record RealityView(
    string Organisation,
    string OrganisationName,
    string Wave,
    Period Period,
    Period RecentWindow,
    int Respondents,
    int Messages,
    IReadOnlyList<RealityLine> Lines);

/// <summary>Across the organisations of a wave that have messages: how often claims exceed measurements.</summary>
/// <param name="Organisations">Organisations that answered in the wave.</param>
/// <param name="WithMessages">Of those, the ones with countable messages in the period.</param>
/// <param name="Judged">Lines with a verdict (not "cannot say") over those organisations.</param>
/// <param name="ClaimAbove">Of those, the lines whose claim is above or far above its measurement.</param>
/// <param name="ClaimAboveShare"><paramref name="ClaimAbove"/> / <paramref name="Judged"/>; null when nothing was judged.</param>
/// <param name="Claims">The same per claim.</param>
/// <param name="Checked">The slugs of the organisations with messages, whose own checks the counts add up.</param>
public sealed record RealitySummary(
    string Wave,
    Period Period,
    int Organisations,
    int WithMessages,
    int Judged,
    int ClaimAbove,
    double? ClaimAboveShare,
    IReadOnlyList<RealityClaimSummary> Claims,
    IReadOnlyList<string> Checked);

/// <summary>One claim over the organisations of a wave that have messages: how many of each verdict.</summary>
public sealed record RealityClaimSummary(
    string Claim,
    LocalizedText Name,
    int FarAbove,
    int Above,
    int Matches,
    int Below,
    int FarBelow,
    int CannotSay)
{
    /// <summary>Organisations with a verdict on this claim.</summary>
    public int Judged => FarAbove + Above + Matches + Below + FarBelow;

    /// <summary>Share of those whose claim is above or far above; null when none was judged.</summary>
    public double? AboveShare => Judged == 0 ? null : (double)(FarAbove + Above) / Judged;
}
