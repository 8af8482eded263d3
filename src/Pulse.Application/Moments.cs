using System.Globalization;

namespace Pulse.Application;

/// <summary>
/// How a moment is written where people type one (the CLI's --from/--to, the API's from=/to=): a
/// date (<c>2026-09-01</c>, meaning midnight UTC) or an ISO-8601 time (<c>2026-09-01T08:00:00+02:00</c>).
/// </summary>
public static class Moments
{
    /// <summary>What <see cref="TryParse"/> accepts, in words for an error message.</summary>
    public const string Expected = "use YYYY-MM-DD (UTC) or an ISO-8601 time such as 2026-09-01T08:00:00+02:00";

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
        {
            value = new DateTimeOffset(date, TimeSpan.Zero);
            return true;
        }

        if (text is not null && text.Contains('T', StringComparison.Ordinal) &&
            DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            value = moment.ToUniversalTime();
            return true;
        }

        value = default;
        return false;
    }
}
