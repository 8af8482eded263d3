using Pulse.Monitoring.Alerts;
using Pulse.Monitoring.Metrics;

namespace Pulse.Monitoring.Tests.Alerts;

public sealed class AlertChecksTests
{
    private static readonly DateOnly First = new(2026, 9, 7);

    private static List<WeekValue> Weeks(params (int Count, double? Mean)[] values) =>
        [.. values.Select((v, i) => new WeekValue(First.AddDays(7 * i), v.Count, v.Mean))];

    [Fact]
    public void A_fall_larger_than_the_threshold_over_the_weeks_is_raised_with_both_ends()
    {
        // From 0.30 four weeks before the last to 0.05 in the last: a fall of 0.25 > 0.2.
        var series = Weeks((6, 0.30), (9, 0.20), (7, 0.10), (8, 0.40), (6, 0.05));

        var alert = AlertChecks.SentimentDrop(1, "Reorganisatie", series, drop: 0.2, weeks: 4).ShouldNotBeNull();

        alert.Value.ShouldBe(0.05 - 0.30, 1e-12);
        alert.Baseline.ShouldBe(0.30);
        alert.Key.ShouldBe("Reorganisatie|2026-10-05");
        AlertChecks.SentimentDrop(1, "Reorganisatie", series, drop: 0.3, weeks: 4).ShouldBeNull();
        // Too few messages at either end says too little.
        AlertChecks.SentimentDrop(1, "R", Weeks((4, 0.9), (9, 0.2), (7, 0.1), (8, 0.4), (6, -0.5)), 0.2, 4).ShouldBeNull();
    }

    [Fact]
    public void A_spike_is_judged_against_the_sample_deviation_of_the_baseline_floored_at_one()
    {
        // Baseline 4, 6, 5, 5: mean 5, sample sd √(2/3) ≈ 0.816 → floored at 1; 9 − 5 = 4 < 10 messages though.
        AlertChecks.VolumeSpike(1, "T", Weeks((4, null), (6, null), (5, null), (5, null), (9, null)), z: 3, baselineWeeks: 4).ShouldBeNull();
        // Baseline 10, 14, 12, 12: mean 12, sample sd √(8/3) ≈ 1.633; 17: z = 5 / 1.633 ≈ 3.06 ≥ 3.
        var spike = AlertChecks.VolumeSpike(1, "T", Weeks((10, null), (14, null), (12, null), (12, null), (17, null)), z: 3, baselineWeeks: 4).ShouldNotBeNull();
        spike.Value.ShouldBe(17);
        spike.Baseline.ShouldBe(12);
        // 16: z ≈ 2.45 < 3.
        AlertChecks.VolumeSpike(1, "T", Weeks((10, null), (14, null), (12, null), (12, null), (16, null)), z: 3, baselineWeeks: 4).ShouldBeNull();
    }

    [Fact]
    public void A_department_is_quiet_when_it_wrote_before_and_not_in_the_last_weeks()
    {
        var departments = new Dictionary<string, IReadOnlyList<WeekValue>>
        {
            ["ICT"] = Weeks((3, null), (1, null), (0, null), (0, null)),
            ["HR"] = Weeks((0, null), (0, null), (0, null), (0, null)),
            ["Burgerzaken"] = Weeks((3, null), (1, null), (0, null), (2, null)),
        };

        var quiet = AlertChecks.DepartmentQuiet(7, departments, weeks: 2).ShouldHaveSingleItem();

        quiet.Subject.ShouldBe("ICT");
        quiet.Baseline.ShouldBe(4);
        quiet.At.ShouldBe(new DateTimeOffset(2026, 9, 21, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void A_question_is_unanswered_once_it_waited_longer_than_the_hours()
    {
        var asOf = new DateTimeOffset(2026, 10, 24, 0, 0, 0, TimeSpan.Zero);
        var open = new[] { ("yammer:1", asOf.AddHours(-49)), ("yammer:2", asOf.AddHours(-48)), ("yammer:3", asOf.AddHours(-5)) };

        var alert = AlertChecks.Unanswered(3, open, asOf, hours: 48).ShouldHaveSingleItem();

        alert.Subject.ShouldBe("yammer:1");
        alert.Value.ShouldBe(49, 1e-9);
    }

    [Theory]
    [InlineData(new[] { 19, 5 }, 1)]
    [InlineData(new[] { 5, 5, 5, 5 }, 2)]
    [InlineData(new[] { 3, 3, 3 }, 2)] // 3 < 4.5, 6 ≥ 4.5
    [InlineData(new[] { 1, 1, 1, 1, 1 }, 3)] // 2·3 ≥ 5
    [InlineData(new[] { 0, 0 }, null)]
    public void The_absence_factor_is_the_fewest_people_giving_at_least_half_the_replies(int[] replies, int? expected)
    {
        KnowledgeRisk.AbsenceFactor(replies).ShouldBe(expected);
    }
}
