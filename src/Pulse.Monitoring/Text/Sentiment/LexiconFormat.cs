namespace Pulse.Monitoring.Text.Sentiment;

/// <summary>The lexicon formats Pulse reads (docs/sentiment.md).</summary>
public enum LexiconFormat
{
    /// <summary>Pulse's own: TERM TAB VALENCE (-4..+4), '#' comments.</summary>
    Pulse,

    /// <summary>VADER's vader_lexicon.txt: TOKEN TAB MEAN TAB STD TAB RATINGS; the mean is the valence.</summary>
    Vader,

    /// <summary>AFINN: TERM TAB INTEGER (-5..+5), scaled by 4/5 to Pulse's range.</summary>
    Afinn,

    /// <summary>pattern's XML: &lt;word form polarity(-1..+1)&gt;, senses averaged, scaled by 3.5.</summary>
    PatternXml,
}
