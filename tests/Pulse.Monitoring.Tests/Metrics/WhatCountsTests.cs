using Pulse.Monitoring.Metrics;
using Pulse.Monitoring.Model;
using static Pulse.Monitoring.Tests.Metrics.Organisation;

namespace Pulse.Monitoring.Tests.Metrics;

/// <summary>Which rows are messages, who wrote them, and what is in the period.</summary>
public sealed class WhatCountsTests
{
    [Fact]
    public void Messages_threads_and_replies_are_counted_from_the_start_of_the_period_up_to_but_not_including_its_end()
    {
        var org = new Organisation().Person("ann").Person("bob");
        var before = org.Post("ann", March.From.AddTicks(-1));
        org.Reply(before, "bob", March.From);
        var atStart = org.Post("ann", March.From);
        org.Reply(atStart, "bob", InMarch(5));
        org.Reply(atStart, "bob", March.To.AddTicks(-1));
        org.Post("ann", March.To);

        var report = org.Compute();

        report.Messages.ShouldBe(4);
        report.Threads.ShouldBe(1);
        report.Replies.ShouldBe(3);
    }

    [Fact]
    public void Deleted_private_bot_kind_and_system_rows_are_not_messages()
    {
        var org = new Organisation().Person("ann");
        org.Post("ann", InMarch(1));
        org.Post("ann", InMarch(2), deleted: true);
        org.Post("ann", InMarch(3), isPrivate: true);
        org.Post("ann", InMarch(4), kind: MessageKind.Bot);
        org.Post("ann", InMarch(5), kind: MessageKind.System);

        var report = org.Compute();

        report.Messages.ShouldBe(1);
        report.Threads.ShouldBe(1);
    }

    [Fact]
    public void Posts_by_an_account_flagged_as_bot_are_not_messages_and_their_author_is_no_contributor()
    {
        var org = new Organisation().Account("ci", "ci@example.org", bot: true).Employee("ci@example.org");
        org.Post("ci", InMarch(1));

        var report = org.Compute();

        report.Messages.ShouldBe(0);
        report.Contributors.ShouldBe(0);
        report.ActiveInTargetGroup.ShouldBe(0);
    }

    [Fact]
    public void A_message_whose_author_is_missing_or_unknown_counts_but_gives_no_contributor()
    {
        var org = new Organisation().Person("ann");
        org.Post(null, InMarch(1));
        org.Post("ghost", InMarch(2));
        org.Post("ann", InMarch(3));

        var report = org.Compute();

        report.Messages.ShouldBe(3);
        report.Contributors.ShouldBe(1);
    }

    [Fact]
    public void Accounts_whose_email_differs_only_in_case_and_spaces_are_one_person_matched_to_the_directory()
    {
        var org = new Organisation()
            .Employee("ann@example.org")
            .Account("yammer-ann", "Ann@Example.org")
            .Account("slack-ann", " ANN@example.ORG ");
        org.Post("yammer-ann", InMarch(1));
        org.Post("slack-ann", InMarch(2));

        var report = org.Compute();

        report.Contributors.ShouldBe(1);
        report.ActiveInTargetGroup.ShouldBe(1);
    }

    [Fact]
    public void Accounts_without_an_email_are_each_a_person_of_their_own()
    {
        var org = new Organisation().Account("U1").Account("U2", email: "  ");
        org.Post("U1", InMarch(1));
        org.Post("U2", InMarch(2));
        org.Post("U2", InMarch(3));

        org.Compute().Contributors.ShouldBe(2);
    }

    [Fact]
    public void Two_messages_with_one_id_are_refused_rather_than_guessed()
    {
        var org = new Organisation().Person("ann");
        var post = org.Post("ann", InMarch(1));
        var input = org.Input with { Messages = [post, post with { Body = "edited" }] };

        Should.Throw<ArgumentException>(() => Participation.Compute(input, March));
    }

    [Fact]
    public void Two_accounts_with_one_id_are_refused() =>
        Should.Throw<ArgumentException>(() => new Organisation().Account("U1").Account("U1").Compute());

    [Fact]
    public void Two_directory_entries_with_one_normalised_email_are_refused() =>
        Should.Throw<ArgumentException>(() =>
            new Organisation().Employee("ann@example.org").Employee("ANN@example.org ").Compute());

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void An_anonymity_threshold_below_3_is_refused(int threshold) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new Organisation().Compute(anonymityThreshold: threshold))
            .Message.ShouldStartWith("The anonymity threshold must be at least 3");

    [Fact]
    public void An_anonymity_threshold_of_3_is_the_smallest_accepted() =>
        new Organisation().Compute(anonymityThreshold: 3).HiddenDepartments.ShouldBe(0);

    [Fact]
    public void An_organisation_without_anything_gives_zeros_and_null_rates()
    {
        var report = new Organisation().Compute();

        report.Messages.ShouldBe(0);
        report.ParticipationRate.ShouldBeNull();
        report.ThreadsAnsweredWithin24h.ShouldBeNull();
        report.MedianHoursToFirstReply.ShouldBeNull();
        report.CrossDepartmentReplyShare.ShouldBeNull();
        report.Retention.ShouldBeNull();
        report.Pyramid.ShouldBe(new Pyramid(null, null, null, null));
        report.Departments.ShouldBeEmpty();
        report.DepartmentMatrix.ShouldBeEmpty();
    }
}
