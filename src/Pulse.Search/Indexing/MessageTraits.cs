namespace Pulse.Search.Indexing;

/// <summary>What expert finding needs to know of a message beyond its text, kept as one doc value.</summary>
[Flags]
public enum MessageTraits
{
    None = 0,
    /// <summary>A reply: not the starter of its thread.</summary>
    Reply = 1,
    /// <summary>Marked as the accepted (best) answer.</summary>
    Accepted = 2,
    /// <summary>Part of a private conversation, indexed with the organisation's opt-in: never evidence of expertise.</summary>
    Private = 4,
}
