using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Pulse.Monitoring.Privacy;
using Pulse.Storage.Rows;

namespace Pulse.Storage;

/// <summary>What erasing one person removed.</summary>
/// <param name="Mentions">Other people's messages in which the person's name (written there when
/// Pulse resolved a mention) was replaced by <see cref="PersonEraser.Placeholder"/>.</param>
public sealed record ErasureResult(int Messages, int Accounts, int DirectoryEntries, int Mentions);

/// <summary>Who to erase, as stored: an e-mail address, or a platform account id (with its source when given).</summary>
public sealed record ErasureTarget(string? Email, string? AccountId, string? Source);

/// <summary>
/// Removes one person from one organisation so that nothing of them stays in the database file:
/// their messages, platform accounts and directory entry, their name and username where Pulse wrote
/// them into other people's messages and ids, and then the freed pages themselves.
/// </summary>
public sealed class PersonEraser(PulseDatabase database)
{
    /// <summary>What replaces the person's name in other people's messages.</summary>
    public const string Placeholder = "[verwijderd]";

    public async Task<ErasureResult> EraseAsync(long organisationId, ErasureTarget target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ErasureResult result;
        await using (var db = database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await OrganisationWriteLock.TakeAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), database.Options.Provider, organisationId, cancellationToken);
            var accounts = await AccountsAsync(db, organisationId, target, cancellationToken);
            var emails = accounts.Select(a => a.Email).Append(target.Email).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            var people = await db.People.Where(p => p.OrganisationId == organisationId && emails.Contains(p.Email)).ToListAsync(cancellationToken);

            // The term counts of every day that loses a message or a name are recounted before the commit.
            var connection = db.Database.GetDbConnection();
            var days = await TermDays.DaysOfAuthorsAsync(
                connection, transaction.GetDbTransaction(), organisationId, accounts.Select(a => (a.Source, a.ExternalId)), cancellationToken);
            var messages = 0;
            foreach (var account in accounts)
            {
                messages += await db.Messages
                    .Where(m => m.OrganisationId == organisationId && m.Source == account.Source && m.AuthorExternalId == account.ExternalId)
                    .ExecuteDeleteAsync(cancellationToken);
            }

            var ids = accounts.Select(a => a.Id).ToList();
            var accountCount = await db.Accounts.Where(a => ids.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);
            var personIds = people.Select(p => p.Id).ToList();
            var directory = await db.People.Where(p => personIds.Contains(p.Id)).ExecuteDeleteAsync(cancellationToken);
            var mentions = await ScrubAsync(db, organisationId, accounts, people, days, cancellationToken);
            await TermDays.RecountAsync(connection, transaction.GetDbTransaction(), organisationId, days, cancellationToken);
            // The aggregates count the erased person's messages under their account: rebuilt without them.
            await Aggregates.AggregateRebuild.RunAsync(
                db.Database.GetDbConnection(), transaction.GetDbTransaction(), database.Options.Provider, organisationId, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            result = new ErasureResult(messages, accountCount, directory, mentions);
        }

        if (result is not { Messages: 0, Accounts: 0, DirectoryEntries: 0 }) await ReclaimAsync(cancellationToken);
        return result;
    }

    private static async Task<List<AccountRow>> AccountsAsync(PulseDbContext db, long organisationId, ErasureTarget target, CancellationToken cancellationToken)
    {
        var query = db.Accounts.Where(a => a.OrganisationId == organisationId);
        if (target.Email is not null) return await query.Where(a => a.Email == target.Email).ToListAsync(cancellationToken);

        var found = await query.Where(a => a.ExternalId == target.AccountId && (target.Source == null || a.Source == target.Source)).ToListAsync(cancellationToken);
        var sources = found.Select(a => a.Source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (sources.Count > 1)
        {
            throw new PulseUsageException($"Account '{target.AccountId}' exists on {string.Join(" and ", sources)}; say which with --source.");
        }

        return found;
    }

    /// <summary>
    /// Replaces the person's names in the bodies of the messages that remain, and a username in the
    /// ids of the messages that remain (Mattermost derives reply and direct-message ids from usernames).
    /// </summary>
    private static async Task<int> ScrubAsync(
        PulseDbContext db, long organisationId, List<AccountRow> accounts, List<PersonRow> people, HashSet<DateOnly> days, CancellationToken cancellationToken)
    {
        // Names as written (whole words, any letter case), @handles, and name parts of four letters or
        // more wherever they stand ("Zwanenburgs"): the same reach as pseudonymisation on import.
        var whole = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in accounts.Select(a => a.Name).Concat(people.Select(p => p.Name)).Select(n => n?.Trim()).OfType<string>().Where(n => n.Length >= 3))
        {
            whole[name] = Placeholder;
            // A pseudonym's display name ("Persoon 3f9a1c") is replaced whole; its parts are everyone's.
            if (name.StartsWith("Persoon ", StringComparison.Ordinal)) continue;
            foreach (var part in NameParts.Of(name).Where(p => p.Length >= NameParts.ShortestReplaced)) parts[part] = Placeholder;
        }

        foreach (var account in accounts.Where(a => a.ExternalId.Any(char.IsLetter)))
        {
            whole["@" + account.ExternalId] = "@" + Placeholder;
            whole[account.ExternalId] = Placeholder;
        }

        var wholeRedactor = new NameRedactor(whole, wholeWords: true, minimumLength: 3);
        var partRedactor = new NameRedactor(parts, wholeWords: false, minimumLength: NameParts.ShortestReplaced);
        var touched = new HashSet<long>();
#pragma warning disable CA1304, CA1311 // Translated to SQL lower(); no .NET culture is involved.
        foreach (var needle in whole.Keys.Concat(parts.Keys).Select(k => k.ToLowerInvariant()).Distinct(StringComparer.Ordinal))
        {
            var pattern = "%" + needle.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            var candidates = await db.Messages
                .Where(m => m.OrganisationId == organisationId && EF.Functions.Like(m.Body.ToLower(), pattern, "\\"))
                .Select(m => new { m.Id, m.Body, m.CreatedAt }).ToListAsync(cancellationToken);
            foreach (var candidate in candidates)
            {
                var body = partRedactor.Redact(wholeRedactor.Redact(candidate.Body));
                if (body == candidate.Body) continue;
                touched.Add(candidate.Id);
                days.Add(DateOnly.FromDateTime(candidate.CreatedAt));
                await db.Messages.Where(m => m.Id == candidate.Id).ExecuteUpdateAsync(u => u.SetProperty(m => m.Body, body), cancellationToken);
            }
        }
#pragma warning restore CA1304, CA1311

        foreach (var account in accounts.Where(a => a.ExternalId.Any(char.IsLetter)))
        {
            // Ids are opaque to every figure; replacing the username the same way in all three keeps threads intact.
            var segment = "/" + account.ExternalId + "/";
            var erased = "/" + Placeholder + "/";
            await db.Messages.Where(m => m.OrganisationId == organisationId && m.Source == account.Source
                    && (m.ExternalId.Contains(segment) || m.ThreadExternalId.Contains(segment) || (m.ParentExternalId != null && m.ParentExternalId.Contains(segment))))
                .ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.ExternalId, m => m.ExternalId.Replace(segment, erased))
                        .SetProperty(m => m.ThreadExternalId, m => m.ThreadExternalId.Replace(segment, erased))
                        .SetProperty(m => m.ParentExternalId, m => m.ParentExternalId == null ? null : m.ParentExternalId.Replace(segment, erased)),
                    cancellationToken);
        }

        return touched.Count;
    }

    /// <summary>
    /// Makes the deleted rows unrecoverable from the database file. SQLite: <c>VACUUM</c> rewrites the
    /// file from the live rows only, so no freed page keeps old content. PostgreSQL: <c>VACUUM</c>
    /// marks the dead row versions reusable (it does not overwrite them); they disappear from the
    /// table files as new rows reuse the space, or at once with <c>VACUUM FULL</c> (docs/privacy.md).
    /// </summary>
    private async Task ReclaimAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        if (database.Options.Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("VACUUM", cancellationToken);
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync("VACUUM messages, accounts, people, term_days", cancellationToken);
        }
    }
}
