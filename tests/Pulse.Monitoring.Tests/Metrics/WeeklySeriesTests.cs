using Pulse.Monitoring.Metrics;
using Pulse.Monitoring.Model;

namespace Pulse.Monitoring.Tests.Metrics;

public sealed class WeeklySeriesTests
{
    private static Account Person(string id) => new(id, null, $"{id}@x.nl", null, null, null, AccountState.Active, false, null);

    private static Message Post(string id, string author, DateTimeOffset at) =>
        new(id, id, null, "g", author, at, null, null, false, MessageKind.Post, "x", 0, false, []);

    [Fact]
    public void The_period_is_cut_into_whole_monday_weeks_each_with_its_own_figures()
    {
        // 2026-09-02 is a Wednesday: its week starts on Monday 2026-08-31. The period 2 Sept – 16 Sept
        // touches the weeks of 31 Aug, 7 Sept and 14 Sept. Two of four target-group members write in the
        // first week (3 messages), nobody in the second, one in the third.
        var accounts = new[] { Person("a"), Person("b"), Person("c"), Person("d") };
        var monday = new DateTimeOffset(2026, 8, 31, 0, 0, 0, TimeSpan.Zero);
        var messages = new[]
        {
            Post("1", "a", monday.AddHours(1)), // before the period's start, but inside its first week
            Post("2", "a", monday.AddDays(3)),
            Post("3", "b", monday.AddDays(6).AddHours(23)),
            Post("4", "c", monday.AddDays(14)),
        };

        var weeks = WeeklySeries.Compute(new ParticipationInput(messages, accounts, []), new Period(new(2026, 9, 2, 0, 0, 0, TimeSpan.Zero), new(2026, 9, 16, 0, 0, 0, TimeSpan.Zero)));

        weeks.Select(w => w.Week).ShouldBe([new DateOnly(2026, 8, 31), new DateOnly(2026, 9, 7), new DateOnly(2026, 9, 14)]);
        weeks.Select(w => w.Messages).ShouldBe([3, 0, 1]);
        weeks.Select(w => w.Contributors).ShouldBe([2, 0, 1]);
        weeks.Select(w => w.ParticipationRate).ShouldBe([0.5, 0.0, 0.25]);
    }

    [Theory]
    [InlineData("2026-09-07T00:00:00Z", "2026-09-07")] // a Monday is its own week's start
    [InlineData("2026-09-13T23:59:59Z", "2026-09-07")] // Sunday night still belongs to it
    [InlineData("2026-09-14T01:00:00+02:00", "2026-09-07")] // 23:00 UTC on Sunday
    public void A_week_starts_on_monday_utc(string moment, string monday)
    {
        WeeklySeries.MondayOf(DateTimeOffset.Parse(moment, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(DateTimeOffset.Parse(monday + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    }
}
