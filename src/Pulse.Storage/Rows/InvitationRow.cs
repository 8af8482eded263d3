namespace Pulse.Storage.Rows;

/// <summary>
/// A personal link to the questionnaire of one wave for one organisation's respondent. Only the
/// SHA-256 hash of the link's token is kept: a copy of the database opens no questionnaire.
/// Keyed tenant first (organisation, wave, number); the number makes the respondent id of the
/// submitted response ("invitation-3").
/// </summary>
public sealed class InvitationRow : ITenantOwned
{
    public long OrganisationId { get; set; }

    public long WaveId { get; set; }

    /// <summary>1, 2, … within the organisation and wave.</summary>
    public int Number { get; set; }

    /// <summary>Lower-case hex SHA-256 of the token; unique.</summary>
    public required string TokenHash { get; set; }

    /// <summary>The draft answers (the stored answers' JSON array), null until the first page is saved.</summary>
    public string? Answers { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When the first page was saved; merely opening the link does not count (mail scanners open links too).</summary>
    public DateTime? StartedAt { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public DateTime? SubmittedAt { get; set; }
}
