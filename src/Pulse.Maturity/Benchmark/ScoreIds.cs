using Pulse.Maturity.Model;
using Pulse.Maturity.Scoring;

namespace Pulse.Maturity.Benchmark;

/// <summary>The score ids a benchmark reports, and how to read one from an organisation's scores.</summary>
internal static class ScoreIds
{
    /// <summary>"index", every precondition id, every construct id: in model order.</summary>
    public static IEnumerable<string> Of(MaturityModel model) =>
        [WaveBenchmark.IndexId, .. model.Preconditions.Select(p => p.Id), .. model.Constructs.Select(c => c.Id)];

    /// <summary>The organisation's score with this id, or null when it has none.</summary>
    public static double? ScoreOf(OrganisationScore organisation, string id) =>
        string.Equals(id, WaveBenchmark.IndexId, StringComparison.Ordinal) ? organisation.Index
        : organisation.Preconditions.TryGetValue(id, out var precondition) ? precondition
        : organisation.Constructs.TryGetValue(id, out var construct) ? construct
        : null;

    /// <summary>Every organisation's score with this id, skipping those without one.</summary>
    public static double[] Values(WaveScores scores, string id) =>
        [.. scores.Organisations.Select(o => ScoreOf(o, id)).OfType<double>()];

    /// <summary>x (true) and n (decided) of one indicator over the wave.</summary>
    public static (int X, int N) Count(WaveScores scores, string indicatorId)
    {
        int x = 0, n = 0;
        foreach (var organisation in scores.Organisations)
        {
            if (organisation.Indicators.TryGetValue(indicatorId, out var value) && value is { } holds)
            {
                n++;
                x += holds ? 1 : 0;
            }
        }

        return (x, n);
    }
}
