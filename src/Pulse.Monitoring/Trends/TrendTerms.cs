using System.Globalization;

namespace Pulse.Monitoring.Trends;

/// <summary>
/// The terms of one message: words of three letters or more (lower case, accents kept), the
/// two-word phrases of adjacent words that are not stop words, and the message's hashtags and
/// topics (as "#topic"). Each term counts once per message: trends measure how many messages speak
/// of something, not how often one message repeats it. A word longer than <see cref="LongestWord"/>
/// letters (a hash, a mangled link) is no term and breaks a phrase like a stop word; it would also
/// not fit an index key.
/// </summary>
/// <remarks>One scanner serves both the per-message set (<see cref="Of"/>) and the per-day counts the
/// import keeps (<see cref="TermTally"/>), so the two can never disagree on what a term is.</remarks>
internal static class TrendTerms
{
    public const int LongestWord = 64;

    public static HashSet<string> Of(TrendText message, TermVocabulary vocabulary)
    {
        var sink = new SetSink(new HashSet<string>(StringComparer.Ordinal));
        Scan(message.Body, message.Topics, vocabulary, ref sink);
        return sink.Terms;
    }

    /// <summary>Hands every term of the text and its topics to <paramref name="sink"/>, possibly more than once each.</summary>
    public static void Scan<TSink>(ReadOnlySpan<char> text, IEnumerable<string> topics, TermVocabulary vocabulary, ref TSink sink)
        where TSink : struct, ITermSink
    {
        // word[0] is '#', so a hashtag is word[..(1 + length)] without copying; phrase holds the
        // previous word, then a space and the current one.
        Span<char> word = stackalloc char[LongestWord + 1];
        Span<char> phrase = stackalloc char[(2 * LongestWord) + 1];
        word[0] = '#';
        var length = 0;
        var previous = 0;
        var hashtag = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            var inner = (c is '-' or '\'') && length > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
            if (char.IsLetterOrDigit(c) || inner)
            {
                if (length < LongestWord) word[1 + length] = char.ToLowerInvariant(c);
                length++;
                continue;
            }

            if (length > 0)
            {
                previous = Word(word, length, hashtag, previous, phrase, vocabulary, ref sink);
                length = 0;
            }

            hashtag = c == '#' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
        }

        foreach (var topic in topics)
        {
            var name = topic.Trim().TrimStart('#').ToLower(CultureInfo.InvariantCulture);
            if (name.Length is > 0 and <= LongestWord) sink.Add(("#" + name).AsSpan());
        }
    }

    /// <summary>Emits one scanned word (and the phrase it ends); returns the length of the word a next phrase may start with, 0 for none.</summary>
    private static int Word<TSink>(Span<char> word, int length, bool hashtag, int previous, Span<char> phrase, TermVocabulary vocabulary, ref TSink sink)
        where TSink : struct, ITermSink
    {
        if (length > LongestWord) return 0;
        if (hashtag)
        {
            sink.Add(word[..(1 + length)]);
            return 0;
        }

        var letters = word.Slice(1, length);
        if (length < 3 || vocabulary.Skips(letters) || AllDigits(letters)) return 0;
        sink.Add(letters);
        if (previous > 0)
        {
            phrase[previous] = ' ';
            letters.CopyTo(phrase[(previous + 1)..]);
            sink.Add(phrase[..(previous + 1 + length)]);
        }

        letters.CopyTo(phrase);
        return length;
    }

    private static bool AllDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c)) return false;
        }

        return true;
    }

    private struct SetSink(HashSet<string> terms) : ITermSink
    {
        public readonly HashSet<string> Terms => terms;

        public readonly void Add(ReadOnlySpan<char> term) => terms.Add(term.ToString());
    }
}

/// <summary>Receives the terms a scan finds.</summary>
internal interface ITermSink
{
    void Add(ReadOnlySpan<char> term);
}
