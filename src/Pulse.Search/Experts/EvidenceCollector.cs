using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Pulse.Search.Analysis;
using Pulse.Search.Indexing;

namespace Pulse.Search.Experts;

/// <summary>
/// The <c>depth</c> best-scoring matches that may be evidence: created before the filter's time, outside its
/// excluded threads, not private, and with an author. The filter reads doc values, so it is applied only to
/// a match whose score would enter the current top (most matches of a common word do not): the cost of a
/// query stays that of scoring its postings.
/// </summary>
internal sealed class EvidenceCollector(int depth, EvidenceFilter filter) : ICollector
{
    private readonly long _before = filter.Before?.UtcTicks ?? long.MaxValue;
    // A min-heap on (score, then later doc first out) of the best so far.
    private readonly PriorityQueue<ScoreDoc, (float Score, int NegativeDoc)> _top = new();
    private Scorer? _scorer;
    private int _docBase;
    private NumericDocValues? _created;
    private NumericDocValues? _flags;
    private SortedDocValues? _threads;
    private SortedDocValues? _authors;
    private int[] _excluded = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        _docBase = context.DocBase;
        _created = reader.GetNumericDocValues(SearchFields.Created);
        _flags = reader.GetNumericDocValues(SearchFields.Flags);
        _threads = reader.GetSortedDocValues(SearchFields.Thread);
        _authors = reader.GetSortedDocValues(SearchFields.Author);
        // A thread is left out by its ordinal in this segment: one integer comparison per candidate.
        _excluded = _threads is null || filter.ExcludedThreads is not { Count: > 0 } threads
            ? []
            : [.. threads.Select(t => _threads.LookupTerm(new BytesRef(t))).Where(o => o >= 0)];
    }

    public void Collect(int doc)
    {
        var score = _scorer!.GetScore();
        var key = (score, -(_docBase + doc));
        if (_top.Count >= depth && Compare(key, PeekPriority()) <= 0) return;
        if (_created is null || _flags is null || _authors is null || _threads is null) return;
        if (_created.Get(doc) >= _before) return;
        if ((((MessageTraits)_flags.Get(doc)) & MessageTraits.Private) != 0) return;
        if (_authors.GetOrd(doc) < 0) return;
        if (_excluded.Length > 0 && Array.IndexOf(_excluded, _threads.GetOrd(doc)) >= 0) return;
        if (_top.Count >= depth) _top.Dequeue();
        _top.Enqueue(new ScoreDoc(_docBase + doc, score), key);
    }

    /// <summary>The collected matches, best first (ties: lower document first, as Lucene orders them).</summary>
    public ScoreDoc[] Hits()
    {
        var hits = new ScoreDoc[_top.Count];
        for (var i = hits.Length - 1; i >= 0; i--) hits[i] = _top.Dequeue();
        return hits;
    }

    private (float, int) PeekPriority()
    {
        _top.TryPeek(out _, out var priority);
        return priority;
    }

    private static int Compare((float Score, int NegativeDoc) a, (float Score, int NegativeDoc) b)
    {
        var byScore = a.Score.CompareTo(b.Score);
        return byScore != 0 ? byScore : a.NegativeDoc.CompareTo(b.NegativeDoc);
    }
}
