namespace Pulse.Maturity.Benchmark;

/// <summary>
/// Cuts of a wave's maturity index by sector or by size, each group shown only when it holds at
/// least <see cref="Threshold"/> scored organisations — and never so that a hidden group could be
/// worked out as the whole wave minus the shown groups. The rule is the one of every breakdown in
/// Pulse (monitoring-metrics.md, "Privacy in every figure"): when the hidden groups (and the
/// organisations without a group) together hold between 1 and threshold − 1 organisations, the next
/// smallest shown group is hidden too; the rest is then shown merged as "other", which tells nothing
/// the total minus the shown groups would not.
/// </summary>
public static class Cuts
{
    /// <summary>The smallest group shown.</summary>
    public const int Threshold = 5;

    /// <summary>Size bands by number of employees, as the study reports them.</summary>
    public static string? SizeBand(int? employees) => employees switch
    {
        null => null,
        < 500 => "< 500",
        < 2000 => "500–1,999",
        < 10000 => "2,000–9,999",
        _ => "≥ 10,000",
    };

    /// <param name="members">Per scored organisation: its group (null when unknown) and its index.</param>
    public static CutTable Of(string dimension, IEnumerable<(string? Group, double Index)> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var all = members.ToList();
        var groups = all.Where(m => m.Group is not null).GroupBy(m => m.Group!, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Values: g.Select(m => m.Index).ToList()))
            .OrderBy(g => g.Values.Count).ThenBy(g => g.Name, StringComparer.Ordinal).ToList();
        var shown = groups.Where(g => g.Values.Count >= Threshold).ToList();
        // Everything not shown can be derived as the total minus the shown groups: it must be 0 or at least the threshold.
        var rest = all.Count - shown.Sum(g => g.Values.Count);
        if (rest is > 0 and < Threshold && shown.Count > 0)
        {
            shown.RemoveAt(0);
            rest = all.Count - shown.Sum(g => g.Values.Count);
        }

        var cuts = shown.OrderBy(g => g.Name, StringComparer.Ordinal).Select(g => Describe(g.Name, g.Values, isOther: false)).ToList();
        if (shown.Count > 0 && rest >= Threshold)
        {
            var shownNames = shown.Select(g => g.Name).ToHashSet(StringComparer.Ordinal);
            cuts.Add(Describe(Cut.Other, [.. all.Where(m => m.Group is null || !shownNames.Contains(m.Group)).Select(m => m.Index)], isOther: true));
        }

        return new CutTable(dimension, cuts, groups.Count - shown.Count);
    }

    private static Cut Describe(string name, List<double> values, bool isOther)
    {
        values.Sort();
        return new Cut(name, values.Count, values.Average(), Pulse.Maturity.Statistics.Quantile.Type7Sorted(values, 0.5), isOther);
    }
}
