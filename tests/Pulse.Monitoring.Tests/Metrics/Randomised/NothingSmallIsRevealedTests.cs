using System.Globalization;
using Pulse.Monitoring.Metrics;
using static Pulse.Monitoring.Tests.Metrics.Organisation;

namespace Pulse.Monitoring.Tests.Metrics.Randomised;

/// <summary>
/// The anonymity rule as a law over many random organisations: whatever the sizes, no listed row, no
/// manager figure and no "organisation total minus the listed rows" is about fewer people than the
/// threshold — unless it is the whole organisation, whose own figures are never suppressed.
/// </summary>
public sealed class NothingSmallIsRevealedTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(7)]
    public void No_small_group_is_a_total_minus_the_listed_rows(int threshold)
    {
        var random = new Random(threshold * 7919);
        int withOther = 0, withManagerFigures = 0, withHiddenManagerFigures = 0;
        for (var round = 0; round < 400; round++)
        {
            var org = RandomOrganisation(random);
            var report = org.Compute(anonymityThreshold: threshold);
            var context = $"round {round}, threshold {threshold}";

            Safe(report, threshold, context);
            withOther += report.OtherDepartments is null ? 0 : 1;
            withManagerFigures += report.Departments.Any(d => d.Managers is not null) ? 1 : 0;
            withHiddenManagerFigures += report.Departments.Any(d => d.Managers is null) ? 1 : 0;
        }

        // Not vacuous: the random organisations do list rows, merge, show and hide manager figures.
        withOther.ShouldBeGreaterThan(40);
        withManagerFigures.ShouldBeGreaterThan(20);
        withHiddenManagerFigures.ShouldBeGreaterThan(40);
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 3)]
    [InlineData(4, 4)]
    [InlineData(6, 7)]
    public void The_synthetic_organisations_reveal_no_small_group(int seed, int threshold)
    {
        var input = SyntheticOrganisation.Generate(seed, withDirectory: true);
        var period = new Period(At(2025, 2, 1), At(2025, 3, 1));

        var report = Participation.Compute(input, period, threshold);

        Safe(report, threshold, $"seed {seed}");
        report.OtherDepartments.ShouldNotBeNull();
        // The matrix names only departments with at least the threshold of directory entries.
        var entries = input.Directory.Where(e => !string.IsNullOrWhiteSpace(e.Department)).GroupBy(e => e.Department!)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var name in report.DepartmentMatrix.SelectMany(f => new[] { f.FromDepartment, f.ToDepartment }).OfType<string>())
        {
            entries.GetValueOrDefault(name).ShouldBeGreaterThanOrEqualTo(threshold, name);
        }
    }

    /// <summary>Departments of 0–14 people (so many below any threshold), managers, people without one.</summary>
    private static Organisation RandomOrganisation(Random random)
    {
        var org = new Organisation();
        var people = new List<string>();
        var departments = random.Next(1, 7);
        for (var d = 0; d < departments; d++)
        {
            var size = random.Next(0, 15);
            var managerShare = random.NextDouble();
            for (var k = 0; k < size; k++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"d{d}p{k}");
                org.Person(name, "Dept" + d.ToString(CultureInfo.InvariantCulture), manager: random.NextDouble() < managerShare, targetGroup: random.NextDouble() < 0.9);
                people.Add(name);
            }
        }

        for (var k = random.Next(0, 4) == 0 ? random.Next(1, 6) : 0; k > 0; k--)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"loner{k}");
            org.Person(name, manager: random.NextDouble() < 0.3);
            people.Add(name);
        }

        foreach (var person in people.Where(_ => random.NextDouble() < 0.5))
        {
            org.Post(person, InMarch(random.Next(1, 29)));
        }

        return org;
    }

    private static void Safe(ParticipationReport report, int threshold, string context)
    {
        bool SafeSize(int people) => people == 0 || people >= threshold;

        var rows = report.Departments.Concat(report.OtherDepartments is { } other ? [other] : []).ToList();
        foreach (var row in rows)
        {
            row.TargetGroupSize.ShouldBeGreaterThanOrEqualTo(threshold, context);
            if (row.Managers is { } managers)
            {
                managers.ShouldBeGreaterThanOrEqualTo(threshold, context);
                SafeSize(row.TargetGroupSize - managers).ShouldBeTrue(context);
            }

            (row.Managers is null).ShouldBe(row.ActiveManagers is null, context);
        }

        if (report.Departments.Count == 0)
        {
            report.OtherDepartments.ShouldBeNull(context);
            return;
        }

        // What the totals minus the listed departments reveal: 0 or at least the threshold, and it is
        // exactly the other row, so after that nothing is left.
        var unlisted = report.TargetGroupSize - report.Departments.Sum(d => d.TargetGroupSize);
        SafeSize(unlisted).ShouldBeTrue(context);
        (report.OtherDepartments?.TargetGroupSize ?? 0).ShouldBe(unlisted, context);
        (report.OtherDepartments?.Active ?? 0).ShouldBe(report.ActiveInTargetGroup - report.Departments.Sum(d => d.Active), context);

        // The same for managers and for the others, over the rows whose manager figures are shown. What
        // is left may be small only when it is everyone of its kind: then it is the organisation's own
        // figure (its managers, or its target group minus its managers), not a group of a breakdown.
        var split = rows.Where(r => r.Managers is not null).ToList();
        var allOthers = report.TargetGroupSize - report.ManagersInTargetGroup;
        var managersLeft = report.ManagersInTargetGroup - split.Sum(r => r.Managers!.Value);
        var othersLeft = allOthers - split.Sum(r => r.TargetGroupSize - r.Managers!.Value);
        (SafeSize(managersLeft) || managersLeft == report.ManagersInTargetGroup).ShouldBeTrue($"{context}: {managersLeft} managers left");
        (SafeSize(othersLeft) || othersLeft == allOthers).ShouldBeTrue($"{context}: {othersLeft} of {allOthers} non-managers left");
    }
}
