using Pulse.Monitoring.Model;
using static Pulse.Monitoring.Tests.Metrics.Organisation;

namespace Pulse.Monitoring.Tests.Metrics;

/// <summary>Target group, participation rate and managers, with and without a directory.</summary>
public sealed class TargetGroupTests
{
    [Fact]
    public void Participation_rate_is_active_target_group_members_over_the_directory_target_group()
    {
        var org = new Organisation()
            .Person("ann").Person("bob").Person("cat").Person("dan")
            .Person("eve", targetGroup: false)
            .Account("U9");
        org.Post("ann", InMarch(1));
        org.Post("eve", InMarch(1));
        org.Post("U9", InMarch(1));

        var report = org.Compute();

        report.Contributors.ShouldBe(3);
        report.TargetGroupSize.ShouldBe(4);
        report.ActiveInTargetGroup.ShouldBe(1);
        report.ParticipationRate.ShouldBe(0.25);
    }

    [Fact]
    public void Directory_people_without_any_account_are_in_the_target_group_as_lurkers()
    {
        var org = new Organisation().Person("ann").Employee("never.joined@example.org");
        org.Post("ann", InMarch(1));

        var report = org.Compute();

        report.TargetGroupSize.ShouldBe(2);
        report.ParticipationRate.ShouldBe(0.5);
    }

    [Fact]
    public void Managers_are_directory_entries_marked_both_as_manager_and_as_target_group()
    {
        var org = new Organisation()
            .Person("boss", manager: true)
            .Person("lead", manager: true)
            .Person("board", manager: true, targetGroup: false)
            .Person("ann");
        org.Post("boss", InMarch(1));
        org.Post("board", InMarch(1));

        var report = org.Compute();

        report.ManagersInTargetGroup.ShouldBe(2);
        report.ActiveManagers.ShouldBe(1);
        report.ManagementParticipationRate.ShouldBe(0.5);
    }

    [Fact]
    public void Without_a_directory_the_target_group_is_the_people_behind_active_human_accounts()
    {
        var org = new Organisation()
            .Account("active1", "a1@example.org")
            .Account("active2")
            .Account("active1-again", "A1@example.org")
            .Account("pending", state: AccountState.Pending)
            .Account("suspended", state: AccountState.Suspended)
            .Account("deleted", state: AccountState.Deleted)
            .Account("bot", bot: true);
        org.Post("active1-again", InMarch(1));
        org.Post("deleted", InMarch(2));

        var report = org.Compute();

        report.TargetGroupSize.ShouldBe(2);
        report.Contributors.ShouldBe(2);
        report.ActiveInTargetGroup.ShouldBe(1);
        report.ParticipationRate.ShouldBe(0.5);
    }

    [Fact]
    public void Without_a_directory_there_are_no_managers_and_the_management_rate_is_null()
    {
        var org = new Organisation().Account("U1");
        org.Post("U1", InMarch(1));

        var report = org.Compute();

        report.ManagersInTargetGroup.ShouldBe(0);
        report.ActiveManagers.ShouldBe(0);
        report.ManagementParticipationRate.ShouldBeNull();
    }

    [Fact]
    public void A_directory_without_target_group_entries_does_not_fall_back_to_accounts()
    {
        var org = new Organisation().Person("ann", targetGroup: false).Account("U1");
        org.Post("U1", InMarch(1));

        var report = org.Compute();

        report.TargetGroupSize.ShouldBe(0);
        report.ParticipationRate.ShouldBeNull();
        report.Pyramid.LurkerShare.ShouldBeNull();
    }
}
