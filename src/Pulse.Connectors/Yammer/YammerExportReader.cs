using System.Globalization;
using Pulse.Connectors.Archives;
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
public sealed class YammerExportReader : IConnector
{
    private const char Comma = ',';

    public string Source => Monitoring.Model.Source.Yammer;

    public async Task ReadAsync(string path, IImportSink sink, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        using var export = ExportSource.Open(path);
        var messages = export.Find("Messages.csv") ?? throw new ImportException(export.Name, null, null, "the export has no Messages.csv");
        var ticker = new ProgressTicker(progress);
        var references = new YammerReferences();

        if (export.Find("Users.csv") is { } users) await ReadUsersAsync(export.Open(users), sink, references, ticker, cancellationToken);
        if (export.Find("Groups.csv") is { } groups) await ReadGroupsAsync(export.Open(groups), sink, references, ticker, cancellationToken);
        if (export.Find("Topics.csv") is { } topics) await ReadTopicsAsync(export.Open(topics), sink, references, ticker, cancellationToken);
        await ReadMessagesAsync(export.Open(messages), sink, references, ticker, cancellationToken);
        if (export.Find("Files.csv") is { } files) SkipRows(export.Open(files), sink, "file", "Yammer files (Files.csv) are not imported", cancellationToken);
        if (export.Find("Pages.csv") is { } pages) SkipRows(export.Open(pages), sink, "page", "Yammer pages (Pages.csv) are not imported", cancellationToken);
    }

    private static async Task ReadUsersAsync(CountingStream stream, IImportSink sink, YammerReferences references, ProgressTicker ticker, CancellationToken cancellationToken)
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
            await sink.AddAccountAsync(account, cancellationToken);
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

    private static async Task ReadGroupsAsync(CountingStream stream, IImportSink sink, YammerReferences references, ProgressTicker ticker, CancellationToken cancellationToken)
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
            await sink.AddGroupAsync(group, cancellationToken);
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
            await sink.AddTopicAsync(topic, cancellationToken);
            ticker.Item(stream);
        }

        ticker.Report(stream);
    }

    private static async Task ReadMessagesAsync(CountingStream stream, IImportSink sink, YammerReferences references, ProgressTicker ticker, CancellationToken cancellationToken)
    {
        using var rows = CsvRows.Open(stream, Comma, "id");
        var columns = new YammerMessageColumns(rows);
        while (rows.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (message, newGroup, attachments) = columns.Read(references);
            if (newGroup is not null) await sink.AddGroupAsync(newGroup, cancellationToken);
            await sink.AddMessageAsync(message, cancellationToken);
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
