using NpgsqlTypes;
using Pulse.Monitoring.Model;
using Pulse.Monitoring.Text;
using Pulse.Monitoring.Text.Sentiment;

namespace Pulse.Storage.Import;

/// <summary>The four kinds of imported items and the columns they fill.</summary>
internal static class ImportTables
{
    public static UpsertTable<Account> Accounts { get; } = new("accounts",
    [
        new("name", NpgsqlDbType.Text, a => a.Name),
        new("email", NpgsqlDbType.Text, a => a.Email),
        new("department", NpgsqlDbType.Text, a => a.Department),
        new("job_title", NpgsqlDbType.Text, a => a.JobTitle),
        new("location", NpgsqlDbType.Text, a => a.Location),
        new("state", NpgsqlDbType.Integer, a => (int)a.State),
        new("is_bot", NpgsqlDbType.Boolean, a => a.IsBot),
        new("joined_at", NpgsqlDbType.TimestampTz, a => Utc(a.JoinedAt)),
    ], a => a.ExternalId, TracksIds: true);

    public static UpsertTable<Group> Groups { get; } = new("groups",
    [
        new("name", NpgsqlDbType.Text, g => g.Name),
        new("description", NpgsqlDbType.Text, g => g.Description),
        new("is_private", NpgsqlDbType.Boolean, g => g.IsPrivate),
        new("created_at", NpgsqlDbType.TimestampTz, g => Utc(g.CreatedAt)),
    ], g => g.ExternalId);

    public static UpsertTable<Topic> Topics { get; } = new("topics",
    [
        new("name", NpgsqlDbType.Text, t => t.Name),
    ], t => t.ExternalId);

    public static UpsertTable<Message> Messages { get; } = new("messages",
    [
        new("thread_external_id", NpgsqlDbType.Text, m => m.ThreadExternalId),
        new("parent_external_id", NpgsqlDbType.Text, m => m.ParentExternalId),
        new("group_external_id", NpgsqlDbType.Text, m => m.GroupExternalId),
        new("author_external_id", NpgsqlDbType.Text, m => m.AuthorExternalId),
        new("created_at", NpgsqlDbType.TimestampTz, m => m.CreatedAt.UtcDateTime),
        new("edited_at", NpgsqlDbType.TimestampTz, m => Utc(m.EditedAt)),
        new("deleted_at", NpgsqlDbType.TimestampTz, m => Utc(m.DeletedAt)),
        new("is_private", NpgsqlDbType.Boolean, m => m.IsPrivate),
        new("kind", NpgsqlDbType.Integer, m => (int)m.Kind),
        new("body", NpgsqlDbType.Text, m => m.Body),
        new("likes", NpgsqlDbType.Integer, m => m.Likes),
        new("is_accepted", NpgsqlDbType.Boolean, m => m.IsAccepted),
        new("topics", NpgsqlDbType.Text, m => m.Topics.Count == 0 ? null : string.Join('\n', m.Topics)),
        // Derived on import, in the same transaction, so figures never analyse text per request; never for private conversations.
        new("language", NpgsqlDbType.Text, m => m.IsPrivate ? null : SentimentAnalyzer.Default.DetectLanguage(m.Body).Code()),
        new("sentiment", NpgsqlDbType.Double, m => m.IsPrivate ? null : SentimentAnalyzer.Default.Analyze(m.Body).Score),
    ], m => m.ExternalId, m => m.CreatedAt.UtcDateTime, m => m.ThreadExternalId);

    private static DateTime? Utc(DateTimeOffset? value) => value?.UtcDateTime;
}
