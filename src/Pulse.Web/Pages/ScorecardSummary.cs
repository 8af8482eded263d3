using Pulse.Maturity.Scoring;

namespace Pulse.Web.Pages;

/// <summary>
/// An organisation's latest scorecard in brief, for its own page: the wave, its own scores, and
/// its percentile on the index (null when too few organisations were scored for it to be shown).
/// </summary>
public sealed record ScorecardSummary(string Wave, OrganisationScore Score, double? IndexPercentile);
