namespace Pulse.Monitoring.Tests.Sentiment;

/// <summary>Accuracy and macro-F1 of three-class predictions, computed here so no figure comes from the code under test.</summary>
public sealed record Classification(int Count, double Accuracy, double MacroF1)
{
    public static readonly string[] Labels = ["negative", "neutral", "positive"];

    public static Classification Of(IReadOnlyList<(string Gold, string Predicted)> pairs)
    {
        var correct = pairs.Count(p => p.Gold == p.Predicted);
        var f1 = Labels.Select(label =>
        {
            var tp = pairs.Count(p => p.Gold == label && p.Predicted == label);
            var fp = pairs.Count(p => p.Gold != label && p.Predicted == label);
            var fn = pairs.Count(p => p.Gold == label && p.Predicted != label);
            var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
            var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }).Average();
        return new Classification(pairs.Count, (double)correct / pairs.Count, f1);
    }

    /// <summary>The label of a score in [-1, 1] by the thresholds of monitoring-metrics.md (±0.05).</summary>
    public static string Label(double score) => score > 0.05 ? "positive" : score < -0.05 ? "negative" : "neutral";
}
