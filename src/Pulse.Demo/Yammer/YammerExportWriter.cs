using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Pulse.Demo.Yammer;

/// <summary>
/// Writes SYNTHETIC Yammer network data exports, for tests, benchmarks and the demo: no real
/// Yammer export is publicly available, so this follows the documented layout (formats.md §1):
/// Users.csv, Groups.csv, Topics.csv and Messages.csv with the 2017 (YETI) columns, every field
/// double-quoted with quotes doubled, plus an empty Files.csv and a log.txt with
/// <c>Number of exported MESSAGES: n</c> lines. Output is streamed: rows are written as the
/// sequences yield them.
/// </summary>
public sealed class YammerExportWriter
{
    private static readonly string[] UserColumns =
        ["id", "name", "email", "job_title", "location", "department", "api_url", "deleted_by_id", "deleted_by_type", "joined_at", "deleted_at", "suspended_by_id", "suspended_by_type", "suspended_at", "guid", "state"];

    private static readonly string[] GroupColumns =
        ["id", "name", "description", "private", "moderated", "api_url", "created_by_id", "created_by_type", "created_at", "updated_at", "deleted", "external", "office_group_id"];

    private static readonly string[] TopicColumns = ["id", "name", "created_by", "created_at", "api_url"];

    private static readonly string[] MessageColumns =
        ["id", "replied_to_id", "thread_id", "conversation_id", "group_id", "group_name", "participants", "in_private_group", "in_private_conversation", "sender_id", "sender_type", "sender_name", "sender_email", "body", "api_url", "attachments", "deleted_by_id", "deleted_by_type", "created_at", "deleted_at"];

    private static readonly string[] FileColumns =
        ["id", "file_id", "name", "description", "uploader_id", "uploader_type", "group_id", "group_name", "reverted_to_id", "deleted_by_user_id", "in_private_group", "in_private_conversation", "file_api_url", "download_url", "path", "uploaded_at", "deleted_at", "original_network"];

    /// <summary>Start each CSV with a UTF-8 byte order mark, as some exports do.</summary>
    public bool ByteOrderMark { get; init; } = true;

    public string NewLine { get; init; } = "\r\n";

    /// <summary>How timestamps are written; any form the reader accepts.</summary>
    public string TimestampFormat { get; init; } = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>Writes the export's files into <paramref name="folder"/>, creating it if needed.</summary>
    public void WriteFolder(string folder, YammerExportContent content)
    {
        Directory.CreateDirectory(folder);
        Write(name => new FileStream(Path.Combine(folder, name), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), content);
    }

    /// <summary>Writes the export as one zip archive.</summary>
    public void WriteZip(string zipPath, YammerExportContent content)
    {
        using var file = new FileStream(zipPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        WriteZip(file, content);
    }

    /// <summary>Writes the export as a zip archive to a stream (sizes after the data when the stream cannot seek).</summary>
    public void WriteZip(Stream destination, YammerExportContent content)
    {
        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        Write(name => zip.CreateEntry(name, CompressionLevel.Fastest).Open(), content);
    }

    private void Write(Func<string, Stream> create, YammerExportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var counts = new List<(string Model, long Count)>
        {
            ("USERS", WriteCsv(create("Users.csv"), UserColumns, content.Users, UserFields)),
            ("GROUPS", WriteCsv(create("Groups.csv"), GroupColumns, content.Groups, GroupFields)),
            ("TOPICS", WriteCsv(create("Topics.csv"), TopicColumns, content.Topics, TopicFields)),
            ("MESSAGES", WriteCsv(create("Messages.csv"), MessageColumns, content.Messages, MessageFields)),
            ("FILES", WriteCsv(create("Files.csv"), FileColumns, Array.Empty<object>(), (_, _) => { })),
        };

        using var log = new StreamWriter(create("log.txt"), new UTF8Encoding(false));
        log.NewLine = NewLine;
        log.WriteLine("Synthetic export written by Pulse's YammerExportWriter (not a real network).");
        foreach (var (model, count) in counts) log.WriteLine($"Number of exported {model}: {count.ToString(CultureInfo.InvariantCulture)}");
    }

    private long WriteCsv<T>(Stream stream, string[] header, IEnumerable<T> rows, Action<T, List<string?>> fields)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(ByteOrderMark), 1 << 16);
        var values = new List<string?>(header.Length);
        WriteRow(writer, header);
        long count = 0;
        foreach (var row in rows)
        {
            values.Clear();
            fields(row, values);
            WriteRow(writer, values);
            count++;
        }

        return count;
    }

    private void WriteRow(StreamWriter writer, IReadOnlyList<string?> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0) writer.Write(',');
            writer.Write('"');
            var value = values[i].AsSpan();
            int quote;
            while ((quote = value.IndexOf('"')) >= 0)
            {
                writer.Write(value[..(quote + 1)]);
                writer.Write('"');
                value = value[(quote + 1)..];
            }

            writer.Write(value);
            writer.Write('"');
        }

        writer.Write(NewLine);
    }

    private void UserFields(YammerUserRow user, List<string?> values) => values.AddRange(
    [
        Id(user.Id), user.Name, user.Email, user.JobTitle, user.Location, user.Department,
        "https://www.yammer.com/api/v1/users/" + Id(user.Id), null, null, Time(user.JoinedAt), Time(user.DeletedAt),
        null, null, Time(user.SuspendedAt), null, user.State,
    ]);

    private void GroupFields(YammerGroupRow group, List<string?> values) => values.AddRange(
    [
        Id(group.Id), group.Name, group.Description, Flag(group.IsPrivate), "false",
        "https://www.yammer.com/api/v1/groups/" + Id(group.Id), null, null, Time(group.CreatedAt), Time(group.CreatedAt), "false", "false", null,
    ]);

    private void TopicFields(YammerTopicRow topic, List<string?> values) => values.AddRange(
    [
        Id(topic.Id), topic.Name, null, Time(topic.CreatedAt), "https://www.yammer.com/api/v1/topics/" + Id(topic.Id),
    ]);

    private void MessageFields(YammerMessageRow message, List<string?> values) => values.AddRange(
    [
        Id(message.Id), Id(message.RepliedToId), Id(message.ThreadId), Id(message.ThreadId), Id(message.GroupId), message.GroupName,
        message.Participants, Flag(message.InPrivateGroup), Flag(message.InPrivateConversation), Id(message.SenderId),
        message.SenderType, message.SenderName, message.SenderEmail, message.Body,
        "https://www.yammer.com/api/v1/messages/" + Id(message.Id), message.Attachments,
        Id(message.DeletedById), message.DeletedAt is null ? null : "user", Time(message.CreatedAt), Time(message.DeletedAt),
    ]);

    private static string? Id(long? id) => id?.ToString(CultureInfo.InvariantCulture);

    private static string Flag(bool value) => value ? "true" : "false";

    private string? Time(DateTimeOffset? time) => time?.ToUniversalTime().ToString(TimestampFormat, CultureInfo.InvariantCulture);
}
