using Pulse.Monitoring.Model;
using static Pulse.Monitoring.Tests.Metrics.Organisation;

namespace Pulse.Monitoring.Tests.Metrics;

/// <summary>First replies: answered within 24 hours, median hours, unanswered threads.</summary>
public sealed class ResponsivenessTests
{
    private static Organisation People() => new Organisation().Person("ann").Person("bob").Person("cat");

    [Fact]
    public void A_first_reply_exactly_24_hours_later_is_within_24_hours_and_one_tick_more_is_not()
    {
        var org = People();
        var onTime = org.Post("ann", InMarch(1));
        org.Reply(onTime, "bob", InMarch(2));
        var late = org.Post("ann", InMarch(5));
        org.Reply(late, "bob", InMarch(6).AddTicks(1));

        var report = org.Compute();

        report.ThreadsAnsweredWithin24h.ShouldBe(0.5);
        report.UnansweredThreads.ShouldBe(0);
    }

    [Fact]
    public void A_deleted_reply_is_skipped_and_the_next_reply_is_the_first()
    {
        var org = People();
        var starter = org.Post("ann", InMarch(1, hour: 0));
        org.Reply(starter, "bob", InMarch(1, hour: 1), deleted: true);
        org.Reply(starter, "cat", InMarch(2, hour: 6));

        var report = org.Compute();

        report.MedianHoursToFirstReply.ShouldBe(30.0);
        report.ThreadsAnsweredWithin24h.ShouldBe(0.0);
    }

    [Fact]
    public void Private_bot_kind_system_and_bot_account_replies_are_not_first_replies()
    {
        var org = People().Account("ci", bot: true);
        var starter = org.Post("ann", InMarch(1, hour: 0));
        org.Reply(starter, "bob", InMarch(1, hour: 1), isPrivate: true);
        org.Reply(starter, "bob", InMarch(1, hour: 2), kind: MessageKind.Bot);
        org.Reply(starter, "bob", InMarch(1, hour: 3), kind: MessageKind.System);
        org.Reply(starter, "ci", InMarch(1, hour: 4));
        org.Reply(starter, "cat", InMarch(1, hour: 10));

        org.Compute().MedianHoursToFirstReply.ShouldBe(10.0);
    }

    [Fact]
    public void A_reply_by_the_starter_even_from_another_account_of_theirs_is_not_a_first_reply()
    {
        var org = People().Account("ann-on-slack", "ANN@example.org");
        var starter = org.Post("ann", InMarch(1, hour: 0));
        org.Reply(starter, "ann", InMarch(1, hour: 1));
        org.Reply(starter, "ann-on-slack", InMarch(1, hour: 2));
        org.Reply(starter, "bob", InMarch(1, hour: 5));

        org.Compute().MedianHoursToFirstReply.ShouldBe(5.0);
    }

    [Fact]
    public void A_thread_answered_only_by_its_starter_is_unanswered()
    {
        var org = People();
        var starter = org.Post("ann", InMarch(1));
        org.Reply(starter, "ann", InMarch(2));

        var report = org.Compute();

        report.UnansweredThreads.ShouldBe(1);
        report.ThreadsAnsweredWithin24h.ShouldBe(0.0);
        report.MedianHoursToFirstReply.ShouldBeNull();
    }

    [Fact]
    public void A_reply_by_an_unknown_author_counts_as_someone_else()
    {
        var org = People();
        var starter = org.Post("ann", InMarch(1, hour: 0));
        org.Reply(starter, "ghost", InMarch(1, hour: 3));
        var anonymous = org.Post(null, InMarch(2, hour: 0));
        org.Reply(anonymous, null, InMarch(2, hour: 5));

        var report = org.Compute();

        report.UnansweredThreads.ShouldBe(0);
        report.MedianHoursToFirstReply.ShouldBe(4.0);
    }

    [Fact]
    public void A_reply_to_a_reply_is_a_reply_in_the_thread_and_can_be_the_first_reply()
    {
        var org = People();
        var starter = org.Post("ann", InMarch(1, hour: 0));
        var own = org.Reply(starter, "ann", InMarch(1, hour: 1));
        org.Reply(own, "bob", InMarch(1, hour: 2));

        org.Compute().MedianHoursToFirstReply.ShouldBe(2.0);
    }

    [Fact]
    public void A_first_reply_after_the_end_of_the_period_still_answers_the_thread()
    {
        var org = People();
        var starter = org.Post("ann", At(2025, 3, 31, hour: 20));
        org.Reply(starter, "bob", At(2025, 4, 1, hour: 8));

        var report = org.Compute();

        report.ThreadsAnsweredWithin24h.ShouldBe(1.0);
        report.MedianHoursToFirstReply.ShouldBe(12.0);
    }

    [Fact]
    public void Threads_started_outside_the_period_are_not_measured()
    {
        var org = People();
        var february = org.Post("ann", At(2025, 2, 28, hour: 12));
        org.Reply(february, "bob", InMarch(1, hour: 1));

        var report = org.Compute();

        report.ThreadsAnsweredWithin24h.ShouldBeNull();
        report.MedianHoursToFirstReply.ShouldBeNull();
        report.UnansweredThreads.ShouldBe(0);
        report.Replies.ShouldBe(1);
    }

    [Fact]
    public void A_deleted_starter_is_no_thread_but_its_replies_are_still_replies()
    {
        var org = People();
        var starter = org.Post("ann", InMarch(1), deleted: true);
        org.Reply(starter, "bob", InMarch(2));

        var report = org.Compute();

        report.Threads.ShouldBe(0);
        report.Replies.ShouldBe(1);
        report.UnansweredThreads.ShouldBe(0);
    }

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_two_middle_values_and_unanswered_threads_count_against_the_24h_rate()
    {
        var org = People();
        foreach (var hours in new[] { 10, 1, 4, 2 })
        {
            var starter = org.Post("ann", InMarch(hours));
            org.Reply(starter, "bob", InMarch(hours).AddHours(hours * 9));
        }

        org.Post("ann", InMarch(20));

        var report = org.Compute();

        // Waits 90, 9, 36 and 18 hours: middle values 18 and 36.
        report.MedianHoursToFirstReply.ShouldBe(27.0);
        report.ThreadsAnsweredWithin24h.ShouldBe(2.0 / 5);
        report.UnansweredThreads.ShouldBe(1);
    }

    [Fact]
    public void The_median_of_an_odd_count_is_the_middle_value()
    {
        var org = People();
        foreach (var minutes in new[] { 90, 30, 600 })
        {
            var starter = org.Post("ann", InMarch(3));
            org.Reply(starter, "cat", InMarch(3).AddMinutes(minutes));
        }

        org.Compute().MedianHoursToFirstReply.ShouldBe(1.5);
    }

    [Fact]
    public void A_reply_dated_before_its_starter_is_still_the_first_reply_and_gives_a_negative_wait()
    {
        var org = People();
        var starter = org.Post("ann", InMarch(2, hour: 12));
        org.Reply(starter, "bob", InMarch(2, hour: 11));
        org.Reply(starter, "cat", InMarch(2, hour: 13));

        var report = org.Compute();

        report.MedianHoursToFirstReply.ShouldBe(-1.0);
        report.ThreadsAnsweredWithin24h.ShouldBe(1.0);
    }
}
