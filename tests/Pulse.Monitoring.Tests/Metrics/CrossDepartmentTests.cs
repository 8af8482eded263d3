using Pulse.Monitoring.Metrics;
using Pulse.Monitoring.Model;
using static Pulse.Monitoring.Tests.Metrics.Organisation;

namespace Pulse.Monitoring.Tests.Metrics;

/// <summary>Cross-department reply share and the department matrix.</summary>
public sealed class CrossDepartmentTests
{
    /// <summary>
    /// Sales and IT with five people each (the default threshold), HR with two and Legal with three:
    /// HR and Legal are too small alone but together 5, so they are "other" and Sales and IT stay.
    /// </summary>
    private static Organisation ThreeDepartments()
    {
        var org = new Organisation();
        foreach (var i in Enumerable.Range(1, 5))
        {
            org.Person("sales" + i, "Sales").Person("it" + i, "IT");
        }

        return org.Person("hr1", "HR").Person("hr2", "HR").Person("legal1", "Legal").Person("legal2", "Legal").Person("legal3", "Legal");
    }

    [Fact]
    public void The_share_is_replies_across_departments_over_all_replies_to_messages()
    {
        var org = ThreeDepartments();
        var question = org.Post("sales1", InMarch(1));
        org.Reply(question, "it1", InMarch(2));
        org.Reply(question, "sales2", InMarch(2));
        org.Reply(question, "hr1", InMarch(2));
        org.Reply(question, "it2", InMarch(2));

        org.Compute().CrossDepartmentReplyShare.ShouldBe(0.75);
    }

    [Fact]
    public void Replies_whose_parent_is_missing_deleted_private_or_by_a_bot_are_left_out_entirely()
    {
        var org = ThreeDepartments().Account("ci", "ci@example.org", "IT", bot: true);
        var question = org.Post("sales1", InMarch(1));
        org.Reply(question, "it1", InMarch(2));
        org.ReplyIn(question.ThreadExternalId, "not-imported", "it2", InMarch(2));
        var deleted = org.Reply(question, "it3", InMarch(2), deleted: true);
        org.Reply(deleted, "sales2", InMarch(3));
        var secret = org.Reply(question, "it4", InMarch(2), isPrivate: true);
        org.Reply(secret, "sales3", InMarch(3));
        var botPost = org.Reply(question, "ci", InMarch(2));
        org.Reply(botPost, "sales4", InMarch(3));

        var report = org.Compute();

        report.Replies.ShouldBe(5);
        report.CrossDepartmentReplyShare.ShouldBe(1.0);
        report.DepartmentMatrix.ShouldBe([new DepartmentFlow("IT", "Sales", 1)]);
    }

    [Fact]
    public void A_reply_without_a_parent_id_answers_its_thread_starter_and_is_left_out_when_that_is_missing()
    {
        var org = ThreeDepartments();
        var question = org.Post("sales1", InMarch(1));
        org.ReplyIn(question.ExternalId, null, "it1", InMarch(2));
        org.ReplyIn(question.ExternalId, null, "sales2", InMarch(2));
        org.ReplyIn("thread-not-imported", null, "it2", InMarch(2));

        org.Compute().CrossDepartmentReplyShare.ShouldBe(0.5);
    }

    [Fact]
    public void Replies_with_an_unknown_department_on_either_side_stay_in_the_denominator_only()
    {
        var org = ThreeDepartments().Person("nodept").Account("U1");
        var question = org.Post("sales1", InMarch(1));
        org.Reply(question, "it1", InMarch(2));
        org.Reply(question, "nodept", InMarch(2));
        org.Reply(question, "ghost", InMarch(2));
        var unknownAsks = org.Post("U1", InMarch(3));
        org.Reply(unknownAsks, "it1", InMarch(4));

        var report = org.Compute();

        report.CrossDepartmentReplyShare.ShouldBe(0.25);
        report.DepartmentMatrix.ShouldBe([new DepartmentFlow("IT", "Sales", 1)]);
    }

    [Fact]
    public void The_directory_department_wins_over_the_account_department_which_is_used_for_people_outside_it()
    {
        var org = new Organisation()
            .Employee("ann@example.org", "Sales")
            .Employee("bob@example.org", "Sales")
            .Employee("cat@example.org", "Sales")
            .Account("ann", "ann@example.org", department: "IT")
            .Account("contractor", department: "Sales")
            .Account("partner", department: "Legal");
        var question = org.Post("ann", InMarch(1));
        org.Reply(question, "contractor", InMarch(2));
        org.Reply(question, "partner", InMarch(2));

        var report = org.Compute(anonymityThreshold: 3);

        // ann is Sales (directory), the contractor Sales (account), the partner Legal (account): 1 of 2 across.
        report.CrossDepartmentReplyShare.ShouldBe(0.5);
        // Legal is known only from an account, so no directory entries vouch for its size: left out.
        report.DepartmentMatrix.ShouldBe([new DepartmentFlow("Sales", "Sales", 1)]);
    }

    [Fact]
    public void The_matrix_counts_same_department_pairs_orders_by_from_then_to_and_merges_small_departments_into_other()
    {
        var org = ThreeDepartments();
        var sales = org.Post("sales1", InMarch(1));
        org.Reply(sales, "it1", InMarch(2));
        org.Reply(sales, "it2", InMarch(2));
        org.Reply(sales, "sales2", InMarch(2));
        org.Reply(sales, "hr1", InMarch(2));
        var it = org.Post("it1", InMarch(3));
        org.Reply(it, "sales3", InMarch(4));
        org.Reply(it, "it3", InMarch(4));
        var hr = org.Post("hr1", InMarch(5));
        org.Reply(hr, "it4", InMarch(6));

        var report = org.Compute();

        // HR is in "other" (null) with Legal: hr1 → sales1 is other → Sales, it4 → hr1 is IT → other.
        report.DepartmentMatrix.ShouldBe(
        [
            new DepartmentFlow("IT", "IT", 1),
            new DepartmentFlow("IT", "Sales", 2),
            new DepartmentFlow("IT", null, 1),
            new DepartmentFlow("Sales", "IT", 1),
            new DepartmentFlow("Sales", "Sales", 1),
            new DepartmentFlow(null, "Sales", 1),
        ]);
        report.CrossDepartmentReplyShare!.Value.ShouldBe(5.0 / 7, 1e-12);
    }

    [Fact]
    public void A_small_department_alone_takes_the_next_smallest_into_other_in_the_matrix_too()
    {
        // Directory entries: Sales 5, IT 6, HR 2 (threshold 5). HR alone would be a hidden group of 2,
        // so the smallest shown, Sales (5), joins it: "other" = HR + Sales = 7 entries, IT stays.
        var org = new Organisation();
        foreach (var i in Enumerable.Range(1, 6))
        {
            org.Person("it" + i, "IT");
        }

        foreach (var i in Enumerable.Range(1, 5))
        {
            org.Person("sales" + i, "Sales");
        }

        org.Person("hr1", "HR").Person("hr2", "HR");
        var question = org.Post("it1", InMarch(1));
        org.Reply(question, "hr1", InMarch(2));
        org.Reply(question, "sales1", InMarch(2));
        org.Reply(question, "it2", InMarch(2));
        var hr = org.Post("hr1", InMarch(3));
        org.Reply(hr, "sales2", InMarch(4));

        // it2 → it1: IT → IT. hr1, sales1 → it1: other → IT twice. sales2 → hr1: other → other.
        org.Compute().DepartmentMatrix.ShouldBe(
        [
            new DepartmentFlow("IT", "IT", 1),
            new DepartmentFlow(null, "IT", 2),
            new DepartmentFlow(null, null, 1),
        ]);
    }

    [Fact]
    public void When_no_department_can_be_shown_the_matrix_is_empty()
    {
        // Directory entries: Sales 5, HR 2: HR takes Sales with it, nothing is left to show.
        var org = new Organisation();
        foreach (var i in Enumerable.Range(1, 5))
        {
            org.Person("sales" + i, "Sales");
        }

        org.Person("hr1", "HR").Person("hr2", "HR");
        var question = org.Post("sales1", InMarch(1));
        org.Reply(question, "hr1", InMarch(2));

        org.Compute().DepartmentMatrix.ShouldBeEmpty();
    }

    [Fact]
    public void Replies_outside_the_period_are_not_counted_even_when_their_parent_is_inside()
    {
        var org = ThreeDepartments();
        var question = org.Post("sales1", InMarch(31, hour: 23));
        org.Reply(question, "it1", At(2025, 4, 1, hour: 1));
        org.Reply(question, "sales2", InMarch(31, hour: 23).AddMinutes(5));

        org.Compute().CrossDepartmentReplyShare.ShouldBe(0.0);
    }

    [Fact]
    public void Without_a_directory_the_share_uses_account_departments_but_the_matrix_is_withheld()
    {
        var org = new Organisation().Account("a", department: "Sales").Account("b", department: "IT");
        var question = org.Post("a", InMarch(1));
        org.Reply(question, "b", InMarch(2));

        var report = org.Compute();

        report.CrossDepartmentReplyShare.ShouldBe(1.0);
        report.DepartmentMatrix.ShouldBeEmpty();
    }

    [Fact]
    public void Departments_are_compared_exactly_as_spelt()
    {
        var org = new Organisation().Account("a", department: "Sales").Account("b", department: "sales");
        var question = org.Post("a", InMarch(1));
        org.Reply(question, "b", InMarch(2));

        org.Compute().CrossDepartmentReplyShare.ShouldBe(1.0);
    }

    [Fact]
    public void Rows_that_are_not_messages_are_not_replies_to_share()
    {
        var org = ThreeDepartments();
        var question = org.Post("sales1", InMarch(1));
        org.Reply(question, "it1", InMarch(2), kind: MessageKind.System);

        org.Compute().CrossDepartmentReplyShare.ShouldBeNull();
    }
}
