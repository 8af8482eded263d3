using System.Globalization;
using Pulse.Connectors.Archives;
using Pulse.Connectors.Checks;
using Pulse.Connectors.Csv;
using Pulse.Monitoring.Import;
using Pulse.Monitoring.Model;

namespace Pulse.Connectors.Yammer;

/// <summary>
/// Reads a Yammer / Viva Engage network data export (a zip or its unpacked folder): Users.csv,
/// Groups.csv, Topics.csv and Messages.csv, in that order whatever the archive order, so that
/// <c>[[user:ID]]</c> mentions resolve to names. Files.csv and Pages.csv rows are counted as
/// skipped. Columns are found by header name; unknown columns are ignored. See
/// docs/connectors.md for every mapping rule.
/// </summary>
/// <param name="options">Text encoding and clock; <see cref="ConnectorOptions.Default"/> when null.</param>
public sealed class YammerExportReader(ConnectorOptions? options = null) : IConnector
{
    private const char Comma = ',';

    private static readonly FieldNames Names = new(new Dictionary<string, string>
    {
        ["account.id"] = "id", ["account.name"] = "name", ["account.email"] = "email", ["account.department"] = "department",
        ["account.jobTitle"] = "job_title", ["account.location"] = "location", ["account.joined"] = "joined_at",
        ["group.id"] = "id", ["group.name"] = "name", ["group.description"] = "description", ["group.created"] = "created_at",
        ["topic.id"] = "id", ["topic.name"] = "name",
        ["message.id"] = "id", ["message.thread"] = "thread_id", ["message.parent"] = "replied_to_id", ["message.group"] = "group_id",
        ["message.author"] = "sender_id", ["message.created"] = "created_at", ["message.edited"] = "created_at", ["message.deleted"] = "deleted_at",
        ["message.body"] = "body",
    });

    /// <summary>A group known only from a message row: its fields are the row's group columns.</summary>
    private static readonly FieldNames GroupFromMessage = new(new Dictionary<string, string> { ["group.id"] = "group_id", ["group.name"] = "group_name" });

    private readonly ConnectorOptions _options = options ?? ConnectorOptions.Default;

    public string Source => Monitoring.Model.Source.Yammer;

    public async Task ReadAsync(string path, IImportSink sink, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        using var export = ExportSource.Open(path, "a Yammer export", _options.Encoding);
        var messages = export.Find("Messages.csv") ?? throw new ImportException(export.Name, null, null, "not a Yammer export: there is no Messages.csv in it");
        var ticker = new ProgressTicker(progress);
        var references = new YammerReferences();
        var checks = new ItemChecks(_options);

        if (export.Find("Users.csv") is { } users) await ReadUsersAsync(export.Open(users), sink, references, checks, ticker, cancellationToken);
        if (export.Find("Groups.csv") is { } groups) await ReadGroupsAsync(export.Open(groups), sink, references, checks, ticker, cancellationToken);
        if (export.Find("Topics.csv") is { } topics) await ReadTopicsAsync(export.Open(topics), sink, references, ticker, cancellationToken);
        await ReadMessagesAsync(export.Open(messages), sink, references, checks, ticker, cancellationToken);
        if (export.Find("Files.csv") is { } files) SkipRows(export.Open(files), sink, "file", "Yammer files (Files.csv) are not imported", cancellationToken);
        if (export.Find("Pages.csv") is { } pages) SkipRows(export.Open(pages), sink, "page", "Yammer pages (Pages.csv) are not imported", cancellationToken);
    }

    private static async Task ReadUsersAsync(CountingStream stream, IImportSink sink, YammerReferences references, ItemChecks checks, ProgressTicker ticker, CancellationToken cancellationToken)
    {
        using var rows = CsvRows.Open(stream, Comma, "id");
        var id = rows.Require("id");
        var name = rows.IndexOf("name");
        var email = rows.IndexOf("email");
        var jobTitle = rows.IndexOf("job_title");
        var location = rows.IndexOf("location");
        var department = rows.IndexOf("department");
        var joinedAt = rows.IndexOf("joined_at");
        var deletedAt = rows.IndexOf("deleted_at");
        var suspendedAt = rows.IndexOf("suspended_at");
        var state = rows.IndexOf("state");
        while (rows.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var userId = rows.Id(id, required: true)!.Value;
            var externalId = userId.ToString(CultureInfo.InvariantCulture);
            var joined = rows.Timestamp(joinedAt);
            var account = new Account(
                externalId,
                rows.Text(name),
                rows.Text(email),
                rows.Text(department),
                rows.Text(jobTitle),
                rows.Text(location),
                AccountStateOf(rows[state].Trim(), joined, rows.Timestamp(suspendedAt), rows.Timestamp(deletedAt)),
                IsBot: false,
                joined);
            references.Users[userId] = (externalId, account.Name);
            await sink.AddAccountAsync(checks.Account(account, rows.File, rows.Line, Names), cancellationToken);
            ticker.Item(stream);
        }

        ticker.Report(stream);
    }

    /// <summary>
    /// formats.md §1.4: a deletion date means deleted, else a suspension date means suspended;
    /// <c>soft_delete</c> without any date means pending (invited, never joined), and with only a
    /// join date (unverified) suspended: deactivated but not erased.
    /// </summary>
    internal static AccountState AccountStateOf(ReadOnlySpan<char> state, DateTimeOffset? joinedAt, DateTimeOffset? suspendedAt, DateTimeOffset? deletedAt)
    {
        if (deletedAt is not null || state.Equals("deleted", StringComparison.OrdinalIgnoreCase)) return AccountState.Deleted;
        if (suspendedAt is not null || state.Equals("suspended", StringComparison.OrdinalIgnoreCase)) return AccountState.Suspended;
        if (state.Equals("soft_delete", StringComparison.OrdinalIgnoreCase)) return joinedAt is null ? AccountState.Pending : AccountState.Suspended;
        if (state.Equals("pending", StringComparison.OrdinalIgnoreCase)) return AccountState.Pending;
        return AccountState.Active;
    }

    private static async Task ReadGroupsAsync(CountingStream stream, IImportSink sink, YammerReferences references, ItemChecks checks, ProgressTicker ticker, CancellationToken cancellationToken)
    {
        using var rows = CsvRows.Open(stream, Comma, "id");
        var id = rows.Require("id");
        var name = rows.IndexOf("name");
        var description = rows.IndexOf("description");
        var isPrivate = rows.IndexOf("private");
        var createdAt = rows.IndexOf("created_at");
        while (rows.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var groupId = rows.Id(id, required: true)!.Value;
            var externalId = groupId.ToString(CultureInfo.InvariantCulture);
            var group = new Group(externalId, rows.Text(name) ?? externalId, rows.Text(description), rows.Flag(isPrivate), rows.Timestamp(createdAt));
            references.Groups[groupId] = group;
            await sink.AddGroupAsync(checks.Group(group, rows.File, rows.Line, Names), cancellationToken);
            ticker.Item(stream);
        }

        ticker.Report(stream);
    }

    private static async Task ReadTopicsAsync(CountingStream stream, IImportSink sink, YammerReferences references, ProgressTicker ticker, CancellationToken cancellationToken)
    {
        using var rows = CsvRows.Open(stream, Comma, "id");
        var id = rows.Require("id");
        var name = rows.IndexOf("name");
        while (rows.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var topicId = rows.Id(id, required: true)!.Value;
            var externalId = topicId.ToString(CultureInfo.InvariantCulture);
            var topic = new Topic(externalId, rows.Text(name) ?? externalId);
            references.Topics[topicId] = topic.Name;
            await sink.AddTopicAsync(ItemChecks.Topic(topic, rows.File, rows.Line, Names), cancellationToken);
            ticker.Item(stream);
        }

        ticker.Report(stream);
    }

    private static async Task ReadMessagesAsync(CountingStream stream, IImportSink sink, YammerReferences references, ItemChecks checks, ProgressTicker ticker, CancellationToken cancellationToken)
    {
        using var rows = CsvRows.Open(stream, Comma, "id");
        var columns = new YammerMessageColumns(rows);
        while (rows.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (message, newGroup, attachments) = columns.Read(references);
            if (newGroup is not null) await sink.AddGroupAsync(checks.Group(newGroup, rows.File, rows.Line, GroupFromMessage), cancellationToken);
            await sink.AddMessageAsync(checks.Message(message, rows.File, rows.Line, Names), cancellationToken);
            for (var i = 0; i < attachments; i++) sink.Skip("attachment", "Yammer attachments are not imported");
            ticker.Item(stream);
        }

        ticker.Report(stream);
    }

    private static void SkipRows(CountingStream stream, IImportSink sink, string kind, string reason, CancellationToken cancellationToken)
    {
        // Parsed, not just counted by lines: rows hold quoted newlines, and a broken file is still an error.
        using var rows = CsvRows.Open(stream, Comma, "id");
        while (rows.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            sink.Skip(kind, reason);
        }
    }
}
