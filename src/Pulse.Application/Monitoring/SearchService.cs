using Pulse.Monitoring.Model;
using Pulse.Monitoring.Text.Sentiment;
using Pulse.Search.Indexing;
using Pulse.Search.Themes;
using Pulse.Storage;
using SearchLanguage = Pulse.Search.Analysis.TextLanguage;
using TextLanguage = Pulse.Monitoring.Text.TextLanguage;

namespace Pulse.Application.Monitoring;

/// <summary>What a search found, and whether the index had to be rebuilt first.</summary>
public sealed record SearchView(string Organisation, string Query, bool Rebuilt, int Indexed, IReadOnlyList<SearchHit> Hits);

/// <summary>What `pulse index rebuild` did.</summary>
public sealed record IndexReport(string Organisation, string Folder, int Indexed, double Seconds);

/// <summary>
/// Full-text search over an organisation's messages through its Lucene index (Pulse.Search). The
/// index is a cache of the database: before every use its marker is compared with the database's
/// watermark, and an index that is missing, of an old format or behind is rebuilt from the stored
/// messages — never silently wrong. Only the messages participation counts are indexed.
/// </summary>
public sealed class SearchService(PulseDatabase database)
{
    /// <summary>
    /// One user of an index folder at a time within this process: Lucene allows one writer per
    /// folder, and a search may have to rebuild. (Another process holding it gets a clear sentence.)
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> Folders = new(StringComparer.Ordinal);

    public async Task<SearchView> SearchAsync(string slug, string query, int top = 20, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(query)) throw new PulseUsageException("Search needs words to look for.");
        try
        {
            ThemeQuery.Parse(query);
        }
        catch (ThemeQueryException e)
        {
            throw new PulseUsageException($"The query: {e.Message}");
        }

        var gate = Folders.GetOrAdd(database.Options.IndexFolder(slug), _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var (index, rebuilt, indexed) = await OpenCurrentAsync(slug, force: false, cancellationToken);
            using (index)
            {
                return new SearchView(slug, query, rebuilt, indexed, index.Search(query, top));
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Rebuilds the organisation's index from the database, whatever its state.</summary>
    public async Task<IndexReport> RebuildAsync(string slug, CancellationToken cancellationToken = default)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var gate = Folders.GetOrAdd(database.Options.IndexFolder(slug), _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var (index, _, indexed) = await OpenCurrentAsync(slug, force: true, cancellationToken);
            index.Dispose();
            return new IndexReport(slug, database.Options.IndexFolder(slug), indexed, clock.Elapsed.TotalSeconds);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<(MessageIndex Index, bool Rebuilt, int Indexed)> OpenCurrentAsync(string slug, bool force, CancellationToken cancellationToken)
    {
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        var store = new MonitoringStore(database);
        var watermark = $"{await store.WatermarkAsync(organisation.Id, cancellationToken)}:private={organisation.IncludePrivate}";
        MessageIndex index;
        try
        {
            index = MessageIndex.Open(database.Options.IndexFolder(slug));
        }
        catch (Lucene.Net.Store.LockObtainFailedException)
        {
            throw new PulseException($"The search index of {slug} is in use by another Pulse process ({database.Options.IndexFolder(slug)}); try again when it has finished.");
        }

        if (!force && index.StateFor(watermark) == IndexState.Current) return (index, false, index.Count);
        try
        {
            var texts = await store.TextsAsync(organisation.Id, DateTimeOffset.MinValue.AddYears(1), DateTimeOffset.MaxValue.AddYears(-1), organisation.IncludePrivate, cancellationToken);
            var analyzer = SentimentAnalyzer.Default;
            index.Rebuild(
                texts.Select(t => new IndexedMessage(
                    t.Id,
                    new Message(t.Id, t.Id, null, null, t.Author, t.CreatedAt, null, null, false, MessageKind.Post, t.Body, 0, false, t.Topics),
                    analyzer.DetectLanguage(t.Body) switch
                    {
                        TextLanguage.Dutch => SearchLanguage.Dutch,
                        TextLanguage.English => SearchLanguage.English,
                        _ => SearchLanguage.Unknown,
                    })),
                watermark);
            return (index, true, texts.Count);
        }
        catch
        {
            index.Dispose();
            throw;
        }
    }
}
