using System.Globalization;
using System.Text.Json;
using Pulse.Monitoring.Import;

namespace Pulse.Application.Monitoring;

/// <summary>
/// Reads the batch input of `pulse experts --queries FILE.jsonl`: one JSON object per line,
/// <c>{"id","text","excludeThread"?,"asOf"?}</c>. Blank lines are skipped; anything else that is not such an
/// object fails with the file, line and field (<see cref="ImportException"/>), before any query runs.
/// </summary>
public static class ExpertQueryFile
{
    public static async Task<IReadOnlyList<ExpertRequest>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new ImportException(path, null, null, "the file does not exist");
        var requests = new List<ExpertRequest>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var number = 0L;
        using var reader = new StreamReader(path);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var request = Parse(line, path, number);
            if (!ids.Add(request.Id)) throw new ImportException(path, number, "id", $"'{request.Id}' is used by an earlier line");
            requests.Add(request);
        }

        return requests;
    }

    /// <summary>One line of the file, or an <see cref="ImportException"/> naming what is wrong with it.</summary>
    public static ExpertRequest Parse(string line, string file, long number)
    {
        ArgumentNullException.ThrowIfNull(line);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            throw new ImportException(file, number, null, "not a JSON object: " + e.Message, e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new ImportException(file, number, null, "not a JSON object");
            var id = root.TryGetProperty("id", out var idValue) ? idValue.ValueKind switch
            {
                JsonValueKind.String => idValue.GetString(),
                JsonValueKind.Number => idValue.GetRawText(),
                _ => throw new ImportException(file, number, "id", "must be a string or a number"),
            } : null;
            if (string.IsNullOrWhiteSpace(id)) throw new ImportException(file, number, "id", "is missing");
            var text = Text(root, "text", file, number);
            if (string.IsNullOrWhiteSpace(text)) throw new ImportException(file, number, "text", "is missing or empty");
            var thread = root.TryGetProperty("excludeThread", out var threadValue) ? threadValue.ValueKind switch
            {
                JsonValueKind.String => threadValue.GetString(),
                JsonValueKind.Number => threadValue.GetRawText(),
                JsonValueKind.Null => null,
                _ => throw new ImportException(file, number, "excludeThread", "must be a string or a number"),
            } : null;
            var asOfText = Text(root, "asOf", file, number);
            DateTimeOffset? asOf = null;
            if (asOfText is not null)
            {
                if (!DateTimeOffset.TryParse(asOfText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
                    throw new ImportException(file, number, "asOf", $"'{asOfText}' is not an ISO 8601 time");
                asOf = time;
            }

            return new ExpertRequest(id, text!, string.IsNullOrWhiteSpace(thread) ? null : thread, asOf);
        }
    }

    private static string? Text(JsonElement root, string name, string file, long number)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new ImportException(file, number, name, "must be a string");
    }
}
