using Pulse.Monitoring.Model;
using Pulse.Search.Indexing;
using Pulse.Storage;
using SearchLanguage = Pulse.Search.Analysis.TextLanguage;

namespace Pulse.Application.Monitoring;

/// <summary>What a search found, and whether the index had to be rebuilt first.</summary>
public sealed record SearchView(string Organisation, string Query, bool Rebuilt, int Indexed, IReadOnlyList<SearchHit> Hits);

/// <summary>What `pulse index rebuild` did.</summary>
public sealed record IndexReport(string Organisation, string Folder, int Indexed, double Seconds);

/// <summary>
/// Full-text search over an organisation's messages through its Lucene index (Pulse.Search). The
/// index is a cache of the database: before every use its marker is compared with the database's
/// watermark, and an index that is missing, of an old format or behind is rebuilt from the stored
/// messages — never silently wrong. Only the messages participation counts are indexed, each with
/// the language the import detected. Themes are counted through the same index.
/// </summary>
public sealed class SearchService(PulseDatabase database)
{
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
    /// Runs <paramref name="use"/> on the organisation's index once it is current (rebuilt first when
    /// missing or behind, or always with <paramref name="force"/>), holding the folder meanwhile.
    /// </summary>
    internal async Task<T> WithCurrentIndexAsync<T>(string slug, bool force, Func<MessageIndex, bool, int, T> use, CancellationToken cancellationToken)
    {
        var folder = database.Options.IndexFolder(slug);
        var gate = Folders.GetOrAdd(folder, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
            var store = new MonitoringStore(database);
            var watermark = $"{await store.WatermarkAsync(organisation.Id, cancellationToken)}:private={organisation.IncludePrivate}";
            using var index = Open(slug, folder);
            if (!force && index.StateFor(watermark) == IndexState.Current) return use(index, false, index.Count);
            var texts = await store.TextsAsync(organisation.Id, DateTimeOffset.MinValue.AddYears(1), DateTimeOffset.MaxValue.AddYears(-1), organisation.IncludePrivate, cancellationToken: cancellationToken);
            index.Rebuild(
                texts.Select(t => new IndexedMessage(
                    t.Id,
                    new Message(t.Id, t.Id, null, null, t.Author, t.CreatedAt, null, null, false, MessageKind.Post, t.Body, 0, false, t.Topics),
                    // The language the import detected; private conversations (opted in) were not analysed: both stemmers.
                    t.Language switch
                    {
                        "nl" => SearchLanguage.Dutch,
                        "en" => SearchLanguage.English,
                        _ => SearchLanguage.Unknown,
                    })),
                watermark);
            return use(index, true, texts.Count);
        }
        finally
        {
            gate.Release();
        }
    }

    private static MessageIndex Open(string slug, string folder)
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
}
