namespace Pulse.Monitoring.Text.Sentiment;

/// <summary>
/// One term of a sentiment lexicon: a word or a phrase of whole words (lower case), and its
/// valence on VADER's scale, -4 (most negative) to +4 (most positive).
/// </summary>
public sealed record LexiconEntry
{
    public LexiconEntry(string term, double valence)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(term);
        if (!double.IsFinite(valence) || valence is < -4 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(valence), valence, $"the valence of '{term}' must lie in -4..+4");
        }

        Term = term.Trim().ToLowerInvariant();
        Valence = valence;
    }

    public string Term { get; }

    public double Valence { get; }
}
