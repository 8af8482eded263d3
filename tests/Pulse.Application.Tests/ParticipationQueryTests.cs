using Pulse.Application.Monitoring;
using Pulse.Storage;

namespace Pulse.Application.Tests;

public sealed class ParticipationQueryTests
{
    private static readonly DateTimeOffset Latest = new(2026, 11, 26, 15, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Without_a_period_the_90_days_up_to_the_day_after_the_latest_message_are_taken()
    {
        var period = ParticipationQuery.Resolve(null, null, Latest);

        period.To.ShouldBe(new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero));
        // 90 days back from 27 November: 27 days to 31 October, 31 to 30 September, 30 to 31 August, 2 more.
        period.From.ShouldBe(new DateTimeOffset(2026, 8, 29, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void A_given_end_is_kept_and_the_start_counts_back_from_it()
    {
        var to = new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero);

        var period = ParticipationQuery.Resolve(null, to, Latest);

        period.To.ShouldBe(to);
        // 90 days back from 1 July: 30 days to 1 June, 31 to 1 May, 29 more to 2 April.
        period.From.ShouldBe(new DateTimeOffset(2026, 4, 2, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void An_empty_period_is_refused_with_both_dates()
    {
        var day = new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero);

        var error = Should.Throw<PulseException>(() => ParticipationQuery.Resolve(day, day, Latest));

        error.Message.ShouldContain("2026-07-01");
    }
}
