namespace Pulse.Storage.Aggregates;

/// <summary>
/// Reads the text layout in which Microsoft.Data.Sqlite stores a <see cref="DateTime"/>
/// (<c>yyyy-MM-dd HH:mm:ss</c>, then optionally <c>.</c> and 1–7 digits of fraction) without the
/// general parser, for the hundreds of thousands of times a large organisation's aggregates hold.
/// </summary>
internal static class SqliteTime
{
    /// <summary>The UTC ticks of <paramref name="text"/>; false for any other layout (the caller then parses it the slow way).</summary>
    public static bool TryParseTicks(string text, out long ticks)
    {
        ticks = 0;
        if (text.Length < 19 || text[4] != '-' || text[7] != '-' || (text[10] != ' ' && text[10] != 'T') || text[13] != ':' || text[16] != ':') return false;
        if (!Digits(text, 0, 4, out var year) || !Digits(text, 5, 2, out var month) || !Digits(text, 8, 2, out var day)
            || !Digits(text, 11, 2, out var hour) || !Digits(text, 14, 2, out var minute) || !Digits(text, 17, 2, out var second))
        {
            return false;
        }

        long fraction = 0;
        if (text.Length > 19)
        {
            var digits = text.Length - 20;
            if (text[19] != '.' || digits is < 1 or > 7 || !Digits(text, 20, digits, out var value)) return false;
            fraction = value;
            for (var i = digits; i < 7; i++) fraction *= 10;
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return false;
        ticks = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).Ticks + fraction;
        return true;
    }

    private static bool Digits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if (digit is < 0 or > 9) return false;
            value = (value * 10) + digit;
        }

        return true;
    }
}
