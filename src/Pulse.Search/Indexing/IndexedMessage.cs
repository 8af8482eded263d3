using Pulse.Monitoring.Model;
using Pulse.Search.Analysis;

namespace Pulse.Search.Indexing;

/// <summary>A message as the index receives it.</summary>
/// <param name="Id">The qualified id that identifies the message within its organisation (the key of
/// add, update and delete; the storage's (source, external id) pair written as one string).</param>
/// <param name="Message">The message itself. Its <see cref="Message.AuthorExternalId"/> is what themes count
/// as contributors, so give it qualified like the id.</param>
/// <param name="Language">Its detected language; <see cref="TextLanguage.Unknown"/> indexes both stems.</param>
/// <param name="AuthorIsBot">The author's account is flagged as a bot (<see cref="Account.IsBot"/>): such
/// messages do not count, like <see cref="MessageKind.Bot"/> ones.</param>
/// <param name="Sentiment">Its sentiment score in [-1, 1], kept for theme figures; null scores the body
/// here with the default analyzer (what the import stores).</param>
/// <param name="StarterAuthor">The qualified author of the thread's starter, where known (experts weigh answers in
/// threads started by others); null for a starter (its own author) or when unknown.</param>
/// <param name="PrivateConversation">Part of a private conversation, indexed only because the organisation opted in
/// to count them (then <see cref="Message.IsPrivate"/> is false here): such messages count for participation and
/// themes, never as evidence of expertise.</param>
public sealed record IndexedMessage(
    string Id, Message Message, TextLanguage Language = TextLanguage.Unknown, bool AuthorIsBot = false, double? Sentiment = null,
    string? StarterAuthor = null, bool PrivateConversation = false)
{
    /// <summary>The rule of participation (Participation.cs, "What counts as a message"): a post, not
    /// deleted, not private, not by a bot. Only these are kept in the index.</summary>
    public bool Counts =>
        Message.Kind == MessageKind.Post && !Message.IsDeleted && !Message.IsPrivate && !AuthorIsBot;
}
