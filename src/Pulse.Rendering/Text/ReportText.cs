using System.Globalization;

namespace Pulse.Rendering.Text;

/// <summary>
/// Every text of the report and the scorecard in one language, with the number formats of that
/// language (Dutch: 1.234,5; English: 1,234.5). A record rather than resource files, like the web's
/// UiText: a missing translation is a compile error, not a blank in a printed report.
/// </summary>
public sealed record ReportText
{
    /// <summary>Dutch, the study's first language.</summary>
    public static ReportText Dutch => DutchText.Instance;

    /// <summary>English.</summary>
    public static ReportText English => EnglishText.Instance;

    /// <summary>The texts of "nl" or "en".</summary>
    /// <exception cref="ArgumentException">Any other language.</exception>
    public static ReportText For(string language) => CheckLanguage(language) == "nl" ? Dutch : English;

    /// <summary>"nl" or "en", as given; anything else is refused, so a typo never silently gives English.</summary>
    public static string CheckLanguage(string language) => language is "nl" or "en"
        ? language
        : throw new ArgumentException($"Language '{language}' is not supported; use 'nl' or 'en'.", nameof(language));

    public required string Language { get; init; }
    public required CultureInfo Culture { get; init; }

    /// <summary>A score 0–100 with one decimal ("45,3"); a dash when missing.</summary>
    public string Score(double? value) => Fixed(value, 1);

    /// <summary>A number with <paramref name="digits"/> decimals; a dash when missing.</summary>
    public string Fixed(double? value, int digits) =>
        value is { } v && double.IsFinite(v) ? v.ToString("N" + digits.ToString(CultureInfo.InvariantCulture), Culture) : "–";

    /// <summary>A count ("1.234"); a dash when missing.</summary>
    public string Count(int? value) => value is { } v ? v.ToString("N0", Culture) : "–";

    /// <summary>A fraction as a percentage with one decimal ("41,5 %"); a dash when missing.</summary>
    public string Percent(double? fraction) => fraction is { } f && double.IsFinite(f) ? Fixed(f * 100, 1) + " %" : "–";

    /// <summary>A 95 % interval of fractions ("35,2–47,9 %"); a dash when missing.</summary>
    public string Interval(double? lower, double? upper) =>
        lower is { } lo && upper is { } hi ? Fixed(lo * 100, 1) + "–" + Fixed(hi * 100, 1) + " %" : "–";

    /// <summary>A p-value with three decimals, or "&lt; 0,001"; a dash when missing.</summary>
    public string P(double? p) => p switch
    {
        null => "–",
        < 0.001 => "< " + Fixed(0.001, 3),
        _ => Fixed(p, 3),
    };

    /// <summary>A change with its sign ("+3,2", "−1,0"); a dash when either side is missing.</summary>
    public string Difference(double? now, double? before) => (now, before) switch
    {
        ({ } n, { } b) => (n - b) switch
        {
            > 0 and var d => "+" + Fixed(d, 1),
            < 0 and var d => "−" + Fixed(-d, 1),
            _ => Fixed(0, 1),
        },
        _ => "–",
    };

    /// <summary>Text with its placeholders filled in this language's culture.</summary>
    public string Format(string template, params object?[] arguments) => string.Format(Culture, template, arguments);

    // The research report
    public required string ReportTitle { get; init; }
    public required string WaveLabel { get; init; }
    public required string Contents { get; init; }
    public required string MethodHeading { get; init; }
    public required string MethodIntro { get; init; }
    public required string ResponseHeading { get; init; }
    public required string OrganisationsInWave { get; init; }
    public required string WithCommunity { get; init; }
    public required string WithoutCommunity { get; init; }
    public required string ScoredOrganisations { get; init; }
    public required string IncompleteOrganisations { get; init; }
    public required string ModelVersion { get; init; }
    public required string ComparedWith { get; init; }
    public required string NotCompared { get; init; }
    public required string ReliabilityHeading { get; init; }
    public required string ReliabilityIntro { get; init; }
    public required string Alpha { get; init; }
    public required string CompleteCases { get; init; }
    public required string Band { get; init; }
    public required string BandGood { get; init; }
    public required string BandAcceptable { get; init; }
    public required string BandQuestionable { get; init; }
    public required string BandInterpretWithCare { get; init; }
    public required string BandNotComputable { get; init; }
    public required string FindingsHeading { get; init; }
    public required string NoFindings { get; init; }
    public required string DistributionHeading { get; init; }
    public required string DistributionCaption { get; init; }
    public required string NoDistribution { get; init; }
    public required string Mean { get; init; }
    public required string Median { get; init; }
    public required string Min { get; init; }
    public required string Max { get; init; }

    /// <summary>"Comparison with wave {0}".</summary>
    public required string ComparisonHeading { get; init; }

    /// <summary>"Mean {0}": {0} is a wave code.</summary>
    public required string MeanInWave { get; init; }

    /// <summary>"n {0}": {0} is a wave code.</summary>
    public required string NInWave { get; init; }

    /// <summary>"Wave {0}": a legend entry.</summary>
    public required string WaveLegend { get; init; }
    public required string ComparisonCaption { get; init; }
    public required string Significant { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string NotComparableHeading { get; init; }
    public required string IndicatorComparisonHeading { get; init; }
    public required string DriversHeading { get; init; }
    public required string DriversIntro { get; init; }

    /// <summary>Why there is no driver analysis; {0} is the minimum number of organisations.</summary>
    public required string DriversRefused { get; init; }
    public required string CoefficientsHeading { get; init; }
    public required string Term { get; init; }
    public required string Intercept { get; init; }
    public required string Estimate { get; init; }
    public required string StandardError { get; init; }

    /// <summary>"R² = {0}, n = {1}".</summary>
    public required string ModelFit { get; init; }
    public required string CorrelationsHeading { get; init; }
    public required string QuadrantHeading { get; init; }
    public required string QuadrantCaption { get; init; }
    public required string QuadrantAxisScore { get; init; }
    public required string QuadrantAxisImpact { get; init; }
    public required string QuadrantImprove { get; init; }
    public required string QuadrantKeep { get; init; }
    public required string QuadrantLowerPriority { get; init; }
    public required string QuadrantLessRelated { get; init; }
    public required string TopHeading { get; init; }
    public required string TopIntro { get; init; }
    public required string NoRanking { get; init; }
    public required string CutsHeading { get; init; }
    public required string CutsIntro { get; init; }
    public required string SectorCut { get; init; }
    public required string SizeCut { get; init; }
    public required string Group { get; init; }
    public required string OtherGroups { get; init; }
    public required string NoCut { get; init; }

    /// <summary>"{0} group(s) with fewer than 5 organisations are not shown on their own."</summary>
    public required string HiddenGroups { get; init; }
    public required string Rank { get; init; }
    public required string Organisation { get; init; }
    public required string UnnamedOrganisation { get; init; }
    public required string AppendixHeading { get; init; }
    public required string AppendixIntro { get; init; }
    public required string Indicator { get; init; }
    public required string Share { get; init; }
    public required string Ci95 { get; init; }
    public required string ScoreAxis { get; init; }

    // Names of scores and columns shared by the report, the scorecard and the workbook
    public required string MaturityIndex { get; init; }
    public required string ScoreColumn { get; init; }
    public required string Precondition { get; init; }
    public required string Construct { get; init; }
    public required string Stage { get; init; }

    // The scorecard
    public required string ScorecardTitle { get; init; }
    public required string IndexAndStage { get; init; }

    /// <summary>"Stage {0} of 5: {1}".</summary>
    public required string StageOf { get; init; }
    public required string NotScored { get; init; }
    public required string Withheld { get; init; }
    public required string ProfileHeading { get; init; }
    public required string ProfileCaption { get; init; }
    public required string PreconditionsRadar { get; init; }
    public required string UsageRadar { get; init; }
    public required string YourOrganisation { get; init; }
    public required string BenchmarkMedian { get; init; }
    public required string BenchmarkQ3 { get; init; }
    public required string Percentile { get; init; }

    /// <summary>Why benchmark figures are missing; {0} is the minimum number of organisations.</summary>
    public required string TooFewPeers { get; init; }
    public required string WeakestHeading { get; init; }

    /// <summary>"{0} is your weakest precondition ({1}) …": {0} name, {1} score.</summary>
    public required string WeakestText { get; init; }

    /// <summary>"Change since wave {0}".</summary>
    public required string ChangeHeading { get; init; }
    public required string NoPrevious { get; init; }
    public required string Before { get; init; }
    public required string Now { get; init; }
    public required string Change { get; init; }
    public required string AdviceHeading { get; init; }
    public required string NoAdvice { get; init; }

    // The workbook's sheet names (at most 31 characters, Excel's limit)
    public required string SheetResponse { get; init; }
    public required string SheetReliability { get; init; }
    public required string SheetFindings { get; init; }
    public required string SheetDistribution { get; init; }
    public required string SheetIndicators { get; init; }
    public required string SheetRanking { get; init; }
    public required string SheetScoreComparison { get; init; }
    public required string SheetIndicatorComparison { get; init; }
    public required string SheetNotComparable { get; init; }
    public required string SheetCoefficients { get; init; }
    public required string SheetCorrelations { get; init; }
    public required string Item { get; init; }
    public required string Value { get; init; }
}
