using Pulse.Monitoring.Metrics;

namespace Pulse.Monitoring.Tests.Metrics;

public sealed class PeriodTests
{
    private static readonly DateTimeOffset Noon = new(2025, 3, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_period_that_ends_where_it_starts_is_refused() =>
        Should.Throw<ArgumentException>(() => new Period(Noon, Noon));

    [Fact]
    public void A_period_that_ends_before_it_starts_is_refused() =>
        Should.Throw<ArgumentException>(() => new Period(Noon, Noon.AddTicks(-1)));

    [Fact]
    public void A_period_contains_its_start_but_not_its_end()
    {
        var period = new Period(Noon, Noon.AddDays(1));

        period.Contains(Noon).ShouldBeTrue();
        period.Contains(Noon.AddDays(1).AddTicks(-1)).ShouldBeTrue();
        period.Contains(Noon.AddDays(1)).ShouldBeFalse();
        period.Contains(Noon.AddTicks(-1)).ShouldBeFalse();
    }

    [Fact]
    public void The_previous_period_has_the_same_length_and_ends_where_this_one_starts()
    {
        var period = new Period(Noon, Noon.AddDays(10));

        period.Previous().ShouldBe(new Period(Noon.AddDays(-10), Noon));
    }

    [Fact]
    public void A_period_given_in_another_offset_is_kept_in_utc_at_the_same_instant()
    {
        var cest = TimeSpan.FromHours(2);
        var period = new Period(new DateTimeOffset(2025, 6, 1, 2, 0, 0, cest), new DateTimeOffset(2025, 6, 2, 2, 0, 0, cest));

        period.From.Offset.ShouldBe(TimeSpan.Zero);
        period.From.ShouldBe(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero));
        period.To.Offset.ShouldBe(TimeSpan.Zero);
    }
}
