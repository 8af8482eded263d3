using System.Globalization;
using System.Text.Json;
using Pulse.Connectors.Checks;
using Pulse.Connectors.Text;
using Pulse.Monitoring.Import;
using Pulse.Monitoring.Model;

namespace Pulse.Connectors.Yammer;

/// <summary>
/// Reads the JSON of the Yammer / Viva Engage REST API v1 (formats.md §2): the envelope of
/// <c>/api/v1/messages.json</c> (<c>messages</c>, <c>references</c>, <c>meta</c>) or a single message
/// (<c>/api/v1/messages/{id}.json</c>). Messages map as the export's rows do (YammerMessageColumns):
/// <c>message_type</c> <c>system</c> (or <c>system_message</c>) is a system event and never counts,
/// a sender that is not a user is a bot, a message outside any group or a direct message is private.
/// </summary>
public static class YammerApiReader
{
    private static readonly FieldNames Names = new(new Dictionary<string, string>
    {
        ["account.id"] = "id", ["account.name"] = "full_name", ["account.email"] = "email", ["account.department"] = "department",
        ["account.jobTitle"] = "job_title", ["account.location"] = "location", ["account.joined"] = "activated_at",
        ["group.id"] = "id", ["group.name"] = "full_name", ["group.description"] = "description", ["group.created"] = "created_at",
        ["topic.id"] = "id", ["topic.name"] = "name",
        ["message.id"] = "id", ["message.thread"] = "thread_id", ["message.parent"] = "replied_to_id", ["message.group"] = "group_id",
        ["message.author"] = "sender_id", ["message.created"] = "created_at", ["message.body"] = "body",
    });

    /// <summary>Reads one response; <paramref name="name"/> names it in errors (e.g. the URL asked).</summary>
    public static YammerApiPage Read(ReadOnlySpan<byte> json, string name, ConnectorOptions? options = null)
    {
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException e)
        {
            throw new ImportException(name, e.LineNumber + 1, null, $"not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new ImportException(name, null, null, "not a Yammer API response: expected a JSON object");
            var checks = new ItemChecks(options ?? ConnectorOptions.Default);
            var page = new PageBuilder(name, checks);
            page.ReadReferences(root);
            if (root.TryGetProperty("messages", out var messages))
            {
                if (messages.ValueKind != JsonValueKind.Array) throw new ImportException(name, null, "messages", "expected an array");
                var index = 0;
                foreach (var message in messages.EnumerateArray()) page.ReadMessage(message, $"messages[{index++}].");
            }
            else if (root.TryGetProperty("id", out _) && root.TryGetProperty("created_at", out _))
            {
                page.ReadMessage(root, "");
            }
            else
            {
                throw new ImportException(name, null, null, "not a Yammer API response: it has neither messages nor a message id");
            }

            var olderAvailable = root.TryGetProperty("meta", out var meta) && meta.ValueKind == JsonValueKind.Object
                && meta.TryGetProperty("older_available", out var older) && older.ValueKind == JsonValueKind.True;
            return page.Build(olderAvailable);
        }
    }

    /// <summary>Collects one response's items; references first, so that messages can name people and groups.</summary>
    private sealed class PageBuilder(string name, ItemChecks checks)
    {
        private readonly YammerReferences references = new();
        private readonly List<Account> accounts = [];
        private readonly List<Group> groups = [];
        private readonly List<Topic> topics = [];
        private readonly List<Message> messages = [];
        private readonly Dictionary<long, List<string>> threadTopics = [];
        private long? newest;
        private long? oldest;
        private int attachments;

        public YammerApiPage Build(bool olderAvailable) => new(accounts, groups, topics, messages, olderAvailable, newest, oldest, attachments);

        public void ReadReferences(JsonElement root)
        {
            if (!root.TryGetProperty("references", out var list) || list.ValueKind != JsonValueKind.Array) return;
            var index = 0;
            var threads = new List<(long Id, JsonElement Topics)>();
            foreach (var reference in list.EnumerateArray())
            {
                var at = $"references[{index++}].";
                if (reference.ValueKind != JsonValueKind.Object) continue;
                var type = Text(reference, "type");
                if (type is not ("user" or "bot" or "group" or "topic" or "thread")) continue;
                var id = Id(reference, "id", at) ?? throw new ImportException(name, null, at + "id", $"a {type} reference has no id");
                var externalId = id.ToString(CultureInfo.InvariantCulture);
                switch (type)
                {
                    case "user" or "bot":
                        var account = new Account(
                            externalId,
                            Text(reference, "full_name") ?? Text(reference, "name"),
                            Text(reference, "email") ?? PrimaryEmail(reference),
                            Text(reference, "department"),
                            Text(reference, "job_title"),
                            Text(reference, "location"),
                            YammerExportReader.AccountStateOf((Text(reference, "state") ?? "active").AsSpan(), Time(reference, "activated_at", at), null, null),
                            IsBot: type == "bot",
                            Time(reference, "activated_at", at));
                        references.Users[id] = (externalId, account.Name);
                        accounts.Add(checks.Account(account, name, null, Names.Under(at)));
                        break;
                    case "group":
                        var group = new Group(
                            externalId,
                            Text(reference, "full_name") ?? Text(reference, "name") ?? externalId,
                            Text(reference, "description"),
                            string.Equals(Text(reference, "privacy"), "private", StringComparison.OrdinalIgnoreCase),
                            Time(reference, "created_at", at));
                        references.Groups[id] = group;
                        groups.Add(checks.Group(group, name, null, Names.Under(at)));
                        break;
                    case "topic":
                        var topic = new Topic(externalId, Text(reference, "name") ?? externalId);
                        references.Topics[id] = topic.Name;
                        topics.Add(ItemChecks.Topic(topic, name, null, Names.Under(at)));
                        break;
                    case "thread" when reference.TryGetProperty("topics", out var threadTopicList) && threadTopicList.ValueKind == JsonValueKind.Array:
                        threads.Add((id, threadTopicList));
                        break;
                }
            }

            // Topics sit on threads in the API; resolved once every topic reference is known, whatever the order.
            foreach (var (id, list2) in threads)
            {
                var names = new List<string>();
                foreach (var topic in list2.EnumerateArray())
                {
                    if (topic.ValueKind == JsonValueKind.Object && Id(topic, "id", "") is { } topicId && references.Topics.TryGetValue(topicId, out var topicName)) names.Add(topicName);
                }

                if (names.Count > 0) threadTopics[id] = names;
            }
        }

        public void ReadMessage(JsonElement message, string at)
        {
            if (message.ValueKind != JsonValueKind.Object) throw new ImportException(name, null, at.TrimEnd('.'), "a message is not a JSON object");
            var idValue = Id(message, "id", at) ?? throw new ImportException(name, null, at + "id", "a message has no id");
            var id = idValue.ToString(CultureInfo.InvariantCulture);
            var threadValue = Id(message, "thread_id", at);
            var repliedTo = Id(message, "replied_to_id", at);
            if (threadValue is null && repliedTo is not null) throw new ImportException(name, null, at + "thread_id", "a reply (replied_to_id is set) has no thread_id");
            var isStarter = threadValue is null || threadValue == idValue;
            var thread = isStarter ? id : threadValue!.Value.ToString(CultureInfo.InvariantCulture);
            string? parent = isStarter ? null : (repliedTo ?? threadValue!.Value).ToString(CultureInfo.InvariantCulture);

            string? groupId = null;
            if (Id(message, "group_id", at) is { } g)
            {
                if (!references.Groups.TryGetValue(g, out var group))
                {
                    var externalId = g.ToString(CultureInfo.InvariantCulture);
                    group = new Group(externalId, externalId, null, IsPrivate: false, null);
                    references.Groups[g] = group;
                    groups.Add(group);
                }

                groupId = group.ExternalId;
            }

            string? author = null;
            if (Id(message, "sender_id", at) is { } sender)
            {
                author = references.Users.TryGetValue(sender, out var user) ? user.Id : sender.ToString(CultureInfo.InvariantCulture);
            }

            List<string>? messageTopics = isStarter && threadTopics.TryGetValue(idValue, out var onThread) ? [.. onThread] : null;
            var body = references.Resolve(Body(message), ref messageTopics);
            var created = Time(message, "created_at", at) ?? throw new ImportException(name, null, at + "created_at", "a message has no created_at");
            var result = new Message(
                id,
                thread,
                parent,
                groupId,
                author,
                created,
                EditedAt: null,
                DeletedAt: null,
                IsPrivate: Flag(message, "direct_message") || groupId is null,
                Kind(message),
                body,
                LikeCount(message),
                IsAccepted: false,
                messageTopics ?? []);
            messages.Add(checks.Message(result, name, null, Names.Under(at)));
            if (message.TryGetProperty("attachments", out var files) && files.ValueKind == JsonValueKind.Array) attachments += files.GetArrayLength();
            newest = newest is { } n && n >= idValue ? n : idValue;
            oldest = oldest is { } o && o <= idValue ? o : idValue;
        }

        /// <summary><c>parsed</c> keeps references as <c>[[user:ID]]</c>, which resolve to names; <c>plain</c> and <c>rich</c> are the fallbacks.</summary>
        private static string Body(JsonElement message)
        {
            if (!message.TryGetProperty("body", out var body) || body.ValueKind != JsonValueKind.Object) return "";
            return Text(body, "parsed") ?? Text(body, "plain") ?? HtmlText.ToPlainText(Text(body, "rich"));
        }

        private static MessageKind Kind(JsonElement message)
        {
            if (string.Equals(Text(message, "message_type"), "system", StringComparison.OrdinalIgnoreCase) || Flag(message, "system_message")) return MessageKind.System;
            var senderType = Text(message, "sender_type");
            return senderType is null || senderType.Equals("user", StringComparison.OrdinalIgnoreCase) ? MessageKind.Post : MessageKind.Bot;
        }

        private static int LikeCount(JsonElement message) =>
            message.TryGetProperty("liked_by", out var liked) && liked.ValueKind == JsonValueKind.Object
            && liked.TryGetProperty("count", out var count) && count.TryGetInt32(out var likes) ? Math.Max(0, likes) : 0;

        private static string? PrimaryEmail(JsonElement user)
        {
            if (!user.TryGetProperty("contact", out var contact) || contact.ValueKind != JsonValueKind.Object
                || !contact.TryGetProperty("email_addresses", out var addresses) || addresses.ValueKind != JsonValueKind.Array) return null;
            string? first = null;
            foreach (var address in addresses.EnumerateArray())
            {
                if (address.ValueKind != JsonValueKind.Object) continue;
                var value = Text(address, "address");
                if (string.Equals(Text(address, "type"), "primary", StringComparison.OrdinalIgnoreCase)) return value;
                first ??= value;
            }

            return first;
        }

        /// <summary>Ids are numbers in the API, but strings in some clients' copies: both are read.</summary>
        private long? Id(JsonElement item, string property, string at)
        {
            if (!item.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null) return null;
            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) && number > 0) return number;
            if (value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0) return parsed;
            throw new ImportException(name, null, at + property, $"not an id: {value.GetRawText()}");
        }

        private DateTimeOffset? Time(JsonElement item, string property, string at)
        {
            var text = Text(item, property);
            if (text is null) return null;
            return Timestamps.TryParse(text, out var value) ? value : throw new ImportException(name, null, at + property, $"not a time: '{text}'");
        }

        private static string? Text(JsonElement item, string property) =>
            item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

        private static bool Flag(JsonElement item, string property) =>
            item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.True;
    }
}
