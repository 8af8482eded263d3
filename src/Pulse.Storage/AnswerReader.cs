using System.Text;
using System.Text.Json;

namespace Pulse.Storage;

/// <summary>
/// Reads stored answers (<see cref="AnswerJson"/>) back into arrays. Equal values share one string,
/// found by a look-up on a reused buffer, so a wave of 100,000 respondents holds a few thousand
/// distinct values rather than millions of copies.
/// </summary>
internal sealed class AnswerReader(int count)
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);
    private readonly char[] scratch = new char[512];

    public string?[] Read(ReadOnlySpan<byte> json)
    {
        var lookup = values.GetAlternateLookup<ReadOnlySpan<char>>();
        var result = new string?[count];
        var reader = new Utf8JsonReader(json);
        var index = -1;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    result[++index] = Value(ref reader, lookup);
                    break;
                case JsonTokenType.Null:
                    ++index;
                    break;
            }
        }

        return index == count - 1 ? result : throw new InvalidDataException($"Stored answers hold {index + 1} values where the model has {count} items.");
    }

    private string Value(ref Utf8JsonReader reader, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > scratch.Length) return reader.GetString()!;
        var text = scratch.AsSpan(0, Encoding.UTF8.GetChars(reader.ValueSpan, scratch));
        if (lookup.TryGetValue(text, out var shared)) return shared;
        shared = text.ToString();
        values[shared] = shared;
        return shared;
    }
}
