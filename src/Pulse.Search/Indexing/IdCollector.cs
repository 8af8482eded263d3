using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Pulse.Search.Analysis;

namespace Pulse.Search.Indexing;

/// <summary>Collects the ids of every match, unscored, from the id doc values.</summary>
internal sealed class IdCollector : ICollector
{
    private readonly BytesRef _scratch = new();
    private BinaryDocValues? _ids;

    public List<string> Ids { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) =>
        _ids = context.AtomicReader.GetBinaryDocValues(SearchFields.Id);

    public void Collect(int doc)
    {
        _ids!.Get(doc, _scratch);
        Ids.Add(_scratch.Utf8ToString());
    }
}
