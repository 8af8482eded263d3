using Pulse.Maturity.Benchmark;
using Pulse.Maturity.Model;

namespace Pulse.Maturity.Tests.Benchmark;

public sealed class FindingsTests
{
    private static readonly LocalizedText Majority = new("Meer dan de helft van de doelgroep is actief", "More than half of the target group is active");

    private static WaveBenchmark Wave(IndicatorShare indicator, Distribution? index = null) => new(
        Organisations: 91, Scored: 80, WithoutCommunity: 5, Incomplete: [],
        Distributions: new Dictionary<string, Distribution?> { [WaveBenchmark.IndexId] = index },
        Indicators: [indicator], Ranking: [], Percentiles: new Dictionary<string, IReadOnlyDictionary<string, double?>>());

    [Fact]
    public void An_indicator_reads_as_a_sentence_with_its_share_interval_and_n_in_both_languages()
    {
        // 9 of 91 = 9.89 % → "10 %"; the interval 0.0528–0.1777 → "5–18 %".
        var finding = Findings.Of(Wave(new IndicatorShare("majority_active", Majority, 9, 91, 9.0 / 91, 0.0528, 0.1777))).Single();

        finding.Id.ShouldBe("majority_active");
        finding.Text.Nl.ShouldBe("Bij 10 % van de organisaties (95 %-BI 5–18 %, n = 91) geldt: meer dan de helft van de doelgroep is actief.");
        finding.Text.En.ShouldBe("At 10 % of the organisations (95 % CI 5–18 %, n = 91): more than half of the target group is active.");
    }

    [Fact]
    public void A_difference_is_called_a_change_only_when_its_test_says_so()
    {
        var indicator = new IndicatorShare("majority_active", Majority, 9, 91, 9.0 / 91, 0.0528, 0.1777);
        var notShown = new WaveComparison([new IndicatorChange("majority_active", 9, 91, 4, 80, 0.2312)], [], []);
        var shown = new WaveComparison([new IndicatorChange("majority_active", 9, 91, 1, 80, 0.0219)], [], []);

        var same = Findings.Of(Wave(indicator), notShown, "2024").Single();
        var rise = Findings.Of(Wave(indicator), shown, "2024").Single();

        // 4 / 80 = 5 %; 1 / 80 = 1.25 % → "1 %".
        same.Text.Nl.ShouldEndWith(" In 2024 was dat 5 % (n = 80): geen aantoonbaar verschil (p = 0,231).");
        same.Text.En.ShouldEndWith(" In 2024 it was 5 % (n = 80): no difference shown (p = 0.231).");
        rise.Text.Nl.ShouldEndWith(" In 2024 was dat 1 % (n = 80): een aantoonbare stijging (p = 0,022).");
        rise.Text.En.ShouldEndWith(" In 2024 it was 1 % (n = 80): a significant increase (p = 0.022).");
    }

    [Fact]
    public void The_index_finding_gives_mean_median_and_n_and_its_change()
    {
        var index = new Distribution(80, 54.24, 55.05, 40, 66, 12, 91);
        var comparison = new WaveComparison([], [new ScoreChange(WaveBenchmark.IndexId, 54.24, 80, 58.9, 75, 0.012)], []);

        var finding = Findings.Of(Wave(new IndicatorShare("x", Majority, 0, 0, null, null, null), index), comparison, "2024").Single();

        finding.Text.Nl.ShouldBe("De gemiddelde volwassenheidsindex is 54,2 (mediaan 55,1, n = 80). In 2024 was dat 58,9 (n = 75): een aantoonbare daling (p = 0,012).");
        finding.Text.En.ShouldBe("The mean maturity index is 54.2 (median 55.1, n = 80). In 2024 it was 58.9 (n = 75): a significant decrease (p = 0.012).");
    }

    [Fact]
    public void A_rare_indicator_keeps_a_decimal_so_it_does_not_read_as_none()
    {
        var finding = Findings.Of(Wave(new IndicatorShare("majority_active", Majority, 1, 200, 0.005, 0.0009, 0.0277))).Single();

        finding.Text.Nl.ShouldStartWith("Bij 0,5 % van de organisaties (95 %-BI 0–3 %, n = 200)");
        finding.Text.En.ShouldStartWith("At 0.5 % of the organisations (95 % CI 0–3 %, n = 200)");
    }
}
