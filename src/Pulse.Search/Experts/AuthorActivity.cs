using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Pulse.Search.Analysis;
using Pulse.Search.Indexing;

namespace Pulse.Search.Experts;

/// <summary>
/// How much an author answered (replied in a thread, not privately) before a moment, each answer weighing half
/// as much per half-life of age: read through the author's postings in <see cref="SearchFields.AuthorTerm"/>, so
/// the cost grows with those people's messages, not with the index, and nothing needs warming up.
/// </summary>
/// <remarks>
/// All authors are read segment by segment with one terms enumerator per segment, sought in term order, and
/// one reused postings enumerator: opening an enumerator per author and segment (what
/// <see cref="AtomicReader.GetTermDocsEnum(Term)"/> does) cost about ten times more than reading the postings on
/// the million-message benchmark (docs/performance.md, "Issue 10"). Each author's answers are still summed in
/// index order, segment after segment, so the sums are the same to the last bit.
/// </remarks>
internal static class AuthorActivity
{
    public static Dictionary<string, double> Decayed(IndexReader reader, IEnumerable<string> authors, DateTimeOffset before, double halfLifeDays)
    {
        var sorted = authors.Distinct(StringComparer.Ordinal).Select(a => (Author: a, Term: new BytesRef(a))).ToList();
        // Terms are ordered by their UTF-8 bytes: seeking forward only lets the enumerator reuse the blocks it read.
        sorted.Sort((x, y) => x.Term.CompareTo(y.Term));
        var sums = new double[sorted.Count];
        var perTick = 1.0 / (halfLifeDays * TimeSpan.TicksPerDay);
        var moment = before.UtcTicks;
        DocsEnum? docs = null;
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var terms = atomic.Fields?.GetTerms(SearchFields.AuthorTerm);
            var created = atomic.GetNumericDocValues(SearchFields.Created);
            var traits = atomic.GetNumericDocValues(SearchFields.Flags);
            if (terms is null || created is null || traits is null) continue;
            var live = atomic.LiveDocs;
            var seek = terms.GetEnumerator();
            docs = null; // a postings enumerator belongs to its segment
            for (var i = 0; i < sorted.Count; i++)
            {
                if (!seek.SeekExact(sorted[i].Term)) continue;
                docs = seek.Docs(live, docs, DocsFlags.NONE);
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                {
                    if (((MessageTraits)traits.Get(doc) & (MessageTraits.Reply | MessageTraits.Private)) != MessageTraits.Reply) continue;
                    var at = created.Get(doc);
                    if (at >= moment) continue;
                    sums[i] += Math.Pow(0.5, (moment - at) * perTick);
                }
            }
        }

        var result = new Dictionary<string, double>(sorted.Count, StringComparer.Ordinal);
        for (var i = 0; i < sorted.Count; i++) result[sorted[i].Author] = sums[i];
        return result;
    }
}
