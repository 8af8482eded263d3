using Pulse.Connectors.Archives;
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
public sealed class TeamsExportReader : IConnector
{
    private static readonly IReadOnlyList<string> NoTopics = [];

    public string Source => Monitoring.Model.Source.Teams;

    public async Task ReadAsync(string path, IImportSink sink, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        using var export = ExportSource.Open(path, allowSingleFile: true);
        var ticker = new ProgressTicker(progress);
        var tenant = new TeamsTenant();
        var files = export.Entries.Where(e => e.FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase)).ToList();

        foreach (var entry in files.Where(e => Is(e, "usersList.json"))) await ReadUsersAsync(export.Open(entry), sink, tenant, ticker, cancellationToken);
        foreach (var entry in files.Where(e => Is(e, "teamsList.json"))) await ReadTeamsAsync(export.Open(entry), tenant, cancellationToken);
        foreach (var entry in files.Where(e => Starts(e, "channels_"))) await ReadChannelsAsync(export.Open(entry), TeamIdOf(entry, "channels_"), sink, tenant, ticker, cancellationToken);
        foreach (var entry in files.Where(IsMessageFile)) await ReadMessagesAsync(export.Open(entry), sink, tenant, ticker, cancellationToken);
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
                await sink.AddAccountAsync(
                    new Account(
                        user.Id,
                        NullIfEmpty(user.DisplayName),
                        NullIfEmpty(user.Mail) ?? NullIfEmpty(user.UserPrincipalName),
                        NullIfEmpty(user.Department),
                        NullIfEmpty(user.JobTitle),
                        NullIfEmpty(user.OfficeLocation) ?? NullIfEmpty(user.City),
                        user.AccountEnabled == false ? AccountState.Suspended : AccountState.Active,
                        IsBot: false,
                        JoinedAt: null),
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
                await sink.AddGroupAsync(group, cancellationToken);
                ticker.Item(stream);
            }

            ticker.Report(stream);
        }
    }

    private static async Task ReadMessagesAsync(CountingStream stream, IImportSink sink, TeamsTenant tenant, ProgressTicker ticker, CancellationToken cancellationToken)
    {
        using (stream)
        {
            await foreach (var item in JsonArrayReader.ReadAsync(stream, cancellationToken))
            {
                var message = JsonArrayReader.Deserialize<TeamsMessage>(item, stream.Label, TeamsJson.Options);
                var mapped = Map(message, stream.Label, item.Line);

                if (mapped.GroupExternalId is { } channel && tenant.Channels.Add(channel))
                {
                    // A channel known only from its messages (a plain Graph file, or a channel list missing).
                    var team = tenant.Teams.GetValueOrDefault(message.ChannelIdentity?.TeamId ?? string.Empty);
                    await sink.AddGroupAsync(new Group(channel, team.Name is null ? channel : team.Name + " / " + channel, null, team.IsPrivate, null), cancellationToken);
                }

                var author = message.From?.User ?? message.From?.Application;
                if (author?.Id is { Length: > 0 } authorId && tenant.Accounts.Add(authorId))
                {
                    // People outside usersList.json and apps: the message names them, so they get an account.
                    await sink.AddAccountAsync(new Account(authorId, NullIfEmpty(author.DisplayName), null, null, null, null, AccountState.Active, IsBot: message.From?.User is null, null), cancellationToken);
                }

                await sink.AddMessageAsync(mapped, cancellationToken);
                for (var i = 0; i < (message.Attachments?.Count ?? 0); i++) sink.Skip("attachment", "Teams attachments are not imported");
                ticker.Item(stream);
            }

            ticker.Report(stream);
        }
    }

    private static Message Map(TeamsMessage message, string file, long line)
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
