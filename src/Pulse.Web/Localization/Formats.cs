using System.Globalization;

namespace Pulse.Web.Localization;

/// <summary>Number and date formats per interface language (Dutch: 1.234,5; English: 1,234.5).</summary>
public static class Formats
{
    private static readonly CultureInfo DutchCulture = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-GB");

    public static CultureInfo Culture(string language) => language == UiLanguage.English ? EnglishCulture : DutchCulture;

    /// <summary>A count with thousands separators; a dash when unknown.</summary>
    public static string Number(long? value, string language) => value is null ? "–" : value.Value.ToString("N0", Culture(language));

    /// <summary>A number with a fixed count of decimals; a dash when unknown.</summary>
    public static string Fixed(double? value, int digits, string language) =>
        value is null ? "–" : value.Value.ToString("N" + digits.ToString(CultureInfo.InvariantCulture), Culture(language));

    /// <summary>A fraction as a percentage with one decimal ("41,5 %"); a dash when unknown.</summary>
    public static string Percent(double? fraction, string language) =>
        fraction is null ? "–" : (fraction.Value * 100).ToString("N1", Culture(language)) + " %";
}
