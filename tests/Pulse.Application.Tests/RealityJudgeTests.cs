using Pulse.Application.Reality;

namespace Pulse.Application.Tests;

/// <summary>The verdict words and their thresholds (docs/metrics.md, "The reality check"), by hand.</summary>
public sealed class RealityJudgeTests
{
    [Theory]
    // 60 against 12: 48 points above, and 60 > 2 × 12.
    [InlineData(60, 60, 12, 48, RealityVerdict.FarAbove)]
    // 60 against 45: 15 points above, but 60 ≤ 90.
    [InlineData(60, 60, 45, 15, RealityVerdict.Above)]
    // Exactly 10 points either way still matches.
    [InlineData(60, 60, 50, 10, RealityVerdict.Matches)]
    [InlineData(60, 60, 70, -10, RealityVerdict.Matches)]
    // 20 against 35: 15 below, 35 ≤ 40.
    [InlineData(20, 20, 35, -15, RealityVerdict.Below)]
    // 10 against 35: 25 below, 35 > 20.
    [InlineData(10, 10, 35, -25, RealityVerdict.FarBelow)]
    // "Most" (50–100 %) against 33 %: the nearest end is 50, 17 above, 50 ≤ 66.
    [InlineData(50, 100, 33, 17, RealityVerdict.Above)]
    // "Some" (0–50 %) against 33 %: inside the range, no gap.
    [InlineData(0, 50, 33, 0, RealityVerdict.Matches)]
    // "None" against 30 %: 30 below, and 30 > 2 × 0.
    [InlineData(0, 0, 30, -30, RealityVerdict.FarBelow)]
    // All employees (100 %) against 0 %: far above.
    [InlineData(100, 100, 0, 100, RealityVerdict.FarAbove)]
    public void A_claim_is_judged_by_its_nearest_end(double low, double high, double measured, double gap, RealityVerdict verdict)
    {
        var judged = RealityJudge.Judge(low, high, measured);

        judged.Gap.ShouldBe(gap, 1e-12);
        judged.Verdict.ShouldBe(verdict);
    }

    [Fact]
    public void The_sentence_gives_claim_measurement_and_verdict_in_both_languages()
    {
        var sentence = RealityWording.Sentence(new("60 %", "60 %"), 12.4, RealityVerdict.FarAbove, null);

        sentence.En.ShouldBe("claimed 60 %, measured 12 %: the claim is far above what the messages show");
        sentence.Nl.ShouldBe("geclaimd 60 %, gemeten 12 %: de claim ligt ver boven wat de berichten laten zien");
    }

    [Fact]
    public void Where_the_data_cannot_say_the_sentence_says_why()
    {
        var sentence = RealityWording.Sentence(new("60 %", "60 %"), null, RealityVerdict.CannotSay, RealityUnknown.NoMessages);

        sentence.En.ShouldBe("claimed 60 %; the messages cannot say: there are none in the period");
        sentence.Nl.ShouldBe("geclaimd 60 %; de berichten zeggen hier niets over: er zijn er geen in de periode");
        RealityWording.Sentence(null, null, RealityVerdict.CannotSay, RealityUnknown.NoAnswer).En.ShouldBe("there is no answer to compare");
    }

    [Fact]
    public void Percentages_in_sentences_are_whole_points_rounded_half_away_from_zero()
    {
        RealityWording.Percent(32.5).ShouldBe("33 %");
        RealityWording.Percent(32.49).ShouldBe("32 %");
    }

    [Fact]
    public void The_matching_period_is_the_90_days_up_to_and_including_the_waves_day()
    {
        var period = RealityQuery.PeriodOf(new DateTime(2026, 11, 28, 15, 0, 0, DateTimeKind.Utc), null);

        period.To.ShouldBe(new DateTimeOffset(2026, 11, 29, 0, 0, 0, TimeSpan.Zero));
        // Back from 29 November: 29 days to 31 October, 31 to 30 September, 30 to 31 August.
        period.From.ShouldBe(new DateTimeOffset(2026, 8, 31, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void A_given_end_must_be_a_whole_day()
    {
        Should.Throw<Pulse.Storage.PulseUsageException>(() => RealityQuery.PeriodOf(DateTime.UtcNow, new DateTimeOffset(2026, 10, 1, 12, 0, 0, TimeSpan.Zero)));
        RealityQuery.PeriodOf(DateTime.UtcNow, new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero)).From
            .ShouldBe(new DateTimeOffset(2026, 7, 3, 0, 0, 0, TimeSpan.Zero));
    }
}
