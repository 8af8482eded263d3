namespace Pulse.Monitoring.Text.Sentiment;

/// <summary>The three classes of docs/metrics.md: positive above 0.05, negative below -0.05.</summary>
public enum SentimentLabel
{
    Negative,
    Neutral,
    Positive,
}

public static class SentimentLabels
{
    /// <summary>The threshold of ../shared/monitoring-metrics.md ("Content").</summary>
    public const double Threshold = 0.05;

    public static SentimentLabel Of(double score) =>
        score > Threshold ? SentimentLabel.Positive : score < -Threshold ? SentimentLabel.Negative : SentimentLabel.Neutral;

    public static string Code(this SentimentLabel label) => label switch
    {
        SentimentLabel.Positive => "positive",
        SentimentLabel.Negative => "negative",
        _ => "neutral",
    };
}
