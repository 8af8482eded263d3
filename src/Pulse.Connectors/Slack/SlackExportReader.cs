using System.Globalization;
using Pulse.Connectors.Archives;
using Pulse.Connectors.Checks;
using Pulse.Connectors.Json;
using Pulse.Monitoring.Import;
using Pulse.Monitoring.Model;

namespace Pulse.Connectors.Slack;

/// <summary>
/// Reads a Slack workspace export (a zip or its unpacked folder): users.json (or org_users.json),
/// channels.json, groups.json (private channels), dms.json and mpims.json (direct messages, whose
/// messages are private), and one JSON file per channel and day, <c>&lt;folder&gt;/YYYY-MM-DD.json</c>.
/// Message ids are <c>{channelId}:{ts}</c>, since a ts is unique within its channel only. See
/// docs/connectors.md for every mapping rule.
/// </summary>
/// <param name="options">Text encoding and clock; <see cref="ConnectorOptions.Default"/> when null.</param>
public sealed class SlackExportReader(ConnectorOptions? options = null) : IConnector
{
    internal static readonly FieldNames Names = new(new Dictionary<string, string>
    {
        ["account.id"] = "id", ["account.name"] = "real_name", ["account.email"] = "profile.email", ["account.jobTitle"] = "profile.title",
        ["group.id"] = "id", ["group.name"] = "name", ["group.description"] = "purpose.value", ["group.created"] = "created",
        ["message.id"] = "ts", ["message.thread"] = "thread_ts", ["message.parent"] = "thread_ts", ["message.author"] = "user",
        ["message.created"] = "ts", ["message.edited"] = "edited.ts", ["message.deleted"] = "ts", ["message.body"] = "text",
    });

    /// <summary>A bot known only from its messages.</summary>
    private static readonly FieldNames BotNames = new(new Dictionary<string, string> { ["account.id"] = "bot_id", ["account.name"] = "username" });

    private readonly ConnectorOptions _options = options ?? ConnectorOptions.Default;

    /// <summary>Subtypes written by a person: they count as messages.</summary>
    private static readonly HashSet<string> PersonSubtypes = new(StringComparer.Ordinal)
    {
        "thread_broadcast", "reply_broadcast", "file_share", "file_comment", "file_mention", "me_message", "tombstone",
    };

    private static readonly HashSet<string> BotSubtypes = new(StringComparer.Ordinal) { "bot_message", "slackbot_response" };

    public string Source => Monitoring.Model.Source.Slack;

    public async Task ReadAsync(string path, IImportSink sink, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        using var export = ExportSource.Open(path, "a Slack export", _options.Encoding);
        var checks = new ItemChecks(_options);
        var ticker = new ProgressTicker(progress);
        var anchor = export.Find("channels.json") ?? export.Find("users.json") ?? export.Find("org_users.json")
            ?? throw new ImportException(export.Name, null, null, "not a Slack export: there is no channels.json or users.json");
        var root = anchor.Folder;
        var workspace = new SlackWorkspace();

        var users = Entry(export, root, "users.json") ?? Entry(export, root, "org_users.json");
        if (users is not null) await ReadUsersAsync(export.Open(users), sink, workspace, checks, ticker, cancellationToken);
        await ReadConversationsAsync(export, Entry(export, root, "channels.json"), sink, workspace, checks, ticker, SlackConversationKind.PublicChannel, cancellationToken);
        await ReadConversationsAsync(export, Entry(export, root, "groups.json"), sink, workspace, checks, ticker, SlackConversationKind.PrivateChannel, cancellationToken);
        await ReadConversationsAsync(export, Entry(export, root, "dms.json"), sink, workspace, checks, ticker, SlackConversationKind.DirectMessage, cancellationToken);
        await ReadConversationsAsync(export, Entry(export, root, "mpims.json"), sink, workspace, checks, ticker, SlackConversationKind.DirectMessage, cancellationToken);

        foreach (var entry in export.Entries)
        {
            if (!IsDayFile(entry, root, out var folder)) continue;
            if (!workspace.Folders.TryGetValue(folder, out var conversation))
            {
                throw new ImportException(export.Label(entry), null, null, $"the folder '{folder}' is not listed in channels.json, groups.json, dms.json or mpims.json, so whether its messages are private is unknown");
            }

            await ReadDayAsync(export.Open(entry), conversation, sink, workspace, checks, ticker, cancellationToken);
        }
    }

    private static ExportEntry? Entry(ExportSource export, string root, string name) =>
        export.Entries.FirstOrDefault(e => string.Equals(e.Path, root + name, StringComparison.OrdinalIgnoreCase));

    /// <summary>A file <c>&lt;folder&gt;/YYYY-MM-DD.json</c> directly under the export's root.</summary>
    private static bool IsDayFile(ExportEntry entry, string root, out string folder)
    {
        folder = string.Empty;
        if (!entry.Path.StartsWith(root, StringComparison.Ordinal)) return false;
        var relative = entry.Path.AsSpan(root.Length);
        var slash = relative.IndexOf('/');
        if (slash <= 0 || relative[(slash + 1)..].Contains('/')) return false;
        var file = relative[(slash + 1)..];
        if (file.Length != 15 || !file.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return false;
        if (!DateOnly.TryParseExact(file[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) return false;
        folder = relative[..slash].ToString();
        return true;
    }

    private static async Task ReadUsersAsync(CountingStream stream, IImportSink sink, SlackWorkspace workspace, ItemChecks checks, ProgressTicker ticker, CancellationToken cancellationToken)
    {
        using (stream)
        {
            await foreach (var item in JsonArrayReader.ReadAsync(stream, cancellationToken))
            {
                var user = JsonArrayReader.Deserialize<SlackUser>(item, stream.Label, SlackJson.Options);
                if (string.IsNullOrEmpty(user.Id)) throw new ImportException(stream.Label, item.Line, "id", "the user has no id");
                var name = FirstNonEmpty(user.RealName, user.Profile?.RealName, user.Profile?.DisplayName, user.Name);
                workspace.People[user.Id] = name;
                var account = new Account(
                    user.Id,
                    name,
                    NullIfEmpty(user.Profile?.Email),
                    Department: null,
                    NullIfEmpty(user.Profile?.Title),
                    Location: null,
                    user.Deleted ? AccountState.Deleted : AccountState.Active,
                    user.IsBot || user.IsAppUser || user.Id == "USLACKBOT",
                    JoinedAt: null);
                await sink.AddAccountAsync(checks.Account(account, stream.Label, item.Line, Names), cancellationToken);
                ticker.Item(stream);
            }

            ticker.Report(stream);
        }
    }

    private static async Task ReadConversationsAsync(ExportSource export, ExportEntry? entry, IImportSink sink, SlackWorkspace workspace, ItemChecks checks, ProgressTicker ticker, SlackConversationKind kind, CancellationToken cancellationToken)
    {
        if (entry is null) return;
        using var stream = export.Open(entry);
        await foreach (var item in JsonArrayReader.ReadAsync(stream, cancellationToken))
        {
            var conversation = JsonArrayReader.Deserialize<SlackConversation>(item, stream.Label, SlackJson.Options);
            if (string.IsNullOrEmpty(conversation.Id)) throw new ImportException(stream.Label, item.Line, "id", "the conversation has no id");
            var isChannel = kind != SlackConversationKind.DirectMessage;

            // Channel folders are named after the channel, DM folders after the DM's id, group-DM folders after their name.
            var folder = conversation.Name is { Length: > 0 } name ? name : conversation.Id;
            workspace.Folders[folder] = new SlackFolder(conversation.Id, isChannel ? conversation.Id : null, IsPrivateConversation: !isChannel);
            if (!isChannel) continue;

            workspace.Channels[conversation.Id] = folder;
            var created = conversation.Created is > 0 and var seconds ? Time(seconds.ToString(CultureInfo.InvariantCulture), stream.Label, item.Line, "created") : (DateTimeOffset?)null;
            var description = NullIfEmpty(conversation.Purpose?.Value) ?? NullIfEmpty(conversation.Topic?.Value);
            await sink.AddGroupAsync(checks.Group(new Group(conversation.Id, folder, description, kind == SlackConversationKind.PrivateChannel, created), stream.Label, item.Line, Names), cancellationToken);
            ticker.Item(stream);
        }

        ticker.Report(stream);
    }

    private static async Task ReadDayAsync(CountingStream stream, SlackFolder folder, IImportSink sink, SlackWorkspace workspace, ItemChecks checks, ProgressTicker ticker, CancellationToken cancellationToken)
    {
        using (stream)
        {
            await foreach (var item in JsonArrayReader.ReadAsync(stream, cancellationToken))
            {
                var message = JsonArrayReader.Deserialize<SlackMessage>(item, stream.Label, SlackJson.Options);
                if (message.Type is { } type && type != "message")
                {
                    sink.Skip("slack item", $"items of type '{type}' are not messages");
                    continue;
                }

                var mapped = Map(message, folder, workspace, stream.Label, item.Line);
                if (mapped.Kind == MessageKind.Bot && mapped.AuthorExternalId is { } bot && workspace.People.TryAdd(bot, message.Username ?? message.BotProfile?.Name))
                {
                    // Bots are not in users.json; their messages should still point at an account.
                    await sink.AddAccountAsync(checks.Account(new Account(bot, message.Username ?? message.BotProfile?.Name, null, null, null, null, AccountState.Active, IsBot: true, null), stream.Label, item.Line, BotNames), cancellationToken);
                }

                await sink.AddMessageAsync(checks.Message(mapped, stream.Label, item.Line, Names), cancellationToken);
                var files = (message.Files?.Count ?? 0) + (message.File is null ? 0 : 1);
                for (var i = 0; i < files; i++) sink.Skip("attachment", "Slack files are not imported");
                ticker.Item(stream);
            }

            ticker.Report(stream);
        }
    }

    /// <summary>One Slack message in Pulse's terms; the live events (SlackEvents.cs) map through here too.</summary>
    internal static Message Map(SlackMessage message, SlackFolder folder, SlackWorkspace workspace, string file, long line)
    {
        if (string.IsNullOrEmpty(message.Ts)) throw new ImportException(file, line, "ts", "the message has no ts");
        var created = Time(message.Ts, file, line, "ts");
        var id = folder.ConversationId + ":" + message.Ts;
        var isStarter = string.IsNullOrEmpty(message.ThreadTs) || message.ThreadTs == message.Ts;
        if (!isStarter) Time(message.ThreadTs!, file, line, "thread_ts");
        var thread = isStarter ? id : folder.ConversationId + ":" + message.ThreadTs;
        var subtype = message.Subtype;
        var kind = KindOf(message);
        var deleted = subtype == "tombstone";
        var author = deleted ? null : NullIfEmpty(message.User) ?? NullIfEmpty(message.Comment?.User) ?? NullIfEmpty(message.BotId);
        var body = deleted
            ? string.Empty
            : SlackMarkup.ToPlainText(message.Text, person => workspace.People.GetValueOrDefault(person), channel => workspace.Channels.GetValueOrDefault(channel));
        return new Message(
            id,
            thread,
            isStarter ? null : thread,
            folder.GroupId,
            author,
            created,
            message.Edited?.Ts is { Length: > 0 } edited ? Time(edited, file, line, "edited.ts") : null,
            deleted ? created : null,
            folder.IsPrivateConversation,
            kind,
            body,
            Reactions(message, file, line),
            IsAccepted: false,
            []);
    }

    /// <summary>Reactions summed in 64 bits: a count too large for a like count is refused, not an OverflowException.</summary>
    private static int Reactions(SlackMessage message, string file, long line)
    {
        var total = message.Reactions?.Sum(r => (long)Math.Max(0, r.Count)) ?? 0;
        return total <= int.MaxValue
            ? (int)total
            : throw new ImportException(file, line, "reactions", $"the reaction counts add up to {total.ToString(CultureInfo.InvariantCulture)}, more than a count can hold ({int.MaxValue.ToString(CultureInfo.InvariantCulture)})");
    }

    /// <summary>
    /// Bot subtypes and messages carrying a bot_id are bots; subtypes a person writes (files,
    /// broadcasts, /me) are posts; every other subtype (joins, leaves, topic and purpose changes,
    /// integrations added, pins, and any subtype not known here) is a system event.
    /// </summary>
    private static MessageKind KindOf(SlackMessage message)
    {
        var subtype = message.Subtype;
        if (subtype is not null && BotSubtypes.Contains(subtype)) return MessageKind.Bot;
        if (subtype is not null && !PersonSubtypes.Contains(subtype)) return MessageKind.System;
        return string.IsNullOrEmpty(message.BotId) ? MessageKind.Post : MessageKind.Bot;
    }

    /// <summary>A Slack ts ("1458208082.000002") as a time: read as decimal, never double, which would lose the suffix.</summary>
    internal static DateTimeOffset Time(string ts, string file, long line, string field)
    {
        if (!decimal.TryParse(ts, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) || seconds > 253_402_300_799m)
        {
            throw new ImportException(file, line, field, $"'{ts}' is not a Slack timestamp (seconds since 1970, e.g. 1458208082.000002)");
        }

        return DateTimeOffset.UnixEpoch.AddTicks((long)(seconds * TimeSpan.TicksPerSecond));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrEmpty(v));
}
