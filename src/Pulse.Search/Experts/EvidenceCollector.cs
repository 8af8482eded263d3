using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Pulse.Search.Analysis;
using Pulse.Search.Indexing;

namespace Pulse.Search.Experts;

/// <summary>
/// Passes to <paramref name="inner"/> only the matches that may be evidence: created before the filter's
/// time, outside its excluded threads, not private, and with an author. Reads doc values only.
/// </summary>
internal sealed class EvidenceCollector(ICollector inner, EvidenceFilter filter) : ICollector
{
    private readonly long _before = filter.Before?.UtcTicks ?? long.MaxValue;
    private NumericDocValues? _created;
    private NumericDocValues? _flags;
    private SortedDocValues? _threads;
    private SortedDocValues? _authors;
    private int[] _excluded = [];

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        _created = reader.GetNumericDocValues(SearchFields.Created);
        _flags = reader.GetNumericDocValues(SearchFields.Flags);
        _threads = reader.GetSortedDocValues(SearchFields.Thread);
        _authors = reader.GetSortedDocValues(SearchFields.Author);
        // A thread is left out by its ordinal in this segment: one integer comparison per match.
        _excluded = _threads is null || filter.ExcludedThreads is not { Count: > 0 } threads
            ? []
            : [.. threads.Select(t => _threads.LookupTerm(new BytesRef(t))).Where(o => o >= 0)];
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (_created is null || _flags is null || _authors is null || _threads is null) return;
        if (_created.Get(doc) >= _before) return;
        if ((((MessageTraits)_flags.Get(doc)) & MessageTraits.Private) != 0) return;
        if (_authors.GetOrd(doc) < 0) return;
        if (_excluded.Length > 0 && Array.IndexOf(_excluded, _threads.GetOrd(doc)) >= 0) return;
        inner.Collect(doc);
    }
}
