using System.Globalization;
using System.Text;

namespace Pulse.Storage.Aggregates;

/// <summary>
/// A set of UTC days as sorted, disjoint ranges of day numbers (days since 1970-01-01, end excluded),
/// written <c>20500-20503,20510-20511</c>: what an update in place recounted (<see cref="AggregateUpdate"/>).
/// </summary>
public sealed record DayRanges(IReadOnlyList<(int From, int To)> Ranges)
{
    public static DayRanges Empty { get; } = new([]);

    /// <summary>How many days the ranges hold.</summary>
    public int Days => Ranges.Sum(r => r.To - r.From);

    public bool Contains(int day)
    {
        foreach (var (from, to) in Ranges)
        {
            if (day < from) return false;
            if (day < to) return true;
        }

        return false;
    }

    public static DayRanges Of(IEnumerable<int> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var ranges = new List<(int From, int To)>();
        foreach (var day in days.Distinct().Order())
        {
            if (ranges.Count > 0 && ranges[^1].To == day) ranges[^1] = (ranges[^1].From, day + 1);
            else ranges.Add((day, day + 1));
        }

        return new DayRanges(ranges);
    }

    public static DayRanges Of(IEnumerable<DateOnly> days) => Of(days.Select(d => d.DayNumber - Epoch));

    /// <summary>The union of several sets.</summary>
    public static DayRanges Union(IEnumerable<DayRanges> sets) =>
        Of(sets.SelectMany(s => s.Ranges).SelectMany(r => Enumerable.Range(r.From, r.To - r.From)));

    /// <summary>The first day of a range as a date.</summary>
    public static DateOnly Date(int day) => DateOnly.FromDayNumber(day + Epoch);

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (from, to) in Ranges)
        {
            if (text.Length > 0) text.Append(',');
            text.Append(CultureInfo.InvariantCulture, $"{from}-{to}");
        }

        return text.ToString();
    }

    /// <summary>Reads what <see cref="ToString"/> wrote.</summary>
    public static DayRanges Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return Empty;
        return new DayRanges([.. text.Split(',').Select(range =>
        {
            var dash = range.IndexOf('-', 1);
            return (int.Parse(range.AsSpan(0, dash), CultureInfo.InvariantCulture), int.Parse(range.AsSpan(dash + 1), CultureInfo.InvariantCulture));
        })]);
    }

    private static readonly int Epoch = new DateOnly(1970, 1, 1).DayNumber;
}
