using Pulse.Monitoring.Model;
using Pulse.Search.Analysis;
using Pulse.Search.Indexing;

namespace Pulse.Search.Tests.Support;

/// <summary>Messages for tests: a public post unless told otherwise.</summary>
internal static class Messages
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public static IndexedMessage Post(
        string id,
        string body,
        DateTimeOffset? created = null,
        TextLanguage language = TextLanguage.Unknown,
        bool isPrivate = false,
        bool deleted = false,
        MessageKind kind = MessageKind.Post,
        bool authorIsBot = false,
        string? author = "alice",
        string? group = "general")
    {
        var at = created ?? Start;
        var message = new Message(
            ExternalId: id,
            ThreadExternalId: id,
            ParentExternalId: null,
            GroupExternalId: group,
            AuthorExternalId: author,
            CreatedAt: at,
            EditedAt: null,
            DeletedAt: deleted ? at.AddHours(1) : null,
            IsPrivate: isPrivate,
            Kind: kind,
            Body: body,
            Likes: 0,
            IsAccepted: false,
            Topics: []);
        return new IndexedMessage("yammer:" + id, message, language, authorIsBot);
    }
}
