using System.Globalization;
using Pulse.Connectors.Text;

namespace Pulse.Connectors.Csv;

/// <summary>Typed reads of the current row's fields; a value that does not parse is an error naming its column.</summary>
internal static class CsvFields
{
    /// <summary>A 64-bit id, or null when empty (an error when <paramref name="required"/>).</summary>
    public static long? Id(this CsvRows rows, int column, bool required = false)
    {
        var value = rows[column].Trim();
        if (value.IsEmpty)
        {
            if (required) throw rows.Error(column, "the row has no " + rows.ColumnName(column));
            return null;
        }

        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            throw rows.Error(column, $"'{Shorten(value)}' is not a numeric id");
        }

        return id;
    }

    /// <summary>A timestamp in UTC, or null when empty (an error when <paramref name="required"/>).</summary>
    public static DateTimeOffset? Timestamp(this CsvRows rows, int column, bool required = false)
    {
        var value = rows[column].Trim();
        if (value.IsEmpty)
        {
            if (required) throw rows.Error(column, "the row has no " + rows.ColumnName(column));
            return null;
        }

        if (!Timestamps.TryParse(value, out var time))
        {
            throw rows.Error(column, $"'{Shorten(value)}' is not a timestamp in any known form (e.g. 2024-03-01T09:30:00Z, 2024-03-01 09:30:00 UTC, 2024/03/01 09:30:00 +0000)");
        }

        return time;
    }

    /// <summary>A true/false value; empty reads as false.</summary>
    public static bool Flag(this CsvRows rows, int column)
    {
        var value = rows[column].Trim();
        if (value.IsEmpty) return false;
        if (!YesNo.TryParse(value, out var flag)) throw rows.Error(column, $"'{Shorten(value)}' is neither true nor false");
        return flag;
    }

    /// <summary>The header name of a column, or "column N" when it is not in the header.</summary>
    public static string ColumnName(this CsvRows rows, int column) =>
        column >= 0 && column < rows.Header.Count ? rows.Header[column] : "column " + (column + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>A value short enough to quote in an error message.</summary>
    public static string Shorten(ReadOnlySpan<char> value) => value.Length <= 60 ? value.ToString() : string.Concat(value[..57], "...");
}
