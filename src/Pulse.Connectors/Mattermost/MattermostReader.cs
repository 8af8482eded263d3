using System.Globalization;
using System.Text;
using System.Text.Json;
using Pulse.Connectors.Archives;
using Pulse.Connectors.Checks;
using Pulse.Connectors.Json;
using Pulse.Monitoring.Import;
using Pulse.Monitoring.Model;

namespace Pulse.Connectors.Mattermost;

/// <summary>
/// Reads a Mattermost bulk export (JSONL: one JSON object per line, in any order) given as the
/// .jsonl file, or as the zip or folder holding it. Mattermost exports carry no post ids, so ids
/// are derived from what identifies a post: <c>{team}/{channel}/{user}/{create_at}</c> for a root,
/// <c>{rootId}/r/{user}/{create_at}</c> for a reply, <c>direct/{members}/{user}/{create_at}</c> for
/// a direct post. See docs/connectors.md for every mapping rule and how collisions are handled.
/// </summary>
/// <param name="options">Text encoding and clock; <see cref="ConnectorOptions.Default"/> when null.</param>
public sealed class MattermostReader(ConnectorOptions? options = null) : IConnector
{
    private const string NotMattermost = "not a Mattermost bulk export: ";

    private static readonly FieldNames Names = new(new Dictionary<string, string>
    {
        ["account.id"] = "username", ["account.name"] = "first_name", ["account.email"] = "email", ["account.jobTitle"] = "position",
        ["group.id"] = "name", ["group.name"] = "display_name", ["group.description"] = "purpose",
        ["message.author"] = "user", ["message.created"] = "create_at", ["message.edited"] = "edit_at", ["message.deleted"] = "delete_at",
        ["message.body"] = "message",
    });

    private readonly ConnectorOptions _options = options ?? ConnectorOptions.Default;

    public string Source => Monitoring.Model.Source.Mattermost;

    public async Task ReadAsync(string path, IImportSink sink, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        using var export = ExportSource.Open(path, "a Mattermost bulk export", _options.Encoding, allowSingleFile: true);
        var entries = export.Entries.Where(e => e.FileName.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)).ToList();
        if (export is SingleFileExportSource) entries = [.. export.Entries];
        if (entries.Count != 1)
        {
            throw new ImportException(export.Name, null, null, entries.Count == 0 ? NotMattermost + "there is no .jsonl file in it" : "it holds several .jsonl files; give the one to import");
        }

        var ticker = new ProgressTicker(progress);
        using var stream = export.Open(entries[0]);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var state = new MattermostState(new ItemChecks(_options));
        long line = 0;
        while (await FirstLinesCheckedAsync(reader, stream, state, cancellationToken) is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            MattermostLine item;
            try
            {
                item = JsonSerializer.Deserialize<MattermostLine>(text, MattermostJson.Options)
                    ?? throw new ImportException(stream.Label, line, null, "the line is null, not an object");
            }
            catch (JsonException e) when (state.Lines == 0 && JsonArrayReader.PathOf(e) is null)
            {
                throw new ImportException(stream.Label, line, null, NotMattermost + "the first line is not a JSON object: " + JsonArrayReader.Describe(e), e);
            }
            catch (JsonException e)
            {
                throw new ImportException(stream.Label, line, JsonArrayReader.PathOf(e), JsonArrayReader.Describe(e), e);
            }

            // Every line of a bulk export says what it holds; a first line that does not is some other JSONL.
            if (state.Lines++ == 0 && string.IsNullOrEmpty(item.Type))
            {
                throw new ImportException(stream.Label, line, "type", NotMattermost + "the first line has no \"type\" (a bulk export starts with {\"type\":\"version\",…})");
            }

            await ReadLineAsync(item, new Where(stream.Label, line), sink, state, ticker, stream, cancellationToken);
        }

        if (state.Lines == 0) throw new ImportException(stream.Label, null, null, NotMattermost + "the file holds no lines");
        ticker.Report(stream);
    }

    /// <summary>The next line; bytes that are not text before the first line is complete mean the file is no bulk export at all.</summary>
    private static async Task<string?> FirstLinesCheckedAsync(StreamReader reader, CountingStream stream, MattermostState state, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadLineAsync(cancellationToken);
        }
        catch (ImportException e) when (state.Lines == 0 && e.File == stream.Label && e.Line is null or 1)
        {
            throw new ImportException(e.File, e.Line, e.Field, NotMattermost + e.Problem, e);
        }
    }

    private static async Task ReadLineAsync(MattermostLine item, Where where, IImportSink sink, MattermostState state, ProgressTicker ticker, CountingStream stream, CancellationToken cancellationToken)
    {
        switch (item.Type)
        {
            case "user" when item.User is { } user:
                var username = Required(user.Username, where, "user.username");
                var name = $"{user.FirstName} {user.LastName}".Trim();
                var account = new Account(username, name.Length > 0 ? name : NullIfEmpty(user.Nickname), NullIfEmpty(user.Email), null, NullIfEmpty(user.Position), null, user.DeleteAt > 0 ? AccountState.Deleted : AccountState.Active, IsBot: false, null);
                await sink.AddAccountAsync(state.Checks.Account(account, where.File, where.Line, Names.Under("user.")), cancellationToken);
                ticker.Item(stream);
                break;

            case "bot" when item.Bot is { } bot:
                var botName = Required(bot.Username, where, "bot.username");
                var botAccount = new Account(botName, NullIfEmpty(bot.DisplayName), null, null, null, null, bot.DeleteAt > 0 ? AccountState.Deleted : AccountState.Active, IsBot: true, null);
                await sink.AddAccountAsync(state.Checks.Account(botAccount, where.File, where.Line, Names.Under("bot.")), cancellationToken);
                ticker.Item(stream);
                break;

            case "channel" when item.Channel is { } channel:
                var id = GroupId(Required(channel.Team, where, "channel.team"), Required(channel.Name, where, "channel.name"));
                state.DefinedGroups.Add(id);
                var group = new Group(id, NullIfEmpty(channel.DisplayName) ?? channel.Name!, NullIfEmpty(channel.Purpose), channel.Type == "P", null);
                await sink.AddGroupAsync(state.Checks.Group(group, where.File, where.Line, Names.Under("channel.")), cancellationToken);
                ticker.Item(stream);
                break;

            case "post" when item.Post is { } post:
                var team = Required(post.Team, where, "post.team");
                var channelName = Required(post.Channel, where, "post.channel");
                var groupId = GroupId(team, channelName);
                if (!state.DefinedGroups.Contains(groupId) && state.PlaceholderGroups.Add(groupId))
                {
                    // The channel's own line may come later (exports need not be in order); it will replace this.
                    await sink.AddGroupAsync(state.Checks.Group(new Group(groupId, channelName, null, false, null), where.File, where.Line, Names.Under("post.")), cancellationToken);
                }

                await AddThreadAsync(post, $"{team}/{channelName}", groupId, isPrivate: false, where, "post", sink, state, ticker, stream, cancellationToken);
                break;

            case "direct_post" when item.DirectPost is { } direct:
                var members = direct.ChannelMembers is { Count: > 0 } list
                    ? string.Join(',', list.Order(StringComparer.Ordinal))
                    : throw new ImportException(where.File, where.Line, "direct_post.channel_members", "the direct post has no channel_members");
                await AddThreadAsync(direct, "direct/" + members, null, isPrivate: true, where, "direct_post", sink, state, ticker, stream, cancellationToken);
                break;

            case "version" or "scheme" or "emoji" or "team" or "role" or "direct_channel":
                break; // configuration and memberships, not content

            default:
                sink.Skip("mattermost line", $"lines of type '{item.Type}' are not imported");
                break;
        }
    }

    private static async Task AddThreadAsync(MattermostPost root, string scope, string? groupId, bool isPrivate, Where where, string field, IImportSink sink, MattermostState state, ProgressTicker ticker, CountingStream stream, CancellationToken cancellationToken)
    {
        // Two roots by one person in one channel and millisecond happen (Mattermost 11 exports hold
        // them): the second and later get #2, #3 in file order, stable as long as the export is.
        var rootId = $"{scope}/{Required(root.User, where, field + ".user")}/{CreatedOf(root, where, field).ToString(CultureInfo.InvariantCulture)}";
        var occurrence = state.Roots[rootId] = state.Roots.GetValueOrDefault(rootId) + 1;
        if (occurrence > 1) rootId += "#" + occurrence.ToString(CultureInfo.InvariantCulture);
        await AddPostAsync(root, rootId, rootId, null, groupId, isPrivate, where, field, sink, state.Checks, cancellationToken);
        ticker.Item(stream);

        // Replies have no ids either; two replies by one person in the same millisecond get #2, #3 in file order.
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < (root.Replies?.Count ?? 0); i++)
        {
            var reply = root.Replies![i];
            var replyField = $"{field}.replies[{i}]";
            var replyId = $"{rootId}/r/{Required(reply.User, where, replyField + ".user")}/{CreatedOf(reply, where, replyField).ToString(CultureInfo.InvariantCulture)}";
            var count = seen[replyId] = seen.GetValueOrDefault(replyId) + 1;
            if (count > 1) replyId += "#" + count.ToString(CultureInfo.InvariantCulture);
            await AddPostAsync(reply, replyId, rootId, rootId, groupId, isPrivate, where, replyField, sink, state.Checks, cancellationToken);
            ticker.Item(stream);
        }
    }

    private static async Task AddPostAsync(MattermostPost post, string id, string threadId, string? parentId, string? groupId, bool isPrivate, Where where, string field, IImportSink sink, ItemChecks checks, CancellationToken cancellationToken)
    {
        var message = new Message(
            id,
            threadId,
            parentId,
            groupId,
            post.User,
            Time(CreatedOf(post, where, field), where, field + ".create_at"),
            post.EditAt > 0 ? Time(post.EditAt.Value, where, field + ".edit_at") : null,
            post.DeleteAt > 0 ? Time(post.DeleteAt.Value, where, field + ".delete_at") : null,
            isPrivate,
            KindOf(post),
            post.Message ?? string.Empty,
            post.Reactions?.Count ?? 0,
            IsAccepted: false,
            []);
        await sink.AddMessageAsync(checks.Message(message, where.File, where.Line, Names.Under(field + ".")), cancellationToken);
        for (var i = 0; i < (post.Attachments?.Count ?? 0); i++) sink.Skip("attachment", "Mattermost attachments are not imported");
    }

    /// <summary>A non-empty type is a system message; props.from_bot / from_webhook mark integrations.</summary>
    private static MessageKind KindOf(MattermostPost post)
    {
        if (!string.IsNullOrEmpty(post.Type)) return MessageKind.System;
        if (post.Props is { ValueKind: JsonValueKind.Object } props && (IsTrue(props, "from_bot") || IsTrue(props, "from_webhook"))) return MessageKind.Bot;
        return MessageKind.Post;
    }

    private static bool IsTrue(JsonElement props, string name) =>
        props.TryGetProperty(name, out var value)
        && (value.ValueKind == JsonValueKind.True || (value.ValueKind == JsonValueKind.String && value.ValueEquals("true")));

    private static long CreatedOf(MattermostPost post, Where where, string field) =>
        post.CreateAt is > 0 and var ms ? ms : throw new ImportException(where.File, where.Line, field + ".create_at", "the post has no create_at");

    private static DateTimeOffset Time(long milliseconds, Where where, string field) =>
        milliseconds <= 253_402_300_799_999
            ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)
            : throw new ImportException(where.File, where.Line, field, $"{milliseconds} is not a time in milliseconds since 1970");

    private static string GroupId(string team, string channel) => team + "/" + channel;

    private static string Required(string? value, Where where, string field) =>
        string.IsNullOrEmpty(value) ? throw new ImportException(where.File, where.Line, field, $"the line has no {field}") : value;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private readonly record struct Where(string File, long Line);

    /// <summary>What the reader remembers across lines.</summary>
    private sealed class MattermostState(ItemChecks checks)
    {
        public ItemChecks Checks { get; } = checks;

        /// <summary>Non-blank lines read so far.</summary>
        public long Lines { get; set; }

        /// <summary>Root ids derived so far, with how often each came up; one entry per thread.</summary>
        public Dictionary<string, int> Roots { get; } = new(StringComparer.Ordinal);

        /// <summary>Channels seen so far, to give posts whose channel line comes later a placeholder group.</summary>
        public HashSet<string> DefinedGroups { get; } = new(StringComparer.Ordinal);

        public HashSet<string> PlaceholderGroups { get; } = new(StringComparer.Ordinal);
    }
}
