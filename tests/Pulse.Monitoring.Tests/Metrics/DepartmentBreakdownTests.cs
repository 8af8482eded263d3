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
        var org = Staff(new Organisation(), "Sales", 6, managers: 2);
        Staff(org, "Sales", 3, targetGroup: false, prefix: "sales-extern");
        org.Post("sales0", InMarch(1));
        org.Post("sales0", InMarch(2));
        org.Post("sales3", InMarch(3));
        org.Post("sales1", At(2025, 2, 3));

        var report = org.Compute();

        report.Departments.ShouldBe([new DepartmentParticipation("Sales", 6, 2, 2.0 / 6, 3, 2, 1)]);
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

        var report = org.Compute();

        report.Departments.Select(d => d.Department).ShouldBe(["Sales"]);
        report.HiddenDepartments.ShouldBe(2);
        org.Compute(anonymityThreshold: 4).Departments.Select(d => d.Department).ShouldBe(["Legal", "Sales"]);
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
            Staff(org, name, 1);
        }

        org.Compute(anonymityThreshold: 1).Departments.Select(d => d.Department).ShouldBe(["Beta", "Zeta", "alpha", "Ärzte"]);
    }

    [Fact]
    public void Without_a_directory_there_is_no_department_breakdown()
    {
        var org = new Organisation().Account("a", department: "Sales");
        org.Post("a", InMarch(1));

        var report = org.Compute(anonymityThreshold: 0);

        report.Departments.ShouldBeEmpty();
        report.HiddenDepartments.ShouldBe(0);
    }
}
