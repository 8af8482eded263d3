using System.Collections.Concurrent;
using Pulse.Monitoring.Metrics;
using Pulse.Storage;
using Pulse.Storage.Aggregates;
using Pulse.Storage.Rows;

namespace Pulse.Application.Monitoring;

/// <summary>
/// An organisation's aggregates, prepared for the figures (<see cref="AggregatedParticipation"/>),
/// kept in memory while its <see cref="OrganisationRow.AggregatesRevision"/> (raised by every import)
/// (raised by every import), its <see cref="OrganisationRow.DirectoryRevision"/> and its opt-in for private conversations
/// are unchanged. A long-running process (the dashboard) reads an organisation's
/// aggregates from the database once per import instead of once per page; the command line reads them
/// once per command.
/// </summary>
public sealed class AggregateCache(PulseDatabase database)
{
    private readonly ConcurrentDictionary<long, Entry> entries = new();

    /// <summary>The organisation's prepared aggregates.</summary>
    public async Task<AggregatedParticipation> GetAsync(OrganisationRow organisation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var key = (organisation.AggregatesRevision, organisation.DirectoryRevision, organisation.IncludePrivate);
        if (organisation.AggregatesRevision > 0 && entries.TryGetValue(organisation.Id, out var cached) && cached.Key == key)
        {
            return cached.Figures;
        }

        var aggregates = await new AggregateStore(database).LoadAsync(organisation.Id, cancellationToken);
        var figures = new AggregatedParticipation(aggregates, await new DirectoryStore(database).ListAsync(organisation.Id, cancellationToken), organisation.IncludePrivate);
        var entry = new Entry(key, figures);
        // Revision 0 means the load above built them first: the next request reads the new revision.
        if (organisation.AggregatesRevision > 0) entries[organisation.Id] = entry;
        return entry.Figures;
    }

    private sealed record Entry((long Revision, long Directory, bool IncludePrivate) Key, AggregatedParticipation Figures);
}
