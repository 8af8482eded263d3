namespace Pulse.Storage.Rows;

/// <summary>
/// How many of an organisation's countable posts of one UTC day contain one trend term (a word, a
/// two-word phrase, a hashtag or topic: <see cref="Pulse.Monitoring.Trends.TermTally"/>), kept apart
/// for private conversations so that the organisation's opt-in applies at once, without a recount.
/// Derived data: the import recounts every day it touches, in its own transaction, from the stored
/// messages; names of people are in here as the bodies have them and are left out when trends are
/// read, since who counts as a person changes with the directory.
/// </summary>
public sealed class TermDayRow : ITenantOwned
{
    public long OrganisationId { get; set; }

    public DateOnly Day { get; set; }

    public required string Term { get; set; }

    /// <summary>Counts messages in private conversations (only read when the organisation opted in).</summary>
    public bool IsPrivate { get; set; }

    /// <summary>Countable posts of the day that contain the term: not deleted, not by a bot, kind post.</summary>
    public int Messages { get; set; }
}
