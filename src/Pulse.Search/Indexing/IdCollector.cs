using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Pulse.Search.Analysis;

namespace Pulse.Search.Indexing;

/// <summary>Collects the ids of every match created in <c>[from, to)</c> (UTC ticks), unscored, from doc values.</summary>
internal sealed class IdCollector(long from, long to) : ICollector
{
    private readonly BytesRef _scratch = new();
    private BinaryDocValues? _ids;
    private NumericDocValues? _created;

    public List<string> Ids { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _ids = context.AtomicReader.GetBinaryDocValues(SearchFields.Id);
        _created = context.AtomicReader.GetNumericDocValues(SearchFields.Created);
    }

    public void Collect(int doc)
    {
        var created = _created!.Get(doc);
        if (created < from || created >= to)
            return;
        _ids!.Get(doc, _scratch);
        Ids.Add(_scratch.Utf8ToString());
    }
}
