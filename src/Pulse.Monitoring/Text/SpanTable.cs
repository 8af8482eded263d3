using System.Runtime.CompilerServices;

namespace Pulse.Monitoring.Text;

/// <summary>
/// An immutable hash table from words to values, looked up by span. It does what a frozen
/// dictionary's span lookup does, but in our own always-optimised code: `pulse sentiment` is a
/// short process, and the runtime's tiering kept the framework's lookups in instrumented code for
/// most of a 100,000-line run (0.70 s against 0.49 s with tiered PGO off; docs/performance.md).
/// </summary>
internal sealed class SpanTable<TValue>
{
    private readonly int[] buckets;
    private readonly int[] next;
    private readonly int[] hashes;
    private readonly string[] keys;
    private readonly TValue[] values;
    private readonly int mask;

    /// <summary>Later pairs with the same key replace earlier ones.</summary>
    public SpanTable(IEnumerable<KeyValuePair<string, TValue>> pairs)
    {
        var distinct = new Dictionary<string, TValue>(StringComparer.Ordinal);
        foreach (var (key, value) in pairs)
        {
            distinct[key] = value;
        }

        var size = 4;
        while (size < distinct.Count * 2) size <<= 1;
        mask = size - 1;
        buckets = new int[size];
        next = new int[distinct.Count];
        hashes = new int[distinct.Count];
        keys = new string[distinct.Count];
        values = new TValue[distinct.Count];
        var i = 0;
        foreach (var (key, value) in distinct)
        {
            keys[i] = key;
            values[i] = value;
            hashes[i] = Hash(key);
            next[i] = buckets[hashes[i] & mask] - 1;
            buckets[hashes[i] & mask] = i + 1;
            i++;
        }
    }

    public int Count => keys.Length;

    public IEnumerable<KeyValuePair<string, TValue>> Pairs => keys.Select((k, i) => new KeyValuePair<string, TValue>(k, values[i]));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        var hash = Hash(key);
        for (var i = buckets[hash & mask] - 1; i >= 0; i = next[i])
        {
            if (hashes[i] == hash && Same(keys[i], key))
            {
                value = values[i];
                return true;
            }
        }

        value = default!;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Contains(ReadOnlySpan<char> key) => TryGetValue(key, out _);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Same(string stored, ReadOnlySpan<char> key)
    {
        if (stored.Length != key.Length) return false;
        for (var i = 0; i < key.Length; i++)
        {
            if (stored[i] != key[i]) return false;
        }

        return true;
    }

    /// <summary>FNV-1a over UTF-16 units: short keys, no need for a randomised hash (the keys are our own data).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Hash(ReadOnlySpan<char> key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15));
    }
}

/// <summary>Builds <see cref="SpanTable{TValue}"/> sets from word lists.</summary>
internal static class SpanTable
{
    public static SpanTable<bool> Set(IEnumerable<string> words) => new(words.Select(w => new KeyValuePair<string, bool>(w, true)));
}
