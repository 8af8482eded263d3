using Pulse.Maturity.Model;

namespace Pulse.Maturity.Benchmark;

/// <summary>
/// One line of a scorecard's advice (see <see cref="Advice.For"/>). It speaks about the
/// organisation itself and about groups of at least <see cref="Advice.MinimumPeers"/> other
/// organisations, never about one other organisation.
/// </summary>
/// <param name="Kind"><see cref="Recommendation"/> (from the model) or <see cref="Peers"/> (from the wave).</param>
/// <param name="Text">The line in Dutch and English.</param>
/// <param name="ConstructId">The construct a recommendation is for; null on the line naming the weakest precondition and on peer lines.</param>
/// <param name="IndicatorId">The indicator a peer line is about; null on recommendations.</param>
/// <param name="PeerShare">Share 0..1 of the peers for which the indicator holds; null on recommendations.</param>
/// <param name="PeerCount">Number of peers the share is over (those for which the indicator is decided); null on recommendations.</param>
public sealed record AdviceLine(string Kind, LocalizedText Text, string? ConstructId, string? IndicatorId, double? PeerShare, int? PeerCount)
{
    /// <summary>Kind of a line from the model's recommendations.</summary>
    public const string Recommendation = "recommendation";

    /// <summary>Kind of a line backed by the organisations one stage higher.</summary>
    public const string Peers = "peers";
}
