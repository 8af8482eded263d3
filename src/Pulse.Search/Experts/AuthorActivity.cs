using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Pulse.Search.Analysis;
using Pulse.Search.Indexing;

namespace Pulse.Search.Experts;

/// <summary>
/// How much an author answered (replied in a thread, not privately) before a moment, each answer weighing half
/// as much per half-life of age: read through the author's postings in <see cref="SearchFields.AuthorTerm"/>, so
/// the cost grows with that person's messages, not with the index, and nothing needs warming up.
/// </summary>
internal static class AuthorActivity
{
    public static double Decayed(IndexReader reader, string author, DateTimeOffset before, double halfLifeDays)
    {
        var term = new Term(SearchFields.AuthorTerm, new BytesRef(author));
        var perTick = 1.0 / (halfLifeDays * TimeSpan.TicksPerDay);
        var moment = before.UtcTicks;
        var sum = 0.0;
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var docs = atomic.GetTermDocsEnum(term);
            if (docs is null) continue;
            var created = atomic.GetNumericDocValues(SearchFields.Created);
            var traits = atomic.GetNumericDocValues(SearchFields.Flags);
            if (created is null || traits is null) continue;
            var live = atomic.LiveDocs;
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                if (live is not null && !live.Get(doc)) continue;
                if (((MessageTraits)traits.Get(doc) & (MessageTraits.Reply | MessageTraits.Private)) != MessageTraits.Reply) continue;
                var at = created.Get(doc);
                if (at >= moment) continue;
                sum += Math.Pow(0.5, (moment - at) * perTick);
            }
        }

        return sum;
    }
}
