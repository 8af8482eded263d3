using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Pulse.Monitoring.Text.Sentiment;
using Pulse.Search.Analysis;

namespace Pulse.Search.Indexing;

/// <summary>
/// Adds up the matches of a theme from doc values: creation time (period and bucket), sentiment, and
/// authors. Authors are gathered per segment as ordinals in a bit set and turned into strings once per
/// distinct author and segment, so 400,000 matches by 20,000 people cost 20,000 string reads, not 400,000.
/// </summary>
internal sealed class TallyCollector : ICollector
{
    private readonly long _from;
    private readonly long _to;
    private readonly long _bucketsFrom;
    private readonly long _bucketTicks;
    private readonly int[] _bucketMessages;
    private readonly double[] _bucketSentiment;
    private readonly HashSet<string> _authors = new(StringComparer.Ordinal);
    private NumericDocValues? _created;
    private NumericDocValues? _sentiment;
    private SortedDocValues? _authorValues;
    private FixedBitSet? _segmentAuthors;

    public TallyCollector(long from, long to, long bucketsFrom, long bucketTicks, int buckets)
    {
        (_from, _to, _bucketsFrom, _bucketTicks) = (from, to, bucketsFrom, bucketTicks);
        _bucketMessages = new int[buckets];
        _bucketSentiment = new double[buckets];
    }

    public bool AcceptsDocsOutOfOrder => true;

    private int Messages { get; set; }

    private double SentimentSum { get; set; }

    private int Positive { get; set; }

    private int Negative { get; set; }

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushAuthors();
        var reader = context.AtomicReader;
        _created = reader.GetNumericDocValues(SearchFields.Created);
        _sentiment = reader.GetNumericDocValues(SearchFields.Sentiment);
        _authorValues = reader.GetSortedDocValues(SearchFields.Author);
        _segmentAuthors = _authorValues is null ? null : new FixedBitSet(_authorValues.ValueCount);
    }

    public void Collect(int doc)
    {
        var created = _created!.Get(doc);
        if (created < _from || created >= _to)
            return;
        var score = BitConverter.Int64BitsToDouble(_sentiment!.Get(doc));
        Messages++;
        SentimentSum += score;
        switch (SentimentLabels.Of(score))
        {
            case SentimentLabel.Positive: Positive++; break;
            case SentimentLabel.Negative: Negative++; break;
        }

        var bucket = (int)((created - _bucketsFrom) / _bucketTicks);
        if (bucket >= 0 && bucket < _bucketMessages.Length)
        {
            _bucketMessages[bucket]++;
            _bucketSentiment[bucket] += score;
        }

        if (_authorValues is not null && _authorValues.GetOrd(doc) is var ord and >= 0)
            _segmentAuthors!.Set(ord);
    }

    public ThemeTally Result()
    {
        FlushAuthors();
        return new ThemeTally(
            Messages, _authors.Count, SentimentSum, Positive, Negative,
            [.. _bucketMessages.Select((count, i) => new ThemeBucket(count, _bucketSentiment[i]))]);
    }

    private void FlushAuthors()
    {
        if (_segmentAuthors is null || _authorValues is null)
            return;
        var scratch = new BytesRef();
        for (var ord = _segmentAuthors.NextSetBit(0); ord >= 0; ord = ord + 1 < _segmentAuthors.Length ? _segmentAuthors.NextSetBit(ord + 1) : -1)
        {
            _authorValues.LookupOrd(ord, scratch);
            _authors.Add(scratch.Utf8ToString());
        }

        _segmentAuthors = null;
    }
}
