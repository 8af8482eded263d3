using Microsoft.EntityFrameworkCore;
using Pulse.Monitoring.Model;
using Pulse.Storage.Rows;

namespace Pulse.Storage;

/// <summary>What a directory import changed.</summary>
public sealed record DirectoryImportResult(int Read, int New, int Updated, int Removed, int Unchanged);

/// <summary>
/// The organisation's HR directory. An import is the whole truth of the moment: people in the file
/// are added or updated (matched on e-mail), people no longer in it are removed — in one transaction.
/// </summary>
public sealed class DirectoryStore(PulseDatabase database)
{
    public async Task<DirectoryImportResult> ReplaceAsync(long organisationId, IReadOnlyList<DirectoryEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.People.Where(p => p.OrganisationId == organisationId)
            .ToDictionaryAsync(p => p.Email, StringComparer.Ordinal, cancellationToken);
        int added = 0, updated = 0, unchanged = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var email = DirectoryEntry.NormaliseEmail(entry.Email);
            if (!seen.Add(email)) throw new PulseException($"The directory lists {email} more than once.");
            if (existing.TryGetValue(email, out var row))
            {
                if (Same(row, entry)) unchanged++;
                else updated++;
                Copy(entry, row);
            }
            else
            {
                row = new PersonRow { OrganisationId = organisationId, Email = email };
                Copy(entry, row);
                db.People.Add(row);
                added++;
            }
        }

        var gone = existing.Values.Where(p => !seen.Contains(p.Email)).ToList();
        db.People.RemoveRange(gone);
        await db.SaveChangesAsync(cancellationToken);
        if (added + updated + gone.Count > 0)
        {
            // Departments, target group and managers come from here: figures kept in memory are stale now.
            await db.Organisations.Where(o => o.Id == organisationId)
                .ExecuteUpdateAsync(o => o.SetProperty(r => r.DirectoryRevision, r => r.DirectoryRevision + 1), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new DirectoryImportResult(entries.Count, added, updated, gone.Count, unchanged);
    }

    public async Task<IReadOnlyList<DirectoryEntry>> ListAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var rows = await db.People.AsNoTracking().Where(p => p.OrganisationId == organisationId).OrderBy(p => p.Email).ToListAsync(cancellationToken);
        return rows.Select(p => new DirectoryEntry(p.Email, p.Name, p.Department, p.IsManager, p.InTargetGroup, p.Location, p.Level)).ToList();
    }

    private static bool Same(PersonRow row, DirectoryEntry entry) =>
        row.Name == entry.Name && row.Department == entry.Department && row.IsManager == entry.IsManager
        && row.InTargetGroup == entry.InTargetGroup && row.Location == entry.Location && row.Level == entry.Level;

    private static void Copy(DirectoryEntry entry, PersonRow row)
    {
        row.Name = entry.Name;
        row.Department = entry.Department;
        row.IsManager = entry.IsManager;
        row.InTargetGroup = entry.InTargetGroup;
        row.Location = entry.Location;
        row.Level = entry.Level;
    }
}
