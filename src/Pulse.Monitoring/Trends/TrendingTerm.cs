namespace Pulse.Monitoring.Trends;

/// <summary>
/// A term whose count in the current window is well above its own baseline: the mean count over
/// the preceding windows, with the z-score <c>(count − baseline) / sd</c> that says how far above.
/// </summary>
/// <param name="Term">A word, a two-word phrase ("nieuwe werkplek") or a hashtag/topic ("#omgevingswet").</param>
/// <param name="Count">Messages in the current window that contain the term.</param>
/// <param name="Baseline">Mean messages per preceding window containing it.</param>
/// <param name="Z">How many standard deviations above the baseline; the standard deviation is floored at 1 so a term that never appeared before does not read as infinitely new.</param>
/// <param name="Messages">The evidence: ids of the current window's messages that contain it (at most 20, newest first).</param>
public sealed record TrendingTerm(string Term, int Count, double Baseline, double Z, IReadOnlyList<string> Messages);
