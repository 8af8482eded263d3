using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Pulse.Search.Analysis;
using Pulse.Search.Indexing;

namespace Pulse.Search.Experts;

/// <summary>
/// When each author answered (replied in a thread, not privately), as sorted creation times, read once per
/// committed state of the index from doc values and kept with its reader: who is around, and how much, at any
/// moment, without a database. Memory: one long per reply.
/// </summary>
internal sealed class AuthorActivity
{
    private static readonly ConditionalWeakTable<IndexReader, AuthorActivity> Cache = [];

    private readonly Dictionary<string, long[]> _replies;

    private AuthorActivity(Dictionary<string, long[]> replies) => _replies = replies;

    public static AuthorActivity Of(IndexReader reader) => Cache.GetValue(reader, Build);

    /// <summary>The author's replies before <paramref name="before"/>, each weighing half as much per
    /// <paramref name="halfLifeDays"/> of age: a decayed count of answers.</summary>
    public double Decayed(string author, DateTimeOffset before, double halfLifeDays)
    {
        if (!_replies.TryGetValue(author, out var times)) return 0;
        var end = Array.BinarySearch(times, before.UtcTicks);
        end = end < 0 ? ~end : LowerBound(times, end);
        var sum = 0.0;
        var perTick = 1.0 / (halfLifeDays * TimeSpan.TicksPerDay);
        for (var i = end - 1; i >= 0; i--)
        {
            var weight = Math.Pow(0.5, (before.UtcTicks - times[i]) * perTick);
            if (weight < 1e-4) break; // older ones add nothing visible
            sum += weight;
        }

        return sum;
    }

    private static int LowerBound(long[] times, int found)
    {
        while (found > 0 && times[found - 1] == times[found]) found--;
        return found;
    }

    private static AuthorActivity Build(IndexReader reader)
    {
        var lists = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        var scratch = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var authors = atomic.GetSortedDocValues(SearchFields.Author);
            var created = atomic.GetNumericDocValues(SearchFields.Created);
            var traits = atomic.GetNumericDocValues(SearchFields.Flags);
            if (authors is null || created is null || traits is null) continue;
            var live = atomic.LiveDocs;
            // Resolve each author's ordinal to its name once per segment.
            var names = new List<long>?[authors.ValueCount];
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc)) continue;
                var t = (MessageTraits)traits.Get(doc);
                if ((t & MessageTraits.Reply) == 0 || (t & MessageTraits.Private) != 0) continue;
                var ord = authors.GetOrd(doc);
                if (ord < 0) continue;
                var list = names[ord];
                if (list is null)
                {
                    authors.LookupOrd(ord, scratch);
                    var name = scratch.Utf8ToString();
                    if (!lists.TryGetValue(name, out list)) lists[name] = list = [];
                    names[ord] = list;
                }

                list.Add(created.Get(doc));
            }
        }

        return new AuthorActivity(lists.ToDictionary(p => p.Key, p =>
        {
            var times = p.Value.ToArray();
            Array.Sort(times);
            return times;
        }, StringComparer.Ordinal));
    }
}
