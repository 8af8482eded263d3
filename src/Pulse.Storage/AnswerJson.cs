using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Pulse.Storage;

/// <summary>
/// The stored text of one respondent's answers: a compact JSON array aligned with the items of the
/// wave's model version (<c>MaturityModel.AllItems</c>), a string per answer and null for missing.
/// A wave keeps its model version for good, so positions never shift; the array is a third of the
/// size of an object keyed by item id and reads several times faster. The same answers always give
/// the same text, so comparing texts tells whether a re-import changed anything.
/// </summary>
internal static class AnswerJson
{
    public static string Write(IReadOnlyList<string?> values, int count)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != count) throw new ArgumentException($"Expected {count} answers, got {values.Count}.", nameof(values));
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                if (value is null) writer.WriteNullValue();
                else writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
