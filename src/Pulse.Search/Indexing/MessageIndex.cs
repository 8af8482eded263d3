using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Pulse.Search.Analysis;
using Pulse.Search.Themes;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Pulse.Search.Indexing;

/// <summary>
/// The full-text index of one organisation's countable messages: themes count from it, search
/// reads from it. Contract, fields and figures: docs/search.md.
/// </summary>
/// <remarks>
/// <para>Only messages that count (<see cref="IndexedMessage.Counts"/>) are kept: a private, deleted,
/// bot or system message is removed by id when it arrives, so a re-import that deletes a message or
/// makes it private takes it out, and a private text is never copied to disk here.</para>
/// <para>Threads: one instance per index directory (Lucene's write lock refuses a second writer, also
/// from another process). Adding, deleting and committing may come from any thread; searches from any
/// number of threads read the index as of the last <see cref="Commit"/> (a <see cref="SearcherManager"/>
/// refreshed there), never a half-imported state.</para>
/// <para>A read-only view (<see cref="CommittedIndexes"/>) reads one commit through a plain
/// <see cref="DirectoryReader"/>, takes no lock and may be open beside the writer; it refuses every change.</para>
/// </remarks>
public sealed partial class MessageIndex : IDisposable
{
    private readonly LuceneDirectory? _directory;
    private readonly bool _ownsDirectory;
    private readonly IndexWriter? _writer;
    private readonly SearcherManager? _searchers;
    private readonly DirectoryReader? _view;
    private readonly IndexSearcher? _viewSearcher;
    private readonly System.Threading.Lock _markerLock = new();
    private readonly ThreadLocal<MessageDocument>? _documents;
    private string? _lastId;
    private DateTimeOffset? _lastCreated;

    /// <summary>Opens (or creates, empty and uncommitted) the index in <paramref name="directory"/>,
    /// which stays the caller's to dispose.</summary>
    public MessageIndex(LuceneDirectory directory)
        : this(directory, ownsDirectory: false)
    {
    }

    private MessageIndex(LuceneDirectory directory, bool ownsDirectory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        _directory = directory;
        _ownsDirectory = ownsDirectory;
        var config = new IndexWriterConfig(SearchAnalyzers.Version, SearchAnalyzers.PerField)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            // Larger flushes make fewer segments to merge during a million-message import; the buffer
            // is shared by all indexing threads and counts against the import's memory (docs/performance.md).
            RAMBufferSizeMB = 16,
            // Compound files pack a segment's files into one by copying them: work at every flush and
            // merge for fewer open files, which an index of a few dozen segments does not need.
            UseCompoundFile = false,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0.0 },
        };
        _writer = new IndexWriter(directory, config);
        _documents = new(() => new MessageDocument());
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
        Marker = IndexMarker.FromUserData(_writer.CommitData);
        (_lastId, _lastCreated) = (Marker?.LastMessageId, Marker?.LastCreatedAt);
    }

    /// <summary>A read-only view of the commit <paramref name="reader"/> reads, holding one reference to it
    /// (given back on <see cref="Dispose"/>, which also closes <paramref name="ownedDirectory"/>).</summary>
    internal MessageIndex(DirectoryReader reader, LuceneDirectory? ownedDirectory = null)
    {
        reader.IncRef();
        _view = reader;
        _directory = ownedDirectory;
        _ownsDirectory = ownedDirectory is not null;
        _viewSearcher = new IndexSearcher(reader);
        Marker = IndexMarker.FromUserData(reader.IndexCommit.UserData);
    }

    /// <summary>False for a read-only view of one commit (<see cref="CommittedIndexes"/>), which refuses changes.</summary>
    public bool IsWritable => _writer is not null;

    /// <summary>Opens the index kept in <paramref name="folder"/>, creating the folder when needed.</summary>
    public static MessageIndex Open(string folder)
    {
        System.IO.Directory.CreateDirectory(folder);
        return new MessageIndex(FSDirectory.Open(folder), ownsDirectory: true);
    }

    /// <summary>An index in memory, for tests and throwaway use.</summary>
    public static MessageIndex InMemory() => new(new RAMDirectory(), ownsDirectory: true);

    /// <summary>The marker of the last commit; null when nothing was committed yet by Pulse.</summary>
    public IndexMarker? Marker { get; private set; }

    /// <summary>Messages in the index as of the last commit.</summary>
    public int Count => WithSearcher(searcher => searcher.IndexReader.NumDocs);

    /// <summary>Whether this index can answer for data whose watermark is <paramref name="expectedWatermark"/>.</summary>
    public IndexState StateFor(string expectedWatermark) => StateOf(Marker, expectedWatermark);

    /// <summary>What a commit carrying <paramref name="marker"/> is worth for data whose watermark is <paramref name="expectedWatermark"/>.</summary>
    internal static IndexState StateOf(IndexMarker? marker, string expectedWatermark) => marker switch
    {
        null => IndexState.Missing,
        { Format: not IndexMarker.CurrentFormat } => IndexState.OldFormat,
        { Watermark: var mark } when mark != expectedWatermark => IndexState.Behind,
        _ => IndexState.Current,
    };

    /// <summary>Adds the message, or replaces the one with the same id; one that does not count is removed
    /// instead. Indexing the same message twice leaves one document. Visible after <see cref="Commit"/>.</summary>
    public void AddOrUpdate(IndexedMessage entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var key = new Term(SearchFields.Id, entry.Id);
        if (!entry.Counts)
        {
            Writer.DeleteDocuments(key);
            return;
        }

        Writer.UpdateDocument(key, _documents!.Value!.Fill(entry));
        NoteNewest(entry);
    }

    /// <summary>Adds the message without looking for an older version of it (skipped when it does not count):
    /// only for an id known not to be in the index, such as a rebuild after <see cref="DeleteAll"/>, where it
    /// saves the delete that <see cref="AddOrUpdate(IndexedMessage)"/> must apply.</summary>
    public void Add(IndexedMessage entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!entry.Counts)
            return;
        Writer.AddDocument(_documents!.Value!.Fill(entry));
        NoteNewest(entry);
    }

    /// <summary><see cref="AddOrUpdate(IndexedMessage)"/> for many messages, analysed on every core: Lucene's
    /// writer indexes from several threads at once, and analysis is most of the cost of indexing.</summary>
    public void AddOrUpdate(IEnumerable<IndexedMessage> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Parallel.ForEach(entries, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, AddOrUpdate);
    }

    /// <summary>Removes the message with this id, if present. Visible after <see cref="Commit"/>.</summary>
    public void Delete(string messageId)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        Writer.DeleteDocuments(new Term(SearchFields.Id, messageId));
    }

    /// <summary>Empties the index, to rebuild it. Until the next <see cref="Commit"/> the directory still
    /// holds the previous commit, so a rebuild that dies half-way leaves the old, marked state.</summary>
    public void DeleteAll()
    {
        Writer.DeleteAll();
        lock (_markerLock)
            (_lastId, _lastCreated) = (null, null);
    }

    /// <summary>Replaces the whole index by <paramref name="entries"/> (each id once, as a database yields
    /// them) and commits with <paramref name="watermark"/>: the path of <c>pulse index rebuild</c>. Faster
    /// than <see cref="AddOrUpdate(IEnumerable{IndexedMessage})"/> because nothing needs replacing. If it
    /// fails half-way, nothing is committed and the directory keeps its previous commit.</summary>
    public IndexMarker Rebuild(IEnumerable<IndexedMessage> entries, string watermark)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(watermark);
        DeleteAll();
        Parallel.ForEach(entries, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, Add);
        return Commit(watermark);
    }

    /// <summary>Makes every change durable together with a marker carrying <paramref name="watermark"/>,
    /// then lets searches see them.</summary>
    public IndexMarker Commit(string watermark)
    {
        ArgumentNullException.ThrowIfNull(watermark);
        // Count the documents as they will be committed: an NRT reader sees the pending changes.
        using (var pending = DirectoryReader.Open(Writer, applyAllDeletes: true))
        {
            lock (_markerLock)
                Marker = new IndexMarker(IndexMarker.CurrentFormat, pending.NumDocs, _lastId, _lastCreated, watermark);
        }

        Writer.SetCommitData(Marker.ToUserData());
        Writer.Commit();
        _searchers!.MaybeRefreshBlocking();
        return Marker;
    }

    /// <summary>The ids of the messages created in <c>[from, to)</c> that match <paramref name="theme"/>,
    /// as whole words, ignoring case and accents; in no particular order.</summary>
    public IReadOnlyList<string> Matches(ThemeQuery theme, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(theme);
        var query = new ConstantScoreQuery(ThemeQueryTranslator.ForTheme(theme));
        return WithSearcher(searcher =>
        {
            var ids = new IdCollector(from.UtcTicks, to.UtcTicks);
            searcher.Search(query, ids);
            return ids.Ids;
        });
    }

    /// <summary>
    /// What the messages created in <c>[from, to)</c> that match <paramref name="theme"/> add up to, from
    /// the index alone: count, distinct authors, sentiment, and the same per bucket of
    /// <paramref name="bucket"/> starting at <paramref name="bucketsFrom"/> (at or before
    /// <paramref name="from"/>; weeks for `pulse monitor themes`), as many buckets as reach <paramref name="to"/>.
    /// </summary>
    public ThemeTally Tally(ThemeQuery theme, DateTimeOffset from, DateTimeOffset to, DateTimeOffset bucketsFrom, TimeSpan bucket)
    {
        ArgumentNullException.ThrowIfNull(theme);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(bucket, TimeSpan.Zero);
        if (bucketsFrom > from) throw new ArgumentOutOfRangeException(nameof(bucketsFrom), "The buckets must start at or before the period.");
        var buckets = to <= bucketsFrom ? 0 : (int)Math.Ceiling((to.UtcTicks - bucketsFrom.UtcTicks) / (double)bucket.Ticks);
        var query = new ConstantScoreQuery(ThemeQueryTranslator.ForTheme(theme));
        return WithSearcher(searcher =>
        {
            var tally = new TallyCollector(from.UtcTicks, to.UtcTicks, bucketsFrom.UtcTicks, bucket.Ticks, buckets);
            searcher.Search(query, tally);
            return tally.Result();
        });
    }

    /// <summary>The <paramref name="top"/> best matches of <paramref name="text"/>, written in the theme
    /// query language; words also match their Dutch and English inflections.</summary>
    /// <exception cref="ThemeQueryException">The text is not a valid query.</exception>
    public IReadOnlyList<SearchHit> Search(string text, int top)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        var query = ThemeQueryTranslator.ForSearch(ThemeQuery.Parse(text));
        return WithSearcher(searcher =>
        {
            var hits = new List<SearchHit>();
            foreach (var scored in searcher.Search(query, top).ScoreDocs)
            {
                var document = searcher.Doc(scored.Doc);
                var body = document.Get(SearchFields.Body, CultureInfo.InvariantCulture) ?? "";
                hits.Add(new SearchHit(
                    document.Get(SearchFields.Id, CultureInfo.InvariantCulture)!,
                    scored.Score,
                    new DateTimeOffset(document.GetField(SearchFields.Created)!.GetInt64Value()!.Value, TimeSpan.Zero),
                    document.Get(SearchFields.Author, CultureInfo.InvariantCulture),
                    document.Get(SearchFields.Group, CultureInfo.InvariantCulture),
                    Snippets.Of(query, body, document.Get(SearchFields.Language, CultureInfo.InvariantCulture) ?? "")));
            }

            return hits;
        });
    }

    public void Dispose()
    {
        if (_view is not null)
        {
            _view.DecRef();
            if (_ownsDirectory)
                _directory!.Dispose();
            return;
        }

        _searchers!.Dispose();
        // Uncommitted changes are dropped, not committed: only Commit writes a marker.
        _writer!.Rollback();
        _writer.Dispose();
        _documents!.Dispose();
        if (_ownsDirectory)
            _directory!.Dispose();
    }

    private IndexWriter Writer => _writer ?? throw new InvalidOperationException("This is a read-only view of the index's last commit; changes go through MessageIndex.Open.");

    private void NoteNewest(IndexedMessage entry)
    {
        lock (_markerLock)
        {
            if (_lastCreated is null || entry.Message.CreatedAt >= _lastCreated)
                (_lastId, _lastCreated) = (entry.Id, entry.Message.CreatedAt.ToUniversalTime());
        }
    }

    private T WithSearcher<T>(Func<IndexSearcher, T> read)
    {
        if (_viewSearcher is not null) return read(_viewSearcher);
        var searcher = _searchers!.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }
}
