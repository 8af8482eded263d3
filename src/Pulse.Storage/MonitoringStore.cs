using Microsoft.EntityFrameworkCore;
using Pulse.Monitoring.Model;

namespace Pulse.Storage;

/// <summary>
/// Reads an organisation's imported data back as domain records, for the metrics. Ids are prefixed
/// with their source (<c>yammer:123</c>) so that two platforms of one organisation never collide.
/// </summary>
public sealed class MonitoringStore(PulseDatabase database)
{
    /// <summary>
    /// Every message of the organisation; bodies only when asked, since figures do not need them.
    /// Private conversations are left out unless <paramref name="includePrivate"/> (the organisation's
    /// opt-in), in which case they come back as ordinary messages, to be counted like any other.
    /// </summary>
    public async Task<IReadOnlyList<Message>> MessagesAsync(long organisationId, bool withBodies = false, bool includePrivate = false, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var query = db.Messages.AsNoTracking().Where(m => m.OrganisationId == organisationId && (includePrivate || !m.IsPrivate))
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id);
        var messages = new List<Message>();
        await foreach (var m in query.Select(m => new
        {
            m.Source,
            m.ExternalId,
            m.ThreadExternalId,
            m.ParentExternalId,
            m.GroupExternalId,
            m.AuthorExternalId,
            m.CreatedAt,
            m.EditedAt,
            m.DeletedAt,
            IsPrivate = m.IsPrivate && !includePrivate,
            m.Kind,
            Body = withBodies ? m.Body : string.Empty,
            m.Likes,
            m.IsAccepted,
            m.Topics,
        }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            messages.Add(new Message(
                Qualify(m.Source, m.ExternalId)!,
                Qualify(m.Source, m.ThreadExternalId)!,
                Qualify(m.Source, m.ParentExternalId),
                Qualify(m.Source, m.GroupExternalId),
                Qualify(m.Source, m.AuthorExternalId),
                new DateTimeOffset(m.CreatedAt, TimeSpan.Zero),
                Offset(m.EditedAt),
                Offset(m.DeletedAt),
                m.IsPrivate,
                (MessageKind)m.Kind,
                m.Body,
                m.Likes,
                m.IsAccepted,
                m.Topics is null ? [] : m.Topics.Split('\n')));
        }

        return messages;
    }

    public async Task<IReadOnlyList<Account>> AccountsAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var rows = await db.Accounts.AsNoTracking().Where(a => a.OrganisationId == organisationId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return rows.Select(a => new Account(
            Qualify(a.Source, a.ExternalId)!, a.Name, a.Email, a.Department, a.JobTitle, a.Location,
            (AccountState)a.State, a.IsBot, Offset(a.JoinedAt))).ToList();
    }

    /// <summary>The names of the accounts with these source-qualified ids (those that have one), by qualified id.</summary>
    public async Task<IReadOnlyDictionary<string, string>> AccountNamesAsync(long organisationId, IReadOnlyCollection<string> qualifiedIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(qualifiedIds);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (qualifiedIds.Count == 0) return names;
        var wanted = qualifiedIds.ToHashSet(StringComparer.Ordinal);
        var raw = wanted.Select(id => id[(id.IndexOf(':', StringComparison.Ordinal) + 1)..]).Distinct(StringComparer.Ordinal).ToList();
        await using var db = database.CreateContext();
        var rows = await db.Accounts.AsNoTracking()
            .Where(a => a.OrganisationId == organisationId && raw.Contains(a.ExternalId) && a.Name != null)
            .Select(a => new { a.Source, a.ExternalId, a.Name })
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var id = Qualify(row.Source, row.ExternalId)!;
            if (wanted.Contains(id)) names[id] = row.Name!;
        }

        return names;
    }

    /// <summary>
    /// The posts written in <c>[from, to)</c>, for text analysis: not deleted, not by a bot account,
    /// and not private unless <paramref name="includePrivate"/> (the organisation's opt-in). Ids are
    /// source-qualified like every other. Without <paramref name="withBodies"/> a body is read only
    /// where the import left no sentiment (a private conversation), so figures over many messages
    /// need not read every text.
    /// </summary>
    public async Task<IReadOnlyList<MessageText>> TextsAsync(
        long organisationId, DateTimeOffset from, DateTimeOffset to, bool includePrivate, bool withBodies = true, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var (start, end) = (from.UtcDateTime, to.UtcDateTime);
        var bots = db.Accounts.Where(a => a.OrganisationId == organisationId && a.IsBot);
        var rows = await db.Messages.AsNoTracking()
            .Where(m => m.OrganisationId == organisationId && m.CreatedAt >= start && m.CreatedAt < end && m.DeletedAt == null
                && m.Kind == (int)MessageKind.Post && (includePrivate || !m.IsPrivate)
                && !bots.Any(b => b.Source == m.Source && b.ExternalId == m.AuthorExternalId))
            .Select(m => new
            {
                m.Source,
                m.ExternalId,
                m.AuthorExternalId,
                m.CreatedAt,
                Body = withBodies || m.Sentiment == null ? m.Body : string.Empty,
                m.Topics,
                m.Language,
                m.Sentiment,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(m => new MessageText(
            Qualify(m.Source, m.ExternalId)!,
            Qualify(m.Source, m.AuthorExternalId),
            new DateTimeOffset(m.CreatedAt, TimeSpan.Zero),
            m.Body,
            m.Topics is null ? [] : m.Topics.Split('\n', StringSplitOptions.RemoveEmptyEntries),
            m.Language,
            m.Sentiment))];
    }

    /// <summary>
    /// Every countable post of the organisation (the rule of <see cref="TextsAsync"/>: not deleted, a
    /// post, not by a bot account, not private unless <paramref name="includePrivate"/>), with body and
    /// group, streamed row by row so that rebuilding the search index of a million messages does not
    /// hold them all in memory.
    /// </summary>
    public async IAsyncEnumerable<MessageText> StreamTextsAsync(
        long organisationId, bool includePrivate, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var bots = db.Accounts.Where(a => a.OrganisationId == organisationId && a.IsBot);
        var rows = db.Messages.AsNoTracking()
            .Where(m => m.OrganisationId == organisationId && m.DeletedAt == null
                && m.Kind == (int)MessageKind.Post && (includePrivate || !m.IsPrivate)
                && !bots.Any(b => b.Source == m.Source && b.ExternalId == m.AuthorExternalId))
            .Select(m => new
            {
                m.Source, m.ExternalId, m.AuthorExternalId, m.GroupExternalId, m.CreatedAt, m.Body, m.Language, m.Sentiment,
                m.ThreadExternalId, m.Likes, m.IsAccepted, m.IsPrivate,
                // The starter's author (expert finding weighs answers in threads others started): one lookup
                // on the unique (organisation, source, external id) index per reply.
                StarterAuthor = m.ThreadExternalId == m.ExternalId
                    ? m.AuthorExternalId
                    : db.Messages.Where(s => s.OrganisationId == organisationId && s.Source == m.Source && s.ExternalId == m.ThreadExternalId)
                        .Select(s => s.AuthorExternalId).FirstOrDefault(),
            })
            .AsAsyncEnumerable();
        await foreach (var m in rows.WithCancellation(cancellationToken))
        {
            yield return new MessageText(
                Qualify(m.Source, m.ExternalId)!, Qualify(m.Source, m.AuthorExternalId), new DateTimeOffset(m.CreatedAt, TimeSpan.Zero),
                m.Body, [], m.Language, m.Sentiment, Qualify(m.Source, m.GroupExternalId),
                new MessageThreadFacts(Qualify(m.Source, m.ThreadExternalId)!, Qualify(m.Source, m.StarterAuthor), m.Likes, m.IsAccepted, m.IsPrivate));
        }
    }

    /// <summary>
    /// A fingerprint of the organisation's messages for caches built from them (the search index):
    /// its aggregates revision, which every import and every erasure raises in its own transaction.
    /// </summary>
    public async Task<string> WatermarkAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        // Every change to an organisation's messages (an import, an erasure) rebuilds its aggregates
        // in the same transaction, which raises this number: one row read instead of five passes over
        // a million messages.
        await using var db = database.CreateContext();
        var revision = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.AggregatesRevision).SingleAsync(cancellationToken);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"revision {revision}");
    }

    /// <summary>The creation time of the organisation's newest message (private ones only with the opt-in), or null without messages.</summary>
    public async Task<DateTimeOffset?> LatestMessageAsync(long organisationId, bool includePrivate, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var latest = await db.Messages.Where(m => m.OrganisationId == organisationId && (includePrivate || !m.IsPrivate))
            .MaxAsync(m => (DateTime?)m.CreatedAt, cancellationToken);
        return latest is null ? null : new DateTimeOffset(latest.Value, TimeSpan.Zero);
    }

    /// <summary>Every group (community, channel) of the organisation, ids qualified by source like the messages' group ids.</summary>
    public async Task<IReadOnlyList<Group>> GroupsAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var rows = await db.Groups.AsNoTracking().Where(g => g.OrganisationId == organisationId).OrderBy(g => g.Id).ToListAsync(cancellationToken);
        return rows.Select(g => new Group(Qualify(g.Source, g.ExternalId)!, g.Name, g.Description, g.IsPrivate, Offset(g.CreatedAt))).ToList();
    }

    private static string? Qualify(string source, string? id) => id is null ? null : source + ":" + id;

    private static DateTimeOffset? Offset(DateTime? value) => value is null ? null : new DateTimeOffset(value.Value, TimeSpan.Zero);
}
