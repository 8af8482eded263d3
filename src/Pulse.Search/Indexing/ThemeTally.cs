namespace Pulse.Search.Indexing;

/// <summary>
/// What a theme's matches in a period add up to, read from the index's doc values alone
/// (<see cref="MessageIndex.Tally"/>): the caller turns sums into means and shares.
/// </summary>
/// <param name="Messages">Matching messages created in the period.</param>
/// <param name="Contributors">Distinct authors of those messages (messages without an author add none).</param>
/// <param name="SentimentSum">The sum of their sentiment scores.</param>
/// <param name="Positive">How many have a positive label (score above 0.05).</param>
/// <param name="Negative">How many have a negative label (score below -0.05); the rest are neutral.</param>
/// <param name="Buckets">Per bucket of the period (see <see cref="MessageIndex.Tally"/>): messages and their sentiment sum.</param>
public sealed record ThemeTally(int Messages, int Contributors, double SentimentSum, int Positive, int Negative, IReadOnlyList<ThemeBucket> Buckets)
{
    public int Neutral => Messages - Positive - Negative;
}

/// <summary>One bucket (a week) of a <see cref="ThemeTally"/>.</summary>
public sealed record ThemeBucket(int Messages, double SentimentSum);
