using Microsoft.EntityFrameworkCore;
using Pulse.Monitoring.Model;

namespace Pulse.Storage;

/// <summary>What erasing one person removed.</summary>
public sealed record ErasureResult(int Messages, int Accounts, int DirectoryEntries);

/// <summary>
/// Reads an organisation's imported data back as domain records, for the metrics. Ids are prefixed
/// with their source (<c>yammer:123</c>) so that two platforms of one organisation never collide.
/// </summary>
public sealed class MonitoringStore(PulseDatabase database)
{
    /// <summary>Every message of the organisation; bodies only when asked, since figures do not need them.</summary>
    public async Task<IReadOnlyList<Message>> MessagesAsync(long organisationId, bool withBodies = false, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var query = db.Messages.AsNoTracking().Where(m => m.OrganisationId == organisationId).OrderBy(m => m.CreatedAt).ThenBy(m => m.Id);
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
            m.IsPrivate,
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

    /// <summary>
    /// Removes a person's messages, platform accounts and directory entry, in one transaction.
    /// <paramref name="email"/> is compared as stored: normalised, or pseudonymised for pseudonymised organisations.
    /// </summary>
    public async Task<ErasureResult> ErasePersonAsync(long organisationId, string email, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var accounts = db.Accounts.Where(a => a.OrganisationId == organisationId && a.Email == email);
        var messages = await db.Messages
            .Where(m => m.OrganisationId == organisationId && accounts.Any(a => a.Source == m.Source && a.ExternalId == m.AuthorExternalId))
            .ExecuteDeleteAsync(cancellationToken);
        var accountCount = await accounts.ExecuteDeleteAsync(cancellationToken);
        var people = await db.People.Where(p => p.OrganisationId == organisationId && p.Email == email).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ErasureResult(messages, accountCount, people);
    }

    private static string? Qualify(string source, string? id) => id is null ? null : source + ":" + id;

    private static DateTimeOffset? Offset(DateTime? value) => value is null ? null : new DateTimeOffset(value.Value, TimeSpan.Zero);
}
