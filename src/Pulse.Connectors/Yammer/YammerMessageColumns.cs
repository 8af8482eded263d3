using System.Globalization;
using Pulse.Connectors.Csv;
using Pulse.Connectors.Text;
using Pulse.Monitoring.Model;

namespace Pulse.Connectors.Yammer;

/// <summary>
/// Where each field of Messages.csv sits in this file's header, and how a row becomes a
/// <see cref="Message"/>. Handles both the 2017 YETI layout and the newer superset
/// (parent_id, title, html_body, message_type, ...).
/// </summary>
internal sealed class YammerMessageColumns(CsvRows rows)
{
    private static readonly IReadOnlyList<string> NoTopics = [];

    private readonly int _id = rows.Require("id");
    private readonly int _threadId = rows.Require("thread_id");
    private readonly int _createdAt = rows.Require("created_at");
    private readonly int _body = rows.Require("body");
    private readonly int _repliedToId = rows.IndexOf("replied_to_id");
    private readonly int _parentId = rows.IndexOf("parent_id");
    private readonly int _groupId = rows.IndexOf("group_id");
    private readonly int _groupName = rows.IndexOf("group_name");
    private readonly int _inPrivateGroup = rows.IndexOf("in_private_group");
    private readonly int _inPrivateConversation = rows.IndexOf("in_private_conversation");
    private readonly int _senderId = rows.IndexOf("sender_id");
    private readonly int _senderType = rows.IndexOf("sender_type");
    private readonly int _messageType = rows.IndexOf("message_type");
    private readonly int _title = rows.IndexOf("title");
    private readonly int _htmlBody = rows.IndexOf("html_body");
    private readonly int _attachments = rows.IndexOf("attachments");
    private readonly int _deletedAt = rows.IndexOf("deleted_at");

    /// <summary>
    /// The current row as a message, plus a group to push first when the row names a group that
    /// Groups.csv did not (or names it private when Groups.csv did not), plus how many attachments
    /// the row refers to.
    /// </summary>
    public (Message Message, Group? NewGroup, int Attachments) Read(YammerReferences references)
    {
        var idValue = rows.Id(_id, required: true)!.Value;
        var id = idValue.ToString(CultureInfo.InvariantCulture);
        var repliedTo = rows.Id(_repliedToId) ?? rows.Id(_parentId);
        var threadValue = rows.Id(_threadId);
        if (threadValue is null && repliedTo is not null) throw rows.Error(_threadId, "a reply (replied_to_id is set) has no thread_id");
        var isStarter = threadValue is null || threadValue == idValue;
        var thread = isStarter ? id : threadValue!.Value.ToString(CultureInfo.InvariantCulture);
        string? parent = null;
        if (!isStarter) parent = repliedTo is { } p ? p.ToString(CultureInfo.InvariantCulture) : thread;

        var inPrivateConversation = rows.Flag(_inPrivateConversation);
        var inPrivateGroup = rows.Flag(_inPrivateGroup);
        var groupValue = rows.Id(_groupId);
        string? groupId = null;
        Group? newGroup = null;
        if (groupValue is { } g)
        {
            if (!references.Groups.TryGetValue(g, out var group))
            {
                var externalId = g.ToString(CultureInfo.InvariantCulture);
                newGroup = group = new Group(externalId, rows.Text(_groupName) ?? externalId, null, inPrivateGroup, null);
                references.Groups[g] = group;
            }
            else if (inPrivateGroup && !group.IsPrivate)
            {
                newGroup = group = group with { IsPrivate = true };
                references.Groups[g] = group;
            }

            groupId = group.ExternalId;
        }

        string? author = null;
        if (rows.Id(_senderId) is { } sender)
        {
            author = references.Users.TryGetValue(sender, out var user) ? user.Id : sender.ToString(CultureInfo.InvariantCulture);
        }

        List<string>? topics = null;
        var body = references.Resolve(Body(), ref topics);
        var message = new Message(
            id,
            thread,
            parent,
            groupId,
            author,
            rows.Timestamp(_createdAt, required: true)!.Value,
            EditedAt: null,
            rows.Timestamp(_deletedAt),
            IsPrivate: inPrivateConversation || groupId is null,
            Kind(),
            body,
            Likes: 0,
            IsAccepted: false,
            topics ?? NoTopics);
        return (message, newGroup, CountAttachments(rows[_attachments]));
    }

    private string Body()
    {
        var body = rows.Text(_body) ?? HtmlText.ToPlainText(rows.Text(_htmlBody));
        var title = rows[_title].Trim();
        return title.IsEmpty ? body : string.Concat(title, "\n\n", body);
    }

    private MessageKind Kind()
    {
        if (rows[_messageType].Trim().Equals("system", StringComparison.OrdinalIgnoreCase)) return MessageKind.System;
        var senderType = rows[_senderType].Trim();
        return senderType.IsEmpty || senderType.Equals("user", StringComparison.OrdinalIgnoreCase) ? MessageKind.Post : MessageKind.Bot;
    }

    /// <summary>
    /// References to uploaded files and pages (<c>uploadedfile:ID</c>, <c>page:ID</c>); link
    /// previews (<c>opengraphobject:</c>) are part of the text, not attachments.
    /// </summary>
    private static int CountAttachments(ReadOnlySpan<char> attachments)
    {
        if (attachments.IsEmpty) return 0;
        return Occurrences(attachments, "uploadedfile:") + Occurrences(attachments, "page:");
    }

    private static int Occurrences(ReadOnlySpan<char> text, string what)
    {
        var count = 0;
        int at;
        while ((at = text.IndexOf(what, StringComparison.Ordinal)) >= 0)
        {
            count++;
            text = text[(at + what.Length)..];
        }

        return count;
    }
}
