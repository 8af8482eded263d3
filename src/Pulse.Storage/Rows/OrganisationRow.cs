namespace Pulse.Storage.Rows;

/// <summary>A client organisation: the tenant. Its slug is its stable, human-typable key.</summary>
public sealed class OrganisationRow
{
    public long Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    /// <summary>Number of employees as the organisation states it, when known.</summary>
    public int? Employees { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>
    /// People of this organisation are stored under keyed pseudonyms (set by the first import with
    /// <c>--pseudonymise</c>); every later import of the organisation pseudonymises too.
    /// </summary>
    public bool Pseudonymised { get; set; }

    /// <summary>
    /// The organisation opted in to analysing private conversations and direct messages; without it
    /// (the default) they are stored as imported but left out of every figure and analysis.
    /// </summary>
    public bool IncludePrivate { get; set; }

    /// <summary>The organisation's sector ("gemeente", "zorg", …), for cuts and for naming it without its name.</summary>
    public string? Sector { get; set; }

    /// <summary>
    /// Recorded consent to appear by name in a published top 10 (default no: then it appears as
    /// "an organisation in SECTOR").
    /// </summary>
    public bool NamedConsent { get; set; }

    /// <summary>
    /// Raised each time the import rebuilds the organisation's aggregates (same transaction): whoever
    /// keeps figures in memory compares it to know they are stale.
    /// </summary>
    public long AggregatesRevision { get; set; }

    /// <summary>Raised by every directory import that changed something: departments, target group and managers come from it.</summary>
    public long DirectoryRevision { get; set; }

    /// <summary>
    /// Which definition of trend terms the organisation's <see cref="TermDayRow"/>s were counted with
    /// (<see cref="TermDays.Version"/>); 0 when they were never counted (messages imported before the
    /// table existed). A mismatch makes the next import or trends query recount every day.
    /// </summary>
    public int TermDaysVersion { get; set; }
}
