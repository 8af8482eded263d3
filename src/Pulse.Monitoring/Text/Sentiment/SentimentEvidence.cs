namespace Pulse.Monitoring.Text.Sentiment;

/// <summary>
/// What carried part of a score: the words as written (or a rule's trigger, e.g. "!!"), their
/// contribution to the raw sum after every rule, and the rules applied, in order
/// (e.g. "lexicon", "negation:niet", "booster:heel", "contrast:after").
/// </summary>
public sealed record SentimentEvidence(string Text, double Weight, IReadOnlyList<string> Rules);
