using Pulse.Connectors.Archives;
using Pulse.Connectors.Checks;
using Pulse.Connectors.Json;
using Pulse.Connectors.Text;
using Pulse.Monitoring.Import;
using Pulse.Monitoring.Model;

namespace Pulse.Connectors.Teams;

/// <summary>
/// Reads Microsoft Teams messages: the Teams data export layout (<c>users/usersList.json</c>,
/// <c>teams/teamsList.json</c>, <c>teams/&lt;team&gt;/channels_&lt;team&gt;.json</c> and
/// <c>messages_&lt;team&gt;.json</c>, and chats in <c>users/&lt;user&gt;/messages_&lt;user&gt;.json</c>),
/// and any other JSON file holding Graph chatMessages (one object, an array, or a
/// <c>{"value": [...]}</c> page). The path is a folder, a zip or a single JSON file. Message ids are
/// <c>{channelId or chatId}:{id}</c>, since Teams ids are creation times in milliseconds and repeat
/// across channels. See docs/connectors.md for every mapping rule.
/// </summary>
/// <param name="options">Text encoding and clock; <see cref="ConnectorOptions.Default"/> when null.</param>
public sealed class TeamsExportReader(ConnectorOptions? options = null) : IConnector
{
    private const string NotTeams = "not a Microsoft Teams export: ";

    private static readonly IReadOnlyList<string> NoTopics = [];

    internal static readonly FieldNames Names = new(new Dictionary<string, string>
    {
        ["account.id"] = "Id", ["account.name"] = "DisplayName", ["account.email"] = "Mail", ["account.department"] = "Department",
        ["account.jobTitle"] = "JobTitle", ["account.location"] = "OfficeLocation",
        ["group.id"] = "Id", ["group.name"] = "DisplayName", ["group.description"] = "Description", ["group.created"] = "CreatedDateTime",
        ["message.id"] = "id", ["message.thread"] = "replyToId", ["message.parent"] = "replyToId", ["message.group"] = "channelIdentity.channelId",
        ["message.author"] = "from.user.id", ["message.created"] = "createdDateTime", ["message.edited"] = "lastEditedDateTime",
        ["message.deleted"] = "deletedDateTime", ["message.body"] = "body.content",
    });

    /// <summary>Accounts and channels known only from a message: their fields are the message's.</summary>
    private static readonly FieldNames FromMessage = new(new Dictionary<string, string>
    {
        ["account.id"] = "from.user.id", ["account.name"] = "from.user.displayName",
        ["group.id"] = "channelIdentity.channelId", ["group.name"] = "channelIdentity.channelId",
    });

    private readonly ConnectorOptions _options = options ?? ConnectorOptions.Default;

    public string Source => Monitoring.Model.Source.Teams;

    public async Task ReadAsync(string path, IImportSink sink, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        using var export = ExportSource.Open(path, "a Microsoft Teams export", _options.Encoding, allowSingleFile: true);
        var ticker = new ProgressTicker(progress);
        var tenant = new TeamsTenant(new ItemChecks(_options));
        var files = export.Entries.Where(e => e.FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase)).ToList();

        // The export's own lists make it a Teams export; without them, every JSON file must hold chatMessages.
        tenant.HasLayout = files.Any(e => Is(e, "usersList.json") || Is(e, "teamsList.json") || Starts(e, "channels_"));
        foreach (var entry in files.Where(e => Is(e, "usersList.json"))) await ReadUsersAsync(export.Open(entry), sink, tenant, ticker, cancellationToken);
        foreach (var entry in files.Where(e => Is(e, "teamsList.json"))) await ReadTeamsAsync(export.Open(entry), tenant, cancellationToken);
        foreach (var entry in files.Where(e => Starts(e, "channels_"))) await ReadChannelsAsync(export.Open(entry), TeamIdOf(entry, "channels_"), sink, tenant, ticker, cancellationToken);
        foreach (var entry in files.Where(IsMessageFile)) await ReadMessagesAsync(export.Open(entry), sink, tenant, ticker, cancellationToken);
        if (!tenant.HasLayout && tenant.Messages == 0)
        {
            throw new ImportException(export.Name, null, null, NotTeams + "no users/usersList.json, no teams/…/messages_*.json and no Graph chatMessage JSON found");
        }
    }

    private static bool Is(ExportEntry entry, string name) => string.Equals(entry.FileName, name, StringComparison.OrdinalIgnoreCase);

    private static bool Starts(ExportEntry entry, string prefix) => entry.FileName.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Every JSON file except the export's lists and the files that hold no messages (members, apps, meetings, settings).</summary>
    private static bool IsMessageFile(ExportEntry entry) =>
        !Is(entry, "usersList.json") && !Is(entry, "teamsList.json") && !Is(entry, "teamsSettings.json")
        && !Starts(entry, "channels_") && !Starts(entry, "teamMembers_") && !Starts(entry, "teamInstalledApps_") && !Starts(entry, "meetings_");

    private static string TeamIdOf(ExportEntry entry, string prefix) => entry.FileName[prefix.Length..^".json".Length];

    private static async Task ReadUsersAsync(CountingStream stream, IImportSink sink, TeamsTenant tenant, ProgressTicker ticker, CancellationToken cancellationToken)
    {
        using (stream)
        {
            await foreach (var item in JsonArrayReader.ReadAsync(stream, cancellationToken))
            {
                var user = JsonArrayReader.Deserialize<TeamsUser>(item, stream.Label, TeamsJson.Options);
                if (string.IsNullOrEmpty(user.Id)) throw new ImportException(stream.Label, item.Line, "Id", "the user has no id");
                tenant.Accounts.Add(user.Id);
                tenant.HasUserList = true;
                await sink.AddAccountAsync(
                    tenant.Checks.Account(new Account(
                        user.Id,
                        NullIfEmpty(user.DisplayName),
                        NullIfEmpty(user.Mail) ?? NullIfEmpty(user.UserPrincipalName),
                        NullIfEmpty(user.Department),
                        NullIfEmpty(user.JobTitle),
                        NullIfEmpty(user.OfficeLocation) ?? NullIfEmpty(user.City),
                        user.AccountEnabled == false ? AccountState.Suspended : AccountState.Active,
                        IsBot: false,
                        JoinedAt: null), stream.Label, item.Line, Names),
                    cancellationToken);
                ticker.Item(stream);
            }

            ticker.Report(stream);
        }
    }

    private static async Task ReadTeamsAsync(CountingStream stream, TeamsTenant tenant, CancellationToken cancellationToken)
    {
        using (stream)
        {
            await foreach (var item in JsonArrayReader.ReadAsync(stream, cancellationToken))
            {
                var team = JsonArrayReader.Deserialize<TeamsTeam>(item, stream.Label, TeamsJson.Options);
                var id = NullIfEmpty(team.GroupsId) ?? NullIfEmpty(team.Id);
                if (id is null) continue;
                tenant.Teams[id] = (NullIfEmpty(team.Name) ?? NullIfEmpty(team.DisplayName) ?? id, string.Equals(team.Privacy, "Private", StringComparison.OrdinalIgnoreCase));
            }
        }
    }

    private static async Task ReadChannelsAsync(CountingStream stream, string teamId, IImportSink sink, TeamsTenant tenant, ProgressTicker ticker, CancellationToken cancellationToken)
    {
        using (stream)
        {
            var team = tenant.Teams.GetValueOrDefault(teamId);
            await foreach (var item in JsonArrayReader.ReadAsync(stream, cancellationToken))
            {
                var channel = JsonArrayReader.Deserialize<TeamsChannel>(item, stream.Label, TeamsJson.Options);
                if (string.IsNullOrEmpty(channel.Id)) throw new ImportException(stream.Label, item.Line, "Id", "the channel has no id");
                var name = NullIfEmpty(channel.DisplayName) ?? channel.Id;

                // A private channel, or any channel of a private team, is open to its members only.
                var isPrivate = team.IsPrivate || string.Equals(channel.MembershipType, "private", StringComparison.OrdinalIgnoreCase);
                var group = new Group(channel.Id, team.Name is null ? name : team.Name + " / " + name, NullIfEmpty(channel.Description), isPrivate, channel.CreatedDateTime?.ToUniversalTime());
                tenant.Channels.Add(channel.Id);
                await sink.AddGroupAsync(tenant.Checks.Group(group, stream.Label, item.Line, Names), cancellationToken);
                ticker.Item(stream);
            }

            ticker.Report(stream);
        }
    }

    private static async Task ReadMessagesAsync(CountingStream stream, IImportSink sink, TeamsTenant tenant, ProgressTicker ticker, CancellationToken cancellationToken)
    {
        using (stream)
        {
            var items = 0;
            var enumerator = JsonArrayReader.ReadAsync(stream, cancellationToken).GetAsyncEnumerator(cancellationToken);
            try
            {
                while (await NextAsync(enumerator, stream, tenant, items))
                {
                    var item = enumerator.Current;
                    var message = JsonArrayReader.Deserialize<TeamsMessage>(item, stream.Label, TeamsJson.Options);
                    if (!tenant.HasLayout && !IsChatMessage(message))
                    {
                        throw new ImportException(stream.Label, item.Line, null, NotTeams + "this JSON is not a Graph chatMessage (an object with id, createdDateTime and body)");
                    }

                    items++;
                    await AddAsync(message, stream.Label, item.Line, sink, tenant, cancellationToken);
                    ticker.Item(stream);
                }
            }
            finally
            {
                await enumerator.DisposeAsync();
            }

            ticker.Report(stream);
        }
    }

    /// <summary>The next element; a file that is not JSON at all, in an export that is nothing but such files, is not a Teams export.</summary>
    private static async Task<bool> NextAsync(IAsyncEnumerator<JsonItem> items, CountingStream stream, TeamsTenant tenant, int read)
    {
        try
        {
            return await items.MoveNextAsync();
        }
        catch (ImportException e) when (!tenant.HasLayout && read == 0 && e.File == stream.Label && e.Line is null or 1)
        {
            throw new ImportException(e.File, e.Line, e.Field, NotTeams + "this file is not JSON: " + e.Problem, e);
        }
    }

    /// <summary>What every Graph chatMessage has; a Slack message or a user list has not.</summary>
    private static bool IsChatMessage(TeamsMessage message) =>
        !string.IsNullOrEmpty(message.Id) && message.CreatedDateTime is not null && (message.Body is not null || message.MessageType is not null);

    private static async Task AddAsync(TeamsMessage message, string file, long line, IImportSink sink, TeamsTenant tenant, CancellationToken cancellationToken)
    {
        var mapped = Map(message, file, line);
        if (mapped.GroupExternalId is { } channel && tenant.Channels.Add(channel))
        {
            // A channel known only from its messages (a plain Graph file, or a channel list missing).
            var team = tenant.Teams.GetValueOrDefault(message.ChannelIdentity?.TeamId ?? string.Empty);
            var group = new Group(channel, team.Name is null ? channel : team.Name + " / " + channel, null, team.IsPrivate, null);
            await sink.AddGroupAsync(tenant.Checks.Group(group, file, line, FromMessage), cancellationToken);
        }

        var author = message.From?.User ?? message.From?.Application;
        if (author?.Id is { Length: > 0 } authorId && tenant.Accounts.Add(authorId))
        {
            // People outside usersList.json and apps: the message names them, so they get an account.
            // A person missing from the export's user list has left the tenant or is a guest from
            // another: the export cannot say which, and either way not one of the platform's active
            // people, whom the target group counts.
            var isBot = message.From?.User is null;
            var state = tenant.HasUserList && !isBot ? AccountState.Unknown : AccountState.Active;
            var account = new Account(authorId, NullIfEmpty(author.DisplayName), null, null, null, null, state, isBot, null);
            await sink.AddAccountAsync(tenant.Checks.Account(account, file, line, FromMessage), cancellationToken);
        }

        await sink.AddMessageAsync(tenant.Checks.Message(mapped, file, line, Names), cancellationToken);
        tenant.Messages++;
        for (var i = 0; i < (message.Attachments?.Count ?? 0); i++) sink.Skip("attachment", "Teams attachments are not imported");
    }

    /// <summary>One Graph chatMessage in Pulse's terms; Graph change notifications (GraphNotifications.cs) map through here too.</summary>
    internal static Message Map(TeamsMessage message, string file, long line)
    {
        if (string.IsNullOrEmpty(message.Id)) throw new ImportException(file, line, "id", "the message has no id");
        var created = message.CreatedDateTime ?? throw new ImportException(file, line, "createdDateTime", "the message has no createdDateTime");
        var channel = NullIfEmpty(message.ChannelIdentity?.ChannelId);
        var scope = channel ?? NullIfEmpty(message.ChatId);
        var id = Qualified(scope, message.Id);
        var replyTo = NullIfEmpty(message.ReplyToId);
        var thread = replyTo is null || replyTo == message.Id ? id : Qualified(scope, replyTo);
        return new Message(
            id,
            thread,
            thread == id ? null : thread,
            channel,
            NullIfEmpty(message.From?.User?.Id) ?? NullIfEmpty(message.From?.Application?.Id),
            created.ToUniversalTime(),
            message.LastEditedDateTime?.ToUniversalTime(),
            message.DeletedDateTime?.ToUniversalTime(),
            IsPrivate: channel is null,
            KindOf(message),
            BodyOf(message),
            message.Reactions?.Count ?? 0,
            IsAccepted: false,
            NoTopics);
    }

    private static string Qualified(string? scope, string id) => scope is null ? id : scope + ":" + id;

    private static MessageKind KindOf(TeamsMessage message)
    {
        var type = message.MessageType;
        if (type is not null && !type.Equals("message", StringComparison.OrdinalIgnoreCase)) return MessageKind.System;
        if (message.Body?.Content?.Contains("<systemEventMessage", StringComparison.OrdinalIgnoreCase) == true) return MessageKind.System;
        return message.From?.User is null && message.From?.Application is not null ? MessageKind.Bot : MessageKind.Post;
    }

    private static string BodyOf(TeamsMessage message)
    {
        var content = message.Body?.Content;
        var text = string.Equals(message.Body?.ContentType, "text", StringComparison.OrdinalIgnoreCase)
            ? HtmlText.CollapseWhitespace(content ?? string.Empty)
            : HtmlText.ToPlainText(content);
        var subject = NullIfEmpty(message.Subject?.Trim());
        if (subject is null) return text;
        return text.Length == 0 ? subject : subject + "\n\n" + text;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
