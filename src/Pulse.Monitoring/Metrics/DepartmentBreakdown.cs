namespace Pulse.Monitoring.Metrics;

/// <summary>
/// Participation per directory department of the target group, with small departments hidden.
/// </summary>
/// <remarks>
/// The departments are those of the directory's target-group entries; target-group members without
/// a department belong to none, and departments without target-group members are not part of the
/// breakdown (so not counted as hidden either). A department with fewer target-group members than
/// the anonymity threshold is hidden: it is not listed and only counted in <see cref="Hidden"/>.
/// </remarks>
internal sealed record DepartmentBreakdown(IReadOnlyList<DepartmentParticipation> Shown, int Hidden)
{
    public static DepartmentBreakdown Of(People people, ActivityTally activity, int anonymityThreshold)
    {
        var tallies = new Dictionary<string, Tally>(StringComparer.Ordinal);
        for (var person = 0; person < people.Count; person++)
        {
            var department = people.DirectoryDepartment[person];
            if (department is null || !people.InTargetGroup[person])
            {
                continue;
            }

            if (!tallies.TryGetValue(department, out var tally))
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

        var shown = new List<DepartmentParticipation>();
        var hidden = 0;
        foreach (var (department, tally) in tallies)
        {
            if (tally.Members < anonymityThreshold)
            {
                hidden++;
                continue;
            }

            shown.Add(new DepartmentParticipation(
                department,
                tally.Members,
                tally.Active,
                (double)tally.Active / tally.Members,
                tally.Messages,
                tally.Managers,
                tally.ActiveManagers));
        }

        shown.Sort(static (a, b) => string.CompareOrdinal(a.Department, b.Department));
        return new DepartmentBreakdown(shown, hidden);
    }

    private sealed class Tally
    {
        public int Members { get; set; }
        public int Active { get; set; }
        public int Messages { get; set; }
        public int Managers { get; set; }
        public int ActiveManagers { get; set; }
    }
}
