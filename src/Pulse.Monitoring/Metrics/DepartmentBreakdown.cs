namespace Pulse.Monitoring.Metrics;

/// <summary>
/// Participation per directory department of the target group, with small departments hidden so
/// that none can be read off, not even as the organisation's total minus the listed ones.
/// </summary>
/// <remarks>
/// <para>The departments are those of the directory's target-group entries; departments without
/// target-group members are not part of the breakdown (so not counted as hidden either).
/// Target-group members without a department are in no department, but the organisation's totals
/// include them, so they count towards what the totals minus the listed rows reveal.</para>
/// <para>Which departments are listed is decided by <see cref="Suppression"/> over the departments'
/// target-group sizes, with the members without a department as the ungrouped: a department below the
/// threshold is hidden, and when the hidden departments and the members without one together are
/// fewer than the threshold, the smallest listed department is hidden as well. Everyone not in a listed
/// department is then reported as one <see cref="Other"/> row, which is exactly the totals minus the
/// listed rows and holds at least the threshold. When no department can be listed there is no
/// <see cref="Other"/> row either: it would only repeat the organisation's totals.</para>
/// <para>Manager figures are a breakdown of the organisation's managers over the rows (the other row
/// included), decided the same way counted in managers; and since a row's figures minus its managers'
/// are its non-managers', the non-managers of the row must pass too (or be none). A row whose split
/// fails either test has null manager figures.</para>
/// </remarks>
internal sealed record DepartmentBreakdown(IReadOnlyList<DepartmentParticipation> Shown, DepartmentParticipation? Other, int Hidden)
{
    public static DepartmentBreakdown Of(People people, IPeriodActivity activity, int anonymityThreshold)
    {
        var tallies = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var withoutDepartment = new Tally();
        for (var person = 0; person < people.Count; person++)
        {
            if (!people.InTargetGroup[person])
            {
                continue;
            }

            var department = people.DirectoryDepartment[person];
            Tally? tally;
            if (department is null)
            {
                tally = withoutDepartment;
            }
            else if (!tallies.TryGetValue(department, out tally))
            {
                tally = new Tally();
                tallies.Add(department, tally);
            }

            var written = activity.MessagesInPeriod[person];
            var manager = people.IsManagerInTargetGroup[person];
            tally.Members++;
            tally.Messages += written;
            tally.Managers += manager ? 1 : 0;
            tally.Active += written > 0 ? 1 : 0;
            tally.ActiveManagers += manager && written > 0 ? 1 : 0;
        }

        var names = tallies.Keys.Order(StringComparer.Ordinal).ToList();
        var departments = Suppression.Of([.. names.Select(name => tallies[name].Members)], withoutDepartment.Members, anonymityThreshold);

        var rows = new List<(string Name, Tally Tally)>();
        var rest = withoutDepartment;
        for (var i = 0; i < names.Count; i++)
        {
            var tally = tallies[names[i]];
            if (departments.IsShown(i))
            {
                rows.Add((names[i], tally));
            }
            else
            {
                rest = rest.Plus(tally);
            }
        }

        var hasOther = departments.ShowsAny && departments.Rest > 0;
        if (hasOther)
        {
            rows.Add((DepartmentParticipation.Other, rest));
        }

        var managers = Suppression.Of([.. rows.Select(row => row.Tally.Managers)], 0, anonymityThreshold);
        var nonManagers = Suppression.Of([.. rows.Select(row => row.Tally.NonManagers)], 0, anonymityThreshold);
        var reported = new List<DepartmentParticipation>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var (name, tally) = rows[i];
            var split = managers.IsShown(i) && (tally.NonManagers == 0 || nonManagers.IsShown(i));
            reported.Add(new DepartmentParticipation(
                name,
                tally.Members,
                tally.Active,
                (double)tally.Active / tally.Members,
                tally.Messages,
                split ? tally.Managers : null,
                split ? tally.ActiveManagers : null));
        }

        return hasOther
            ? new DepartmentBreakdown(reported[..^1], reported[^1], departments.HiddenGroups)
            : new DepartmentBreakdown(reported, null, departments.HiddenGroups);
    }

    private sealed class Tally
    {
        public int Members { get; set; }
        public int Active { get; set; }
        public int Messages { get; set; }
        public int Managers { get; set; }
        public int ActiveManagers { get; set; }
        public int NonManagers => Members - Managers;

        public Tally Plus(Tally other) => new()
        {
            Members = Members + other.Members,
            Active = Active + other.Active,
            Messages = Messages + other.Messages,
            Managers = Managers + other.Managers,
            ActiveManagers = ActiveManagers + other.ActiveManagers,
        };
    }
}
