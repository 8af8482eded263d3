using System.Globalization;

namespace Pulse.Cli.Output;

/// <summary>How numbers look in tables: invariant, with thousands separators, a dash for unknown.</summary>
public static class Formats
{
    public static string Number(long? value) => value is null ? "–" : value.Value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Fixed(double? value, int digits = 1) =>
        value is null ? "–" : value.Value.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string Percent(double? fraction, int digits = 1) =>
        fraction is null ? "–" : (fraction.Value * 100).ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + " %";
}
