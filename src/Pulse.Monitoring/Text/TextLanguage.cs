namespace Pulse.Monitoring.Text;

/// <summary>The languages Pulse analyses; everything else is <see cref="Other"/>.</summary>
public enum TextLanguage
{
    Dutch,
    English,
    Other,
}

/// <summary>The short codes used on the command line and in JSON ("nl", "en", "other").</summary>
public static class TextLanguageCodes
{
    public static string Code(this TextLanguage language) => language switch
    {
        TextLanguage.Dutch => "nl",
        TextLanguage.English => "en",
        _ => "other",
    };

    /// <summary>Reads "nl", "en" or "other" (any case); anything else is refused.</summary>
    public static TextLanguage Parse(string code) => code?.ToUpperInvariant() switch
    {
        "NL" => TextLanguage.Dutch,
        "EN" => TextLanguage.English,
        "OTHER" => TextLanguage.Other,
        _ => throw new ArgumentException($"unknown language '{code}': use nl, en or other", nameof(code)),
    };
}
