using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Pulse.Search.Analysis;
using Pulse.Search.Themes;

namespace Pulse.Search.Indexing;

/// <summary>What knowledge risk reads from the index (docs/alerts.md, "Knowledge risk").</summary>
public sealed partial class MessageIndex
{
    /// <summary>
    /// Per author (their qualified id), the replies — not private — in every thread where a message
    /// matching <paramref name="theme"/> was written in [<paramref name="from"/>, <paramref name="to"/>),
    /// read from doc values: the matches give the threads, one pass over each segment's thread
    /// ordinals gives the replies, without a round trip to the database per thread.
    /// </summary>
    public IReadOnlyDictionary<string, int> ThemeAnswerers(ThemeQuery theme, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(theme);
        var query = new ConstantScoreQuery(ThemeQueryTranslator.ForTheme(theme));
        return WithSearcher(searcher =>
        {
            var threads = new HashSet<string>(StringComparer.Ordinal);
            searcher.Search(query, new ThreadCollector(from.UtcTicks, to.UtcTicks, threads));
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            if (threads.Count == 0) return (IReadOnlyDictionary<string, int>)counts;
            var scratch = new BytesRef();
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var reader = leaf.AtomicReader;
                var thread = reader.GetSortedDocValues(SearchFields.Thread);
                var author = reader.GetSortedDocValues(SearchFields.Author);
                if (thread is null || author is null) continue;
                var flags = reader.GetNumericDocValues(SearchFields.Flags);
                var wanted = new FixedBitSet(Math.Max(1, thread.ValueCount));
                foreach (var id in threads)
                {
                    var ord = thread.LookupTerm(new BytesRef(id));
                    if (ord >= 0) wanted.Set(ord);
                }

                var perAuthor = new int[author.ValueCount];
                var live = reader.LiveDocs;
                for (var doc = 0; doc < reader.MaxDoc; doc++)
                {
                    if (live is not null && !live.Get(doc)) continue;
                    var ord = thread.GetOrd(doc);
                    if (ord < 0 || !wanted.Get(ord)) continue;
                    var traits = (MessageTraits)(flags?.Get(doc) ?? 0);
                    if (!traits.HasFlag(MessageTraits.Reply) || traits.HasFlag(MessageTraits.Private)) continue;
                    var by = author.GetOrd(doc);
                    if (by >= 0) perAuthor[by]++;
                }

                for (var by = 0; by < perAuthor.Length; by++)
                {
                    if (perAuthor[by] == 0) continue;
                    author.LookupOrd(by, scratch);
                    var name = scratch.Utf8ToString();
                    counts[name] = counts.GetValueOrDefault(name) + perAuthor[by];
                }
            }

            return counts;
        });
    }

    /// <summary>The threads of the matches created in [from, to).</summary>
    private sealed class ThreadCollector(long from, long to, HashSet<string> threads) : ICollector
    {
        private readonly BytesRef _scratch = new();
        private NumericDocValues? _created;
        private SortedDocValues? _thread;

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            _created = context.AtomicReader.GetNumericDocValues(SearchFields.Created);
            _thread = context.AtomicReader.GetSortedDocValues(SearchFields.Thread);
        }

        public void Collect(int doc)
        {
            if (_created is null || _thread is null) return;
            var at = _created.Get(doc);
            if (at < from || at >= to) return;
            var ord = _thread.GetOrd(doc);
            if (ord < 0) return;
            _thread.LookupOrd(ord, _scratch);
            threads.Add(_scratch.Utf8ToString());
        }
    }
}
