using Pulse.Search.Indexing;
using Pulse.Storage;
using Pulse.Storage.Rows;

namespace Pulse.Application.Monitoring;

/// <summary>What a search found, and whether the index had to be rebuilt first.</summary>
public sealed record SearchView(string Organisation, string Query, bool Rebuilt, int Indexed, IReadOnlyList<SearchHit> Hits);

/// <summary>What `pulse index rebuild` did.</summary>
public sealed record IndexReport(string Organisation, string Folder, int Indexed, double Seconds);

/// <summary>
/// Full-text search over an organisation's messages through its Lucene index (Pulse.Search). The
/// index is a cache of the database: before every use its marker is compared with the database's
/// watermark, and an index that is missing, of an old format or behind is rebuilt from the stored
/// messages — never silently wrong. Imports keep it current as they go (<see cref="ImportIndexing"/>).
/// Only the messages participation counts are indexed, each with the language the import detected.
/// Themes are counted through the same index.
/// </summary>
public sealed class SearchService(PulseDatabase database) : IDisposable
{
    // Read paths open the last commit read-only when it is current; kept open only in a long-running process.
    private CommittedIndexes _committed = new(keepOpen: false);

    /// <summary>
    /// One user of an index folder at a time within this process: Lucene allows one writer per
    /// folder, and any use may have to rebuild. (Another process holding it gets a clear sentence.)
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> Folders = new(StringComparer.Ordinal);

    public async Task<SearchView> SearchAsync(string slug, string query, int top = 20, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(query)) throw new PulseUsageException("Search needs words to look for.");
        ThemeQueries.Check(query, "The query");
        return await WithCurrentIndexAsync(slug, force: false, (index, rebuilt, indexed) =>
            new SearchView(slug, query, rebuilt, indexed, index.Search(query, top)), cancellationToken);
    }

    /// <summary>Rebuilds the organisation's index from the database, whatever its state.</summary>
    public async Task<IndexReport> RebuildAsync(string slug, CancellationToken cancellationToken = default)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var indexed = await WithCurrentIndexAsync(slug, force: true, (_, _, count) => count, cancellationToken);
        return new IndexReport(slug, database.Options.IndexFolder(slug), indexed, clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// Whether to keep one read-only reader per organisation's index open between uses, reopened only when an
    /// import or rebuild has committed: on for <c>pulse serve</c> while it serves; a command that runs once
    /// opens and closes. Turning it off closes the kept readers. Set it before requests arrive.
    /// </summary>
    public void KeepIndexesOpen(bool keep)
    {
        var previous = _committed;
        _committed = new CommittedIndexes(keep);
        previous.Dispose();
    }

    /// <summary>Closes the readers kept open (<see cref="KeepIndexesOpen"/>); later uses open and close their own.</summary>
    public void Dispose() => KeepIndexesOpen(false);

    /// <summary>
    /// Runs <paramref name="use"/> on the organisation's index once it is current: <paramref name="use"/>
    /// only reads. A current index is read through a read-only view of its last commit, beside any writer;
    /// otherwise (missing, old format, behind, or always with <paramref name="force"/>) the folder is held,
    /// the index opened for writing and rebuilt first.
    /// </summary>
    internal async Task<T> WithCurrentIndexAsync<T>(string slug, bool force, Func<MessageIndex, bool, int, T> use, CancellationToken cancellationToken)
    {
        var folder = database.Options.IndexFolder(slug);
        if (!force)
        {
            // No hold: a reader takes no lock. The view is used only when its marker equals the watermark just read,
            // so it reflects exactly that database state; a commit in between makes it behind, and the writer path decides.
            var current = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
            using var view = _committed.OpenCurrent(folder, await WatermarkAsync(current, cancellationToken));
            if (view is not null) return use(view, false, view.Count);
        }

        using var hold = await HoldAsync(folder, cancellationToken);
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        var watermark = await WatermarkAsync(organisation, cancellationToken);
        using var index = Open(slug, folder);
        if (!force && index.StateFor(watermark) == IndexState.Current) return use(index, false, index.Count);
        var indexed = await RebuildAsync(index, organisation, watermark, cancellationToken);
        return use(index, true, indexed);
    }

    /// <summary>What the database says the index must reflect: its messages' fingerprint and the privacy opt-in.</summary>
    internal async Task<string> WatermarkAsync(OrganisationRow organisation, CancellationToken cancellationToken) =>
        $"{await new MonitoringStore(database).WatermarkAsync(organisation.Id, cancellationToken)}:private={organisation.IncludePrivate}";

    /// <summary>
    /// Replaces the index by the organisation's countable messages, streamed from the database into a
    /// bounded feed on every core (memory does not grow with the organisation), and commits it with
    /// <paramref name="watermark"/>, which the caller read before the messages. Returns how many were indexed.
    /// </summary>
    internal async Task<int> RebuildAsync(MessageIndex index, OrganisationRow organisation, string watermark, CancellationToken cancellationToken)
    {
        index.DeleteAll();
        using (var feed = new IndexFeed<MessageText>(index, t => t.Id, IndexEntries.FromDatabase, Environment.ProcessorCount, replace: false))
        {
            await foreach (var text in new MonitoringStore(database).StreamTextsAsync(organisation.Id, organisation.IncludePrivate, cancellationToken))
                feed.Add(text);
            await Task.Run(feed.Complete, cancellationToken);
        }

        return (int)index.Commit(watermark).Messages;
    }

    /// <summary>Takes this process's turn at an index folder; dispose to give it back.</summary>
    internal static async Task<IDisposable> HoldAsync(string folder, CancellationToken cancellationToken)
    {
        var gate = Folders.GetOrAdd(folder, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    internal static MessageIndex Open(string slug, string folder)
    {
        try
        {
            return MessageIndex.Open(folder);
        }
        catch (Lucene.Net.Store.LockObtainFailedException)
        {
            throw new PulseException($"The search index of {slug} is in use by another Pulse process ({folder}); try again when it has finished.");
        }
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
