using System.Globalization;

namespace Pulse.Web.Localization;

/// <summary>Number and date formats per interface language (Dutch: 1.234,5; English: 1,234.5).</summary>
public static class Formats
{
    private static readonly CultureInfo DutchCulture = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-GB");

    public static CultureInfo Culture(string language) => language == UiLanguage.English ? EnglishCulture : DutchCulture;
}
