using System.Collections.Concurrent;
using Pulse.Monitoring.Metrics;
using Pulse.Monitoring.Model;
using Pulse.Storage;
using Pulse.Storage.Aggregates;
using Pulse.Storage.Rows;

namespace Pulse.Application.Monitoring;

/// <summary>
/// An organisation's aggregates, prepared for the figures (<see cref="AggregatedParticipation"/>),
/// kept in memory while its <see cref="OrganisationRow.AggregatesRevision"/> (raised by every import
/// that changed something), its <see cref="OrganisationRow.DirectoryRevision"/> and its opt-in for
/// private conversations are unchanged. A long-running process (the dashboard) reads an organisation's
/// aggregates from the database once, and after an import only the days that import recounted
/// (<see cref="AggregateStore.RefreshAsync"/>); the command line reads them once per command.
/// </summary>
public sealed class AggregateCache(PulseDatabase database)
{
    private readonly ConcurrentDictionary<long, Entry> entries = new();

    /// <summary>The organisation's prepared aggregates.</summary>
    public async Task<AggregatedParticipation> GetAsync(OrganisationRow organisation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var key = (organisation.AggregatesRevision, organisation.DirectoryRevision, organisation.IncludePrivate);
        entries.TryGetValue(organisation.Id, out var cached);
        if (organisation.AggregatesRevision > 0 && cached is not null && cached.Key == key) return cached.Figures;

        var store = new AggregateStore(database);
        var stored = cached is null ? null : await store.RefreshAsync(organisation.Id, cached.Stored, cancellationToken);
        stored ??= await store.ReadAsync(organisation.Id, cancellationToken);
        var directory = cached is not null && cached.Key.Directory == organisation.DirectoryRevision
            ? cached.Directory
            : await new DirectoryStore(database).ListAsync(organisation.Id, cancellationToken);
        var entry = new Entry(key, new AggregatedParticipation(stored.Aggregates, directory, organisation.IncludePrivate), stored, directory);
        // Revision 0 means the read above built them first: the next request reads the new revision.
        if (organisation.AggregatesRevision > 0) entries[organisation.Id] = entry;
        return entry.Figures;
    }

    private sealed record Entry(
        (long Revision, long Directory, bool IncludePrivate) Key, AggregatedParticipation Figures, StoredAggregates Stored, IReadOnlyList<DirectoryEntry> Directory);
}
