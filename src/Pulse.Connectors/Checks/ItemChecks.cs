using System.Globalization;
using Pulse.Monitoring.Import;
using Pulse.Monitoring.Model;

namespace Pulse.Connectors.Checks;

/// <summary>
/// The checks every item passes before a reader pushes it, the same for every platform: times
/// between 1990 and tomorrow (an export holds no earlier social media, and later times are clock or
/// unit errors that would put messages in future periods), no NUL characters (PostgreSQL cannot
/// store them, and refusing them on SQLite too keeps the two databases interchangeable), and no text
/// longer than <see cref="FieldLimits"/>. A failure names the file, the line and the field as the
/// export calls it (through <see cref="FieldNames"/>).
/// </summary>
internal sealed class ItemChecks(ConnectorOptions options)
{
    /// <summary>The earliest time accepted: no export holds older messages, and 0 or 1970 means "unset".</summary>
    public static readonly DateTimeOffset Earliest = new(1990, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>One day after now: a little room for clocks ahead and time zones, no more.</summary>
    public DateTimeOffset Latest { get; } = options.Time.GetUtcNow().AddDays(1);

    public Account Account(Account account, string file, long? line, FieldNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        var at = new Where(file, line, names ?? FieldNames.Pulse);
        Text(account.ExternalId, FieldLimits.Id, at, "account.id");
        Text(account.Name, FieldLimits.Name, at, "account.name");
        Text(account.Email, FieldLimits.Email, at, "account.email");
        Text(account.Department, FieldLimits.Title, at, "account.department");
        Text(account.JobTitle, FieldLimits.Title, at, "account.jobTitle");
        Text(account.Location, FieldLimits.Title, at, "account.location");
        Time(account.JoinedAt, at, "account.joined");
        return account;
    }

    public Group Group(Group group, string file, long? line, FieldNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(group);
        var at = new Where(file, line, names ?? FieldNames.Pulse);
        Text(group.ExternalId, FieldLimits.Id, at, "group.id");
        Text(group.Name, FieldLimits.Name, at, "group.name");
        Text(group.Description, FieldLimits.Body, at, "group.description");
        Time(group.CreatedAt, at, "group.created");
        return group;
    }

    public static Topic Topic(Topic topic, string file, long? line, FieldNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var at = new Where(file, line, names ?? FieldNames.Pulse);
        Text(topic.ExternalId, FieldLimits.Id, at, "topic.id");
        Text(topic.Name, FieldLimits.Name, at, "topic.name");
        return topic;
    }

    public Message Message(Message message, string file, long? line, FieldNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var at = new Where(file, line, names ?? FieldNames.Pulse);
        Text(message.ExternalId, FieldLimits.Id, at, "message.id");
        Text(message.ThreadExternalId, FieldLimits.Id, at, "message.thread");
        Text(message.ParentExternalId, FieldLimits.Id, at, "message.parent");
        Text(message.GroupExternalId, FieldLimits.Id, at, "message.group");
        Text(message.AuthorExternalId, FieldLimits.Id, at, "message.author");
        Time(message.CreatedAt, at, "message.created");
        Time(message.EditedAt, at, "message.edited");
        Time(message.DeletedAt, at, "message.deleted");
        Text(message.Body, FieldLimits.Body, at, "message.body");
        foreach (var topic in message.Topics) Text(topic, FieldLimits.Name, at, "message.topics");
        return message;
    }

    public static DirectoryEntry Entry(DirectoryEntry entry, string file, long? line, FieldNames names)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var at = new Where(file, line, names);
        Text(entry.Email, FieldLimits.Email, at, "entry.email");
        Text(entry.Name, FieldLimits.Name, at, "entry.name");
        Text(entry.Department, FieldLimits.Title, at, "entry.department");
        Text(entry.Location, FieldLimits.Title, at, "entry.location");
        Text(entry.Level, FieldLimits.Title, at, "entry.level");
        return entry;
    }

    /// <summary>A time in range, or an error naming <paramref name="field"/> as it is.</summary>
    public DateTimeOffset? Time(DateTimeOffset? time, string file, long? line, string field) =>
        Time(time, new Where(file, line, FieldNames.Pulse), field);

    private DateTimeOffset? Time(DateTimeOffset? time, Where at, string field)
    {
        if (time is null || (time >= Earliest && time <= Latest)) return time;
        throw at.Error(field, string.Create(
            CultureInfo.InvariantCulture,
            $"{time.Value.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC is outside the plausible range for this export, 1990-01-01 up to {Latest.UtcDateTime:yyyy-MM-dd HH:mm} UTC (tomorrow); a wrong unit or an unset clock?"));
    }

    private static void Text(string? value, int limit, Where at, string field)
    {
        if (value is null) return;
        if (value.Contains('\0', StringComparison.Ordinal))
        {
            throw at.Error(field, "the text holds a NUL character (U+0000), which the database cannot store");
        }

        if (value.Length > limit)
        {
            throw at.Error(field, string.Create(CultureInfo.InvariantCulture, $"the text is {value.Length:N0} characters long, over the limit of {limit:N0} for this field"));
        }
    }

    private readonly record struct Where(string File, long? Line, FieldNames Names)
    {
        public ImportException Error(string field, string problem) => new(File, Line, Names[field], problem);
    }
}
