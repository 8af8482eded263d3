using Pulse.Connectors.Checks;
using System.Text;
using System.Text.Json;
using Pulse.Connectors.Archives;
using Pulse.Connectors.Json;
using Pulse.Monitoring.Import;

namespace Pulse.Connectors.Mapped;

/// <summary>
/// Reads messages from a JSONL file (one JSON object per line) through an <see cref="ImportMapping"/>
/// (<c>pulse import jsonl FILE --map MAPPING</c>). Property names may be dotted paths
/// (<c>user.id</c>); numbers and true/false are read as their text; a JSON array of strings is
/// read as the topics. See docs/import-mapping.md.
/// </summary>
/// <param name="options">Text encoding and clock; <see cref="ConnectorOptions.Default"/> when null.</param>
public sealed class MappedJsonlReader(ImportMapping mapping, ConnectorOptions? options = null) : IConnector
{
    private readonly ImportMapping _mapping = mapping ?? throw new ArgumentNullException(nameof(mapping));
    private readonly ConnectorOptions _options = options ?? ConnectorOptions.Default;

    public string Source => Monitoring.Model.Source.Jsonl;

    public async Task ReadAsync(string path, IImportSink sink, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var ticker = new ProgressTicker(progress);
        using var stream = InputFile.Open(path, _options.Encoding);
        var name = stream.Label;
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var messages = new MappedMessages(_mapping, new ItemChecks(_options));
        long line = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            using var document = Parse(text, name, line);
            var root = document.RootElement;
            var at = line;
            await messages.AddAsync(
                property => Text(Find(root, property), name, at, property),
                property => List(Find(root, property)),
                (property, problem) => new ImportException(name, at, property, problem),
                sink,
                name,
                at,
                cancellationToken);
            ticker.Item(stream);
        }

        ticker.Report(stream);
    }

    private static JsonDocument Parse(string text, string file, long line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            throw new ImportException(file, line, null, JsonArrayReader.Describe(e), e);
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw new ImportException(file, line, null, "the line is not a JSON object");
        }

        return document;
    }

    /// <summary>A property by its exact name, or else by a dotted path through nested objects.</summary>
    private static JsonElement? Find(JsonElement root, string property)
    {
        if (root.TryGetProperty(property, out var exact)) return exact;
        var current = root;
        foreach (var part in property.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out current)) return null;
        }

        return current;
    }

    private static string? Text(JsonElement? element, string file, long line, string property) => element?.ValueKind switch
    {
        null or JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => element.Value.GetString(),
        JsonValueKind.Number => element.Value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => string.Join(';', element.Value.EnumerateArray().Select(e => e.ToString())),
        _ => throw new ImportException(file, line, property, "expected a text, number or true/false, found an object"),
    };

    private static List<string>? List(JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() ?? string.Empty : e.GetRawText()).ToList()
            : null;
}
