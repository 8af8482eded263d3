namespace Pulse.Connectors.Text;

/// <summary>
/// Reads the timestamp forms that exports write, always to UTC. Accepted: a date
/// <c>yyyy-MM-dd</c> or <c>yyyy/MM/dd</c>, optionally followed by <c>T</c> or a space and
/// <c>HH:mm</c>, <c>HH:mm:ss</c> or <c>HH:mm:ss.fffffff</c>, optionally followed (with or without a
/// space) by a zone: <c>Z</c>, <c>UTC</c>, <c>GMT</c>, <c>+hh:mm</c>, <c>+hhmm</c> or <c>+hh</c>.
/// No zone means UTC. Anything else is refused rather than guessed: <c>01/02/2020</c> could be
/// January or February.
/// </summary>
internal static class Timestamps
{
    public static bool TryParse(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        value = default;
        var s = text.Trim();
        if (s.Length < 10) return false;
        var dateSeparator = s[4];
        if ((dateSeparator != '-' && dateSeparator != '/') || s[7] != dateSeparator) return false;
        if (!Digits(s[..4], out var year) || !Digits(s.Slice(5, 2), out var month) || !Digits(s.Slice(8, 2), out var day))
        {
            return false;
        }

        int hour = 0, minute = 0, second = 0;
        long fractionTicks = 0;
        var offset = TimeSpan.Zero;
        var i = 10;
        if (i < s.Length)
        {
            if (s[i] != 'T' && s[i] != 't' && s[i] != ' ') return false;
            i++;
            if (s.Length < i + 5 || s[i + 2] != ':' || !Digits(s.Slice(i, 2), out hour) || !Digits(s.Slice(i + 3, 2), out minute))
            {
                return false;
            }

            i += 5;
            if (i < s.Length && s[i] == ':')
            {
                if (s.Length < i + 3 || !Digits(s.Slice(i + 1, 2), out second)) return false;
                i += 3;
                if (i < s.Length && (s[i] == '.' || s[i] == ','))
                {
                    i++;
                    var start = i;
                    var digits = 0;
                    while (i < s.Length && char.IsAsciiDigit(s[i]))
                    {
                        if (digits < 7)
                        {
                            fractionTicks = (fractionTicks * 10) + (s[i] - '0');
                            digits++;
                        }

                        i++;
                    }

                    if (i == start) return false;
                    for (; digits < 7; digits++) fractionTicks *= 10;
                }
            }

            if (!TryZone(s[i..].TrimStart(' '), out offset)) return false;
        }

        if (month is < 1 or > 12 || year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        if (hour > 23 || minute > 59 || second > 59) return false;
        try
        {
            value = new DateTimeOffset(year, month, day, hour, minute, second, offset).AddTicks(fractionTicks).ToUniversalTime();
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false; // e.g. 0001-01-01 with a positive offset falls before the calendar
        }
    }

    private static bool TryZone(ReadOnlySpan<char> zone, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (zone.IsEmpty || zone is "Z" or "z" || zone.Equals("UTC", StringComparison.OrdinalIgnoreCase) || zone.Equals("GMT", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (zone[0] != '+' && zone[0] != '-') return false;
        var sign = zone[0] == '-' ? -1 : 1;
        var rest = zone[1..];
        int hours, minutes = 0;
        switch (rest.Length)
        {
            case 2:
                if (!Digits(rest, out hours)) return false;
                break;
            case 4:
                if (!Digits(rest[..2], out hours) || !Digits(rest[2..], out minutes)) return false;
                break;
            case 5:
                if (rest[2] != ':' || !Digits(rest[..2], out hours) || !Digits(rest[3..], out minutes)) return false;
                break;
            default:
                return false;
        }

        if (hours > 14 || minutes > 59) return false;
        offset = sign * new TimeSpan(hours, minutes, 0);
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
