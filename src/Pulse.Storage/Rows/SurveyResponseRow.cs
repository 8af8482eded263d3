namespace Pulse.Storage.Rows;

/// <summary>
/// One respondent's answers in one wave. Answers are kept as one JSON object (item id → canonical
/// value) rather than a row per answer: a wave of 100,000 respondents would otherwise be millions of
/// rows, and answers are only ever read whole, to be scored (docs/adr/0002-storage.md).
/// </summary>
public sealed class SurveyResponseRow : ITenantOwned
{
    public long Id { get; set; }

    public long WaveId { get; set; }

    public long OrganisationId { get; set; }

    public required string Respondent { get; set; }

    public required string Answers { get; set; }
}
