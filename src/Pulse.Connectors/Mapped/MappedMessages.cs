using Pulse.Connectors.Checks;
using System.Globalization;
using Pulse.Connectors.Text;
using Pulse.Monitoring.Import;
using Pulse.Monitoring.Model;

namespace Pulse.Connectors.Mapped;

/// <summary>
/// Turns one mapped record (a CSV row, a JSONL object) into a message plus the account, group and
/// topics it names, each pushed once. The record is read through <c>value</c>: the text of a
/// column or property, or null when empty or absent.
/// </summary>
internal sealed class MappedMessages(ImportMapping mapping, ItemChecks checks)
{
    private readonly FieldNames _names = new(new Dictionary<string, string?>
    {
        ["account.id"] = mapping.AuthorId ?? mapping.AuthorEmail, ["account.name"] = mapping.AuthorName, ["account.email"] = mapping.AuthorEmail,
        ["group.id"] = mapping.Group, ["group.name"] = mapping.GroupName ?? mapping.Group,
        ["topic.id"] = mapping.Topics, ["topic.name"] = mapping.Topics,
        ["message.id"] = mapping.Id, ["message.thread"] = mapping.ThreadId ?? mapping.ParentId ?? mapping.Id, ["message.parent"] = mapping.ParentId ?? mapping.ThreadId,
        ["message.group"] = mapping.Group, ["message.author"] = mapping.AuthorId ?? mapping.AuthorEmail, ["message.created"] = mapping.Created,
        ["message.edited"] = mapping.Edited, ["message.deleted"] = mapping.Deleted ?? mapping.Created, ["message.body"] = mapping.Body, ["message.topics"] = mapping.Topics,
    }.Where(n => n.Value is not null).ToDictionary(n => n.Key, n => n.Value!));

    private readonly HashSet<string> _accounts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _groups = new(StringComparer.Ordinal);
    private readonly HashSet<string> _topics = new(StringComparer.Ordinal);

    /// <param name="value">The record's text for a column or property name.</param>
    /// <param name="topicList">The record's topics when the record holds them as a list (JSON arrays).</param>
    /// <param name="error">An error about a field of the record.</param>
    /// <param name="file">The file and <paramref name="line"/> the record starts on, for the checks every item passes.</param>
    public async Task AddAsync(Func<string, string?> value, Func<string, IReadOnlyList<string>?> topicList, Func<string, string, ImportException> error, IImportSink sink, string file, long line, CancellationToken cancellationToken)
    {
        string? Value(string? column) => column is null ? null : value(column) is { } text && text.Trim().Length > 0 ? text.Trim() : null;

        var id = Value(mapping.Id) ?? throw error(mapping.Id, "the record has no id");
        var parent = Value(mapping.ParentId);
        var thread = Value(mapping.ThreadId) ?? parent ?? id;
        var isStarter = thread == id;
        var created = Time(Value(mapping.Created), mapping.Created, error) ?? throw error(mapping.Created, "the record has no creation time");

        DateTimeOffset? deleted = null;
        if (Value(mapping.Deleted) is { } deletedText)
        {
            deleted = TryFlag(deletedText, out var isDeleted) ? (isDeleted ? created : null) : Time(deletedText, mapping.Deleted!, error);
        }

        var authorEmail = Value(mapping.AuthorEmail);
        var author = Value(mapping.AuthorId) ?? (authorEmail is null ? null : DirectoryEntry.NormaliseEmail(authorEmail));
        if (author is not null && _accounts.Add(author))
        {
            await sink.AddAccountAsync(checks.Account(new Account(author, Value(mapping.AuthorName), authorEmail, null, null, null, AccountState.Active, IsBot: false, null), file, line, _names), cancellationToken);
        }

        var group = Value(mapping.Group);
        if (group is not null && _groups.Add(group))
        {
            await sink.AddGroupAsync(checks.Group(new Group(group, Value(mapping.GroupName) ?? group, null, IsPrivate: false, null), file, line, _names), cancellationToken);
        }

        var topics = Topics(Value, topicList);
        foreach (var topic in topics)
        {
            if (_topics.Add(topic)) await sink.AddTopicAsync(ItemChecks.Topic(new Topic(topic, topic), file, line, _names), cancellationToken);
        }

        var message = new Message(
            id,
            thread,
            isStarter ? null : parent ?? thread,
            group,
            author,
            created,
            Time(Value(mapping.Edited), mapping.Edited!, error),
            deleted,
            Flag(Value(mapping.Private), mapping.Private, error),
            Flag(Value(mapping.Bot), mapping.Bot, error) ? MessageKind.Bot : MessageKind.Post,
            value(mapping.Body) ?? string.Empty,
            Likes(Value(mapping.Likes), error),
            Flag(Value(mapping.Accepted), mapping.Accepted, error),
            topics);
        await sink.AddMessageAsync(checks.Message(message, file, line, _names), cancellationToken);
    }

    private List<string> Topics(Func<string?, string?> value, Func<string, IReadOnlyList<string>?> topicList)
    {
        if (mapping.Topics is null) return [];
        var names = topicList(mapping.Topics) ?? (value(mapping.Topics)?.Split(mapping.TopicSeparator) ?? []);
        return names.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }

    private int Likes(string? text, Func<string, string, ImportException> error)
    {
        if (text is null) return 0;
        var digits = text.StartsWith('-') ? text[1..] : text;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit)) throw error(mapping.Likes!, $"'{text}' is not a whole number");
        if (text.StartsWith('-')) return 0; // likes cannot be negative; a platform's negative score counts as none
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var likes))
        {
            throw error(mapping.Likes!, $"{text} is too large for a count (at most {int.MaxValue.ToString(CultureInfo.InvariantCulture)})");
        }

        return likes;
    }

    private bool Flag(string? text, string? column, Func<string, string, ImportException> error)
    {
        if (text is null) return false;
        if (TryFlag(text, out var flag)) return flag;
        throw error(column!, $"'{text}' is neither yes nor no");
    }

    private bool TryFlag(string text, out bool flag)
    {
        if (mapping.Booleans is not { } words) return YesNo.TryParse(text, out flag);
        var trimmed = text.Trim();
        flag = words.True.Any(w => string.Equals(w.Trim(), trimmed, StringComparison.OrdinalIgnoreCase));
        return flag || words.False.Any(w => string.Equals(w.Trim(), trimmed, StringComparison.OrdinalIgnoreCase));
    }

    private DateTimeOffset? Time(string? text, string column, Func<string, string, ImportException> error)
    {
        if (text is null) return null;
        var format = mapping.TimestampFormat;
        if (format.Equals("auto", StringComparison.OrdinalIgnoreCase))
        {
            if (Timestamps.TryParse(text, out var time)) return time;
            if (text.Length <= 15 && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                // Ten digits are seconds until the year 2286; thirteen are milliseconds.
                return text.Length >= 12 ? Unix(number * TimeSpan.TicksPerMillisecond, text, column, error) : Unix(number * TimeSpan.TicksPerSecond, text, column, error);
            }
        }
        else if (format.Equals("unix", StringComparison.OrdinalIgnoreCase) && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && seconds < 253_402_300_800m)
        {
            return Unix((long)(seconds * TimeSpan.TicksPerSecond), text, column, error);
        }
        else if (format.Equals("unix-ms", StringComparison.OrdinalIgnoreCase) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds) && milliseconds < 253_402_300_800_000)
        {
            return Unix(milliseconds * TimeSpan.TicksPerMillisecond, text, column, error);
        }
        else if (DateTimeOffset.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var exact))
        {
            return exact;
        }

        throw error(column, $"'{text}' is not a timestamp in the form '{format}'");
    }

    private static DateTimeOffset Unix(long ticks, string text, string column, Func<string, string, ImportException> error) =>
        ticks >= 0 && ticks <= DateTimeOffset.MaxValue.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks
            ? DateTimeOffset.UnixEpoch.AddTicks(ticks)
            : throw error(column, $"'{text}' is out of range for a time");
}
