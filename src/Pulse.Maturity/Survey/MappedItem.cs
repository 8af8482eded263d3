namespace Pulse.Maturity.Survey;

/// <summary>
/// Where one item's answer comes from in an export. Either one <see cref="Column"/> (whose value
/// is recoded, and for a multiple-choice item possibly split on <see cref="Separator"/>), or
/// <see cref="OptionColumns"/>: one column per option of a multiple-choice item.
/// </summary>
/// <param name="ItemId">The model item this gives.</param>
/// <param name="Column">The export's column, or null when <see cref="OptionColumns"/> are used.</param>
/// <param name="Recode">
/// Export value → answer-file value (keys matched ignoring case and surrounding spaces), e.g.
/// LimeSurvey A1 → 1, Y → yes, Qualtrics "Strongly agree" → 5. Values without an entry pass
/// through unchanged and are then checked like any answer, so a forgotten code is reported, not
/// dropped. Map a code to "" (or "dk") for "don't know".
/// </param>
/// <param name="Separator">For a multiple-choice item in one column: what separates the chosen values (Qualtrics: ",").</param>
/// <param name="OptionColumns">For a multiple-choice item split over columns: one column per option.</param>
public sealed record MappedItem(
    string ItemId,
    string? Column,
    IReadOnlyDictionary<string, string> Recode,
    string? Separator,
    IReadOnlyList<OptionColumn> OptionColumns)
{
    /// <summary>The item's id.</summary>
    public string ItemId { get; } = string.IsNullOrWhiteSpace(ItemId) ? throw new ArgumentException("An item id is required.", nameof(ItemId)) : ItemId;

    /// <summary>The recoding, matched ignoring case.</summary>
    public IReadOnlyDictionary<string, string> Recode { get; } = new Dictionary<string, string>(Recode ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The option columns; empty when <see cref="Column"/> is used.</summary>
    public IReadOnlyList<OptionColumn> OptionColumns { get; } = (Column is null) == ((OptionColumns?.Count ?? 0) == 0)
        ? throw new ArgumentException($"Item '{ItemId}' needs either one column or option columns, not both or neither.", nameof(OptionColumns))
        : [.. OptionColumns ?? []];

    /// <summary>The export columns this item reads.</summary>
    public IEnumerable<string> SourceColumns => Column is not null ? [Column] : OptionColumns.Select(o => o.Column);

    /// <summary>How error messages name the column: the item and where it came from.</summary>
    public string Describe() => $"{ItemId} (from {string.Join(", ", SourceColumns)})";
}
