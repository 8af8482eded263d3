namespace Pulse.Maturity.Survey;

/// <summary>
/// Where the organisation's slug comes from: a column of the export (e.g. a hidden question or a
/// URL parameter), recoded if the export holds names rather than slugs; or one fixed slug for an
/// export of one organisation's employee survey.
/// </summary>
/// <param name="Column">The export's column, or null when <paramref name="Fixed"/> is given.</param>
/// <param name="Fixed">The slug of every row, or null when read from <paramref name="Column"/>.</param>
/// <param name="Recode">Export value → slug, matched ignoring case; values without an entry pass through.</param>
public sealed record MappedOrganisation(string? Column, string? Fixed, IReadOnlyDictionary<string, string> Recode)
{
    /// <summary>The export's column, or null.</summary>
    public string? Column { get; } = (Column is null) == (Fixed is null)
        ? throw new ArgumentException("The organisation needs either a column or a fixed slug, not both or neither.", nameof(Column))
        : Column;

    /// <summary>The recoding, matched ignoring case.</summary>
    public IReadOnlyDictionary<string, string> Recode { get; } = new Dictionary<string, string>(Recode ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
}
