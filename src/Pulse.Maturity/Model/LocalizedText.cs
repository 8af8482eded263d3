namespace Pulse.Maturity.Model;

/// <summary>
/// A text the study shows in Dutch and in English: item wording, option labels, names of
/// preconditions, constructs, indicators and stages. Both languages are required, because a wave
/// is fielded in either language and the report is written in both.
/// </summary>
/// <param name="Nl">Dutch text; not blank.</param>
/// <param name="En">English text; not blank.</param>
public sealed record LocalizedText(string Nl, string En)
{
    /// <summary>Dutch text.</summary>
    public string Nl { get; } = Guard.NotBlank(Nl, nameof(Nl));

    /// <summary>English text.</summary>
    public string En { get; } = Guard.NotBlank(En, nameof(En));

    /// <summary>The text in <paramref name="language"/> ("nl" or "en"; anything else gives English).</summary>
    public string In(string language) => string.Equals(language, "nl", StringComparison.OrdinalIgnoreCase) ? Nl : En;
}
