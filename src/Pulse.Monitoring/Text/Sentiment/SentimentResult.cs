namespace Pulse.Monitoring.Text.Sentiment;

/// <summary>The sentiment of one text: score in [-1, 1], its label, and the evidence behind it.</summary>
public sealed record SentimentResult(TextLanguage Language, double Score, SentimentLabel Label, IReadOnlyList<SentimentEvidence> Evidence);
