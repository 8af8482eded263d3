using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using Pulse.Search.Analysis;
using Pulse.Search.Experts;

namespace Pulse.Search.Indexing;

/// <summary>What expert finding reads from the index (docs/search.md, "Experts").</summary>
public sealed partial class MessageIndex
{
    private static readonly BM25Similarity Bm25 = new();

    /// <summary>
    /// The <paramref name="depth"/> messages that best match the free text <paramref name="text"/> (BM25 over the
    /// stemmed fields) among those <paramref name="filter"/> allows, best first, with what the expert model
    /// weighs. Private conversations (indexed with the organisation's opt-in) and messages without an
    /// author never appear.
    /// </summary>
    public IReadOnlyList<Evidence> Evidence(string text, EvidenceFilter filter, int depth)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(depth);
        return WithSearcher(shared =>
        {
            // A searcher of its own for BM25: the shared one keeps Lucene's default similarity for search.
            var searcher = new IndexSearcher(shared.IndexReader) { Similarity = Bm25 };
            if (ExpertQueryText.Build(text, searcher.IndexReader) is not { } query) return (IReadOnlyList<Evidence>)[];
            var top = new EvidenceCollector(depth, filter);
            searcher.Search(query, top);
            var hits = top.Hits();
            var leaves = searcher.IndexReader.Leaves;
            var result = new List<Evidence>(hits.Length);
            var scratch = new BytesRef();
            foreach (var hit in hits)
            {
                var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
                var reader = leaf.AtomicReader;
                var doc = hit.Doc - leaf.DocBase;
                result.Add(new Evidence(
                    Binary(reader.GetBinaryDocValues(SearchFields.Id), doc, scratch)!,
                    Sorted(reader.GetSortedDocValues(SearchFields.Author), doc, scratch)!,
                    Sorted(reader.GetSortedDocValues(SearchFields.Thread), doc, scratch) ?? "",
                    Sorted(reader.GetSortedDocValues(SearchFields.StarterAuthor), doc, scratch),
                    new DateTimeOffset(reader.GetNumericDocValues(SearchFields.Created).Get(doc), TimeSpan.Zero),
                    (int)(reader.GetNumericDocValues(SearchFields.Likes)?.Get(doc) ?? 0),
                    (MessageTraits)(reader.GetNumericDocValues(SearchFields.Flags)?.Get(doc) ?? 0),
                    hit.Score));
            }

            return result;
        });
    }

    /// <summary>For each of <paramref name="authors"/>: their answers (replies, not private) before
    /// <paramref name="before"/> (the index's newest message when null), each weighing half as much per
    /// <paramref name="halfLifeDays"/> of age. Read through the authors' postings: the cost grows with their messages.</summary>
    public IReadOnlyDictionary<string, double> RecentAnswers(IEnumerable<string> authors, DateTimeOffset? before, double halfLifeDays)
    {
        ArgumentNullException.ThrowIfNull(authors);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(halfLifeDays);
        var moment = before ?? (Marker?.LastCreatedAt is { } last ? last.AddTicks(1) : DateTimeOffset.UtcNow);
        return WithSearcher(searcher => (IReadOnlyDictionary<string, double>)AuthorActivity.Decayed(searcher.IndexReader, authors, moment, halfLifeDays));
    }

    /// <summary>A highlighted snippet of each of <paramref name="messageIds"/> that is in the index, for
    /// <paramref name="text"/> (the query that found them).</summary>
    public IReadOnlyDictionary<string, string> EvidenceSnippets(string text, IEnumerable<string> messageIds)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(messageIds);
        return WithSearcher(searcher =>
        {
            var query = ExpertQueryText.Build(text, searcher.IndexReader);
            var snippets = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (id, doc) in Locate(searcher.IndexReader, messageIds))
            {
                var document = searcher.Doc(doc, SnippetFields);
                var body = document.Get(SearchFields.Body, CultureInfo.InvariantCulture) ?? "";
                snippets[id] = query is null
                    ? new Lucene.Net.Search.Highlight.SimpleHTMLEncoder().EncodeText(body.Length <= 160 ? body : body[..160] + " …")
                    : Snippets.Of(query, body, document.Get(SearchFields.Language, CultureInfo.InvariantCulture) ?? "");
            }

            return (IReadOnlyDictionary<string, string>)snippets;
        });
    }

    /// <summary>The qualified author of the message <paramref name="messageId"/> as last committed, or null
    /// when it is not in the index (the import asks this of the starter of a thread it did not read).</summary>
    public string? AuthorOf(string messageId)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        return WithSearcher(searcher =>
        {
            var key = new BytesRef(messageId);
            var scratch = new BytesRef();
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var reader = leaf.AtomicReader;
                var docs = reader.GetTermDocsEnum(new Term(SearchFields.Id, key));
                if (docs is null) continue;
                var live = reader.LiveDocs;
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                {
                    if (live is null || live.Get(doc))
                        return Sorted(reader.GetSortedDocValues(SearchFields.Author), doc, scratch);
                }
            }

            return null;
        });
    }

    private static readonly ISet<string> SnippetFields = new HashSet<string>(StringComparer.Ordinal) { SearchFields.Body, SearchFields.Language };

    /// <summary>The live document of each of <paramref name="messageIds"/> that is in the index, in id order: one
    /// terms enumerator per segment, sought forward (a term query per id opened one per id and segment).</summary>
    private static List<(string Id, int Doc)> Locate(IndexReader reader, IEnumerable<string> messageIds)
    {
        var ids = messageIds.Distinct(StringComparer.Ordinal).Select(id => (Id: id, Term: new BytesRef(id))).ToList();
        ids.Sort((x, y) => x.Term.CompareTo(y.Term));
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        DocsEnum? docs = null;
        foreach (var leaf in reader.Leaves)
        {
            if (leaf.AtomicReader.Fields?.GetTerms(SearchFields.Id) is not { } terms) continue;
            var seek = terms.GetEnumerator();
            docs = null;
            foreach (var (id, term) in ids)
            {
                if (found.ContainsKey(id) || !seek.SeekExact(term)) continue;
                docs = seek.Docs(leaf.AtomicReader.LiveDocs, docs, DocsFlags.NONE);
                var doc = docs.NextDoc();
                if (doc != DocIdSetIterator.NO_MORE_DOCS) found[id] = leaf.DocBase + doc;
            }
        }

        return [.. ids.Where(i => found.ContainsKey(i.Id)).Select(i => (i.Id, found[i.Id]))];
    }

    private static string? Sorted(SortedDocValues? values, int doc, BytesRef scratch)
    {
        if (values is null || values.GetOrd(doc) < 0) return null;
        values.Get(doc, scratch);
        return scratch.Utf8ToString();
    }

    private static string? Binary(BinaryDocValues? values, int doc, BytesRef scratch)
    {
        if (values is null) return null;
        values.Get(doc, scratch);
        return scratch.Utf8ToString();
    }
}
