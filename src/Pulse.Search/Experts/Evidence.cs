using Pulse.Search.Indexing;

namespace Pulse.Search.Experts;

/// <summary>One message that matched an expert query, with what the expert model weighs.</summary>
/// <param name="MessageId">The message's qualified id.</param>
/// <param name="Author">Its qualified author.</param>
/// <param name="Thread">Its thread's qualified id.</param>
/// <param name="StarterAuthor">The qualified author of the thread's starter, where known.</param>
/// <param name="Relevance">Its BM25 score for the query.</param>
public sealed record Evidence(
    string MessageId, string Author, string Thread, string? StarterAuthor, DateTimeOffset CreatedAt, int Likes, MessageTraits Flags, float Relevance)
{
    public bool IsReply => Flags.HasFlag(MessageTraits.Reply);

    public bool IsAccepted => Flags.HasFlag(MessageTraits.Accepted);

    /// <summary>A reply in a thread someone else started (an unknown starter counts as someone else).</summary>
    public bool AnswersOthers => IsReply && !string.Equals(StarterAuthor, Author, StringComparison.Ordinal);
}

/// <summary>Which messages may serve as evidence.</summary>
/// <param name="Before">Only messages created before this time (evaluation "as of" a moment); null: all.</param>
/// <param name="ExcludedThreads">Qualified thread ids whose messages never count (the question being asked).</param>
public sealed record EvidenceFilter(DateTimeOffset? Before = null, IReadOnlyCollection<string>? ExcludedThreads = null)
{
    public static EvidenceFilter None { get; } = new();
}
