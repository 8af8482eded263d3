namespace Pulse.Application.Reality;

/// <summary>
/// What `pulse monitor reality --wave ID --org SLUG --json` prints and `GET /api/v1/orgs/{slug}/reality`
/// returns: one organisation's questionnaire claims in one wave next to what its messages measure.
/// </summary>
/// <param name="Organisation">The organisation's slug.</param>
/// <param name="Wave">The wave whose answers are checked.</param>
/// <param name="From">Start of the matching period (inclusive), UTC.</param>
/// <param name="To">End of the matching period (exclusive), UTC.</param>
/// <param name="RecentFrom">Start of the period's last 28 days, for "active on at least 10 of the last 28 days".</param>
/// <param name="Respondents">How many responses the claims combine (0 when it did not answer).</param>
/// <param name="Messages">Countable messages in the period.</param>
/// <param name="Lines">Per claim: claimed, measured, gap and verdict.</param>
public sealed record RealityDocument(
    string Organisation, string Wave, string From, string To, string RecentFrom, int Respondents, int Messages, IReadOnlyList<RealityLine> Lines)
{
    public static RealityDocument Of(RealityView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new RealityDocument(
            view.Organisation, view.Wave, PulseJson.Moment(view.Period.From), PulseJson.Moment(view.Period.To), PulseJson.Moment(view.RecentWindow.From),
            view.Respondents, view.Messages, view.Lines);
    }
}

/// <summary>What `pulse monitor reality --wave ID --json` prints: how often claims exceed measurements across the organisations of a wave.</summary>
/// <param name="Wave">The wave whose answers are checked.</param>
/// <param name="From">Start of the matching period (inclusive), UTC.</param>
/// <param name="To">End of the matching period (exclusive), UTC.</param>
/// <param name="Organisations">Organisations that answered in the wave.</param>
/// <param name="WithMessages">Of those, the ones with countable messages in the period.</param>
/// <param name="Judged">Lines with a verdict over those organisations.</param>
/// <param name="ClaimAbove">Of those, the lines whose claim is above or far above its measurement.</param>
/// <param name="ClaimAboveShare">claimAbove / judged; null when nothing was judged.</param>
/// <param name="Claims">The same per claim.</param>
public sealed record RealitySummaryDocument(
    string Wave, string From, string To, int Organisations, int WithMessages, int Judged, int ClaimAbove, double? ClaimAboveShare, IReadOnlyList<RealityClaimSummary> Claims)
{
    public static RealitySummaryDocument Of(RealitySummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new RealitySummaryDocument(
            summary.Wave, PulseJson.Moment(summary.Period.From), PulseJson.Moment(summary.Period.To), summary.Organisations, summary.WithMessages,
            summary.Judged, summary.ClaimAbove, summary.ClaimAboveShare, summary.Claims);
    }
}
