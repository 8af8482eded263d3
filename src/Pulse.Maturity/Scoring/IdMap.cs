using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Pulse.Maturity.Scoring;

/// <summary>
/// A read-only dictionary over a fixed list of model ids, in model order. The key list is shared
/// by every organisation of a run; each map only holds its values, so 2,000 organisations do not
/// each carry a hash table per score kind.
/// </summary>
internal sealed class IdMap<T> : IReadOnlyDictionary<string, T>
{
    private readonly IdIndex _index;
    private readonly T[] _values;

    public IdMap(IdIndex index, T[] values)
    {
        if (values.Length != index.Keys.Count)
        {
            throw new ArgumentException("One value per key.", nameof(values));
        }

        _index = index;
        _values = values;
    }

    public int Count => _values.Length;

    public IEnumerable<string> Keys => _index.Keys;

    public IEnumerable<T> Values => _values;

    public T this[string key] => _index.Positions.TryGetValue(key, out var i)
        ? _values[i]
        : throw new KeyNotFoundException($"'{key}' is not an id of this model.");

    public bool ContainsKey(string key) => _index.Positions.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out T value)
    {
        if (_index.Positions.TryGetValue(key, out var i))
        {
            value = _values[i];
            return true;
        }

        value = default;
        return false;
    }

    public IEnumerator<KeyValuePair<string, T>> GetEnumerator()
    {
        for (var i = 0; i < _values.Length; i++)
        {
            yield return new KeyValuePair<string, T>(_index.Keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A list of ids with their positions, shared by many <see cref="IdMap{T}"/>s.</summary>
internal sealed class IdIndex
{
    public IdIndex(IEnumerable<string> keys)
    {
        Keys = [.. keys];
        Positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Keys.Count; i++)
        {
            Positions.Add(Keys[i], i);
        }
    }

    public IReadOnlyList<string> Keys { get; }

    public Dictionary<string, int> Positions { get; }
}
