namespace Pulse.Rendering.Text;

/// <summary>
/// How a construct's Cronbach's alpha is judged in the report: the usual cut-offs of .8, .7 and
/// .6. Below .6 the construct's scores are to be interpreted with care (issue 8).
/// </summary>
public enum ReliabilityBand
{
    NotComputable,
    InterpretWithCare,
    Questionable,
    Acceptable,
    Good,
}

/// <summary>The band of an alpha and its name.</summary>
public static class ReliabilityBands
{
    /// <summary>The band of <paramref name="alpha"/>; <see cref="ReliabilityBand.NotComputable"/> when alpha is undefined.</summary>
    public static ReliabilityBand Of(double? alpha) => alpha switch
    {
        null => ReliabilityBand.NotComputable,
        >= 0.8 => ReliabilityBand.Good,
        >= 0.7 => ReliabilityBand.Acceptable,
        >= 0.6 => ReliabilityBand.Questionable,
        _ => ReliabilityBand.InterpretWithCare,
    };

    /// <summary>The band's name in the report's language.</summary>
    public static string Name(this ReliabilityBand band, ReportText text) => band switch
    {
        ReliabilityBand.Good => text.BandGood,
        ReliabilityBand.Acceptable => text.BandAcceptable,
        ReliabilityBand.Questionable => text.BandQuestionable,
        ReliabilityBand.InterpretWithCare => text.BandInterpretWithCare,
        _ => text.BandNotComputable,
    };
}
