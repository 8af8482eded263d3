using System.Globalization;
using Pulse.Web.Localization;

namespace Pulse.Web.Pages;

/// <summary>
/// The organisation page's period form as the user filled it in. An empty field means "not
/// chosen" (the query then takes its default); anything else must be a day written yyyy-MM-dd,
/// which is what a browser's date field sends. Unreadable text is an error to show, never a
/// silent "not chosen": the figures would be for a period nobody asked for.
/// </summary>
public sealed record PeriodForm(string From, string To)
{
    /// <summary>
    /// The days Pulse accepts. Far-off years are typing mistakes, and near the ends of the calendar
    /// the previous period (for retention) would not exist.
    /// </summary>
    public static readonly DateOnly Earliest = new(1990, 1, 1);

    public static readonly DateOnly Latest = new(2099, 12, 31);

    public static PeriodForm Read(string? from, string? to) => new(from?.Trim() ?? "", to?.Trim() ?? "");

    public DateTimeOffset? Start => Day(From);

    public DateTimeOffset? End => Day(To);

    public bool FromIsReadable => From.Length == 0 || Start is not null;

    public bool ToIsReadable => To.Length == 0 || End is not null;

    /// <summary>What is wrong with the period, in the interface's language; empty when nothing is.</summary>
    public IReadOnlyList<string> Problems(UiText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var culture = Formats.Culture(text.Language);
        var problems = new List<string>();
        if (!FromIsReadable) problems.Add(string.Format(culture, text.NotADate, text.From, From, Earliest.Year, Latest.Year));
        if (!ToIsReadable) problems.Add(string.Format(culture, text.NotADate, text.To, To, Earliest.Year, Latest.Year));
        if (Start is { } start && End is { } end && start >= end) problems.Add(text.EmptyPeriod);
        return problems;
    }

    private static DateTimeOffset? Day(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day >= Earliest && day <= Latest
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : null;
}
