using System.Globalization;
using Pulse.Monitoring.Metrics;
using static Pulse.Monitoring.Tests.Metrics.Organisation;

namespace Pulse.Monitoring.Tests.Metrics;

/// <summary>Participation per directory department, with the anonymity threshold.</summary>
public sealed class DepartmentBreakdownTests
{
    private static Organisation Staff(Organisation org, string department, int people, int managers = 0, bool targetGroup = true, string? prefix = null)
    {
        for (var i = 0; i < people; i++)
        {
            var name = (prefix ?? department.ToLowerInvariant()) + i.ToString(CultureInfo.InvariantCulture);
            org.Person(name, department, manager: i < managers, targetGroup: targetGroup);
        }

        return org;
    }

    [Fact]
    public void A_department_reports_its_target_group_members_their_messages_and_managers()
    {
        // Sales: 10 in the target group, sales0..sales4 managers (5 managers, 5 others: both ≥ 5).
        var org = Staff(new Organisation(), "Sales", 10, managers: 5);
        Staff(org, "Sales", 3, targetGroup: false, prefix: "sales-extern");
        org.Post("sales0", InMarch(1));
        org.Post("sales0", InMarch(2));
        org.Post("sales5", InMarch(3));
        org.Post("sales1", At(2025, 2, 3));

        var report = org.Compute();

        // Active in March: sales0 (manager) and sales5; messages 3; active managers: sales0 only.
        report.Departments.ShouldBe([new DepartmentParticipation("Sales", 10, 2, 2.0 / 10, 3, 5, 1)]);
        report.OtherDepartments.ShouldBeNull();
        report.HiddenDepartments.ShouldBe(0);
    }

    [Fact]
    public void Messages_of_people_outside_the_target_group_do_not_count_for_their_department()
    {
        var org = Staff(new Organisation(), "Sales", 5);
        org.Person("intern", "Sales", targetGroup: false);
        org.Post("intern", InMarch(1));

        var sales = org.Compute().Departments.ShouldHaveSingleItem();

        sales.Messages.ShouldBe(0);
        sales.Active.ShouldBe(0);
        sales.TargetGroupSize.ShouldBe(5);
    }

    [Fact]
    public void Departments_with_fewer_target_group_members_than_the_threshold_are_hidden_and_counted()
    {
        var org = Staff(new Organisation(), "Sales", 5);
        Staff(org, "Legal", 4);
        Staff(org, "Board", 3, targetGroup: false, prefix: "board-advisor");
        Staff(org, "Board", 2);

        // Threshold 5: Legal (4) and Board (2 in the target group) hidden; together 6 ≥ 5, so they are
        // the other row and Sales stays.
        var report = org.Compute();
        report.Departments.Select(d => d.Department).ShouldBe(["Sales"]);
        report.OtherDepartments!.TargetGroupSize.ShouldBe(6);
        report.HiddenDepartments.ShouldBe(2);

        // Threshold 4: Legal (4) and Sales (5) pass, Board (2) alone would be total − 9 = 2, so the
        // smallest shown, Legal, is hidden too: other = 2 + 4 = 6.
        var four = org.Compute(anonymityThreshold: 4);
        four.Departments.Select(d => d.Department).ShouldBe(["Sales"]);
        four.OtherDepartments!.TargetGroupSize.ShouldBe(6);
        four.HiddenDepartments.ShouldBe(2);
    }

    [Fact]
    public void A_department_of_2_among_10_and_12_takes_the_10_with_it_into_other()
    {
        // Threshold 5. Hidden alone, Board (2) would be the total 24 minus 10 minus 12: so the next
        // smallest, Legal (10), is hidden too and the other row holds 2 + 10 = 12.
        var org = Staff(new Organisation(), "Board", 2);
        Staff(org, "Legal", 10);
        Staff(org, "Sales", 12);
        org.Post("board0", InMarch(1));
        org.Post("legal0", InMarch(2));
        org.Post("legal0", InMarch(3));
        org.Post("sales0", InMarch(4));

        var report = org.Compute();

        report.Departments.ShouldBe([new DepartmentParticipation("Sales", 12, 1, 1.0 / 12, 1, null, null)]);
        // Other: board0 and legal0 active (2 of 12), 3 messages; no managers, so no manager figures.
        report.OtherDepartments.ShouldBe(new DepartmentParticipation(DepartmentParticipation.Other, 12, 2, 2.0 / 12, 3, null, null));
        report.HiddenDepartments.ShouldBe(2);
        report.TargetGroupSize.ShouldBe(24);
    }

    [Fact]
    public void Two_departments_of_3_are_merged_into_an_other_row_of_6()
    {
        // Threshold 5: HR (3) and Legal (3) are each too small, together 6 ≥ 5, so Sales (8) stays.
        var org = Staff(new Organisation(), "HR", 3);
        Staff(org, "Legal", 3);
        Staff(org, "Sales", 8);
        org.Post("hr0", InMarch(1));
        org.Post("legal1", InMarch(1));
        org.Post("legal2", InMarch(1));

        var report = org.Compute();

        report.Departments.ShouldBe([new DepartmentParticipation("Sales", 8, 0, 0.0, 0, null, null)]);
        report.OtherDepartments.ShouldBe(new DepartmentParticipation(DepartmentParticipation.Other, 6, 3, 3.0 / 6, 3, null, null));
        report.HiddenDepartments.ShouldBe(2);
    }

    [Fact]
    public void People_without_a_department_are_in_the_other_row_and_count_towards_hiding()
    {
        // Threshold 5, Legal 10, Sales 12, and 2 target-group members without a department. All
        // departments pass, but total 24 − 10 − 12 = 2 would give those two away: Legal (10) is hidden
        // and the other row is 2 + 10 = 12.
        var org = Staff(new Organisation(), "Legal", 10);
        Staff(org, "Sales", 12);
        org.Person("loner1").Person("loner2");
        org.Post("loner1", InMarch(1));

        var report = org.Compute();

        report.Departments.Select(d => d.Department).ShouldBe(["Sales"]);
        report.OtherDepartments.ShouldBe(new DepartmentParticipation(DepartmentParticipation.Other, 12, 1, 1.0 / 12, 1, null, null));
        report.HiddenDepartments.ShouldBe(1);
    }

    [Fact]
    public void People_without_a_department_reaching_the_threshold_are_the_other_row_on_their_own()
    {
        // 5 without a department: total 15 − 10 = 5 ≥ 5 is safe, Sales stays, other = those 5.
        var org = Staff(new Organisation(), "Sales", 10);
        Staff(org, "", 5, prefix: "loner");

        var report = org.Compute();

        report.Departments.Select(d => d.Department).ShouldBe(["Sales"]);
        report.OtherDepartments!.TargetGroupSize.ShouldBe(5);
        report.HiddenDepartments.ShouldBe(0);
    }

    [Fact]
    public void When_no_department_can_be_shown_there_is_no_other_row_either()
    {
        // Board (2) hidden; the only shown department, Sales (6), must go too: nothing left to list,
        // and an other row of 8 would only repeat the totals.
        var org = Staff(new Organisation(), "Board", 2);
        Staff(org, "Sales", 6);

        var report = org.Compute();

        report.Departments.ShouldBeEmpty();
        report.OtherDepartments.ShouldBeNull();
        report.HiddenDepartments.ShouldBe(2);
    }

    [Fact]
    public void A_department_with_4_managers_has_no_manager_figures_at_threshold_5()
    {
        // IT: 10 members of whom 4 managers (< 5): manager figures hidden. Sales: 10 members, 6 managers,
        // 4 others. Showing Sales's 6 managers would give IT's as the organisation's 10 minus 6 = 4 (and
        // Sales's 4 others are too few anyway): Sales's manager figures are hidden too.
        var org = Staff(new Organisation(), "IT", 10, managers: 4);
        Staff(org, "Sales", 10, managers: 6);
        org.Post("it0", InMarch(1));

        var report = org.Compute();

        report.Departments.Select(d => (d.Department, d.Managers, d.ActiveManagers))
            .ShouldBe([("IT", (int?)null, (int?)null), ("Sales", null, null)]);
        report.ManagersInTargetGroup.ShouldBe(10);
        report.ActiveManagers.ShouldBe(1);
    }

    [Fact]
    public void Manager_figures_are_shown_where_managers_and_the_others_pass_and_the_rest_does_too()
    {
        // Threshold 5. A: 10 members, 5 managers, 5 others → shown. B: 12 members, 6 managers, 6 others →
        // shown. C: 8 members, 0 managers → no manager figures, but 0 managers hide nobody. Rest of the
        // managers: 11 − 5 − 6 = 0; rest of the others: 19 − 5 − 6 = 8 = C's ≥ 5. Nothing more hidden.
        var org = Staff(new Organisation(), "A", 10, managers: 5);
        Staff(org, "B", 12, managers: 6);
        Staff(org, "C", 8);
        org.Post("a0", InMarch(1));
        org.Post("a1", InMarch(1));
        org.Post("b7", InMarch(1));

        var report = org.Compute();

        report.Departments.Select(d => (d.Department, d.Managers, d.ActiveManagers))
            .ShouldBe([("A", (int?)5, (int?)2), ("B", 6, 0), ("C", null, null)]);
    }

    [Fact]
    public void Manager_figures_are_hidden_when_they_would_give_away_a_few_non_managers()
    {
        // Threshold 5. A: 10 members, 5 managers, 5 others. B: 12 members, 10 managers, 2 others, whose
        // activity would be B's active minus B's active managers: B's split is hidden. Then the
        // organisation's others minus A's and C's would still be B's 2, so the smallest shown others,
        // A's 5 (tied with C's, A comes first), are hidden too: rest 2 + 5 = 7 others, 10 + 5 = 15 managers.
        // C: 10 members, 5 managers, 5 others keeps its split.
        var org = Staff(new Organisation(), "A", 10, managers: 5);
        Staff(org, "B", 12, managers: 10);
        Staff(org, "C", 10, managers: 5);

        var report = org.Compute();

        report.Departments.Select(d => (d.Department, d.Managers))
            .ShouldBe([("A", (int?)null), ("B", null), ("C", 5)]);
    }

    [Fact]
    public void The_other_row_gets_manager_figures_under_the_same_rule()
    {
        // Threshold 5. HR 3 and Legal 3 merge into other (6 members, 5 managers, 1 other), Sales 10
        // (5 managers, 5 others). Other's split would show 1 non-manager: hidden. Then the
        // organisation's 6 others minus Sales's 5 would be that one: Sales's split is hidden too.
        var org = Staff(new Organisation(), "HR", 3, managers: 3);
        Staff(org, "Legal", 3, managers: 2);
        Staff(org, "Sales", 10, managers: 5);

        var report = org.Compute();

        report.Departments.ShouldHaveSingleItem().Managers.ShouldBeNull();
        report.OtherDepartments!.Managers.ShouldBeNull();
        report.OtherDepartments.TargetGroupSize.ShouldBe(6);
    }

    [Fact]
    public void Departments_without_target_group_members_are_neither_listed_nor_hidden()
    {
        var org = Staff(new Organisation(), "Sales", 5);
        Staff(org, "Contractors", 7, targetGroup: false);

        var report = org.Compute();

        report.Departments.Count.ShouldBe(1);
        report.HiddenDepartments.ShouldBe(0);
    }

    [Fact]
    public void Departments_are_listed_in_ordinal_order_of_their_names()
    {
        var org = new Organisation();
        foreach (var name in new[] { "Zeta", "alpha", "Beta", "Ärzte" })
        {
            Staff(org, name, 3);
        }

        org.Compute(anonymityThreshold: 3).Departments.Select(d => d.Department).ShouldBe(["Beta", "Zeta", "alpha", "Ärzte"]);
    }

    [Fact]
    public void Without_a_directory_there_is_no_department_breakdown()
    {
        var org = new Organisation().Account("a", department: "Sales");
        org.Post("a", InMarch(1));

        var report = org.Compute(anonymityThreshold: 3);

        report.Departments.ShouldBeEmpty();
        report.OtherDepartments.ShouldBeNull();
        report.HiddenDepartments.ShouldBe(0);
    }
}
