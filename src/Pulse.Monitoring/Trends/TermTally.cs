using System.Runtime.InteropServices;

namespace Pulse.Monitoring.Trends;

/// <summary>
/// Counts, over a set of messages (one day of an organisation, as the import keeps them), in how many
/// messages each term occurs: the same terms as <see cref="Trending"/> reads from each message, each
/// counted once per message. Allocates a string only for a term it has not seen before.
/// </summary>
public sealed class TermTally(TermVocabulary vocabulary)
{
    private readonly Dictionary<string, Entry> terms = new(StringComparer.Ordinal);
    private int messages;

    /// <summary>Messages added since the last <see cref="Clear"/>.</summary>
    public int Messages => messages;

    /// <summary>Distinct terms seen.</summary>
    public int Count => terms.Count;

    /// <summary>Every term with the number of messages that contain it, in no particular order.</summary>
    public IEnumerable<KeyValuePair<string, int>> Terms => terms.Select(t => KeyValuePair.Create(t.Key, t.Value.Messages));

    public void Add(string body, IEnumerable<string> topics)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(topics);
        messages++;
        var sink = new Sink(terms.GetAlternateLookup<ReadOnlySpan<char>>(), messages);
        TrendTerms.Scan(body, topics, vocabulary, ref sink);
    }

    public void Clear()
    {
        terms.Clear();
        messages = 0;
    }

    private struct Entry
    {
        public int Messages;

        /// <summary>The number of the last message that counted this term: a term repeated within one message counts once.</summary>
        public int LastMessage;
    }

    private readonly struct Sink(Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> lookup, int message) : ITermSink
    {
        public void Add(ReadOnlySpan<char> term)
        {
            ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(lookup, term, out _);
            if (entry.LastMessage == message) return;
            entry.LastMessage = message;
            entry.Messages++;
        }
    }
}
