using System.Text.Json;
using System.Text.Json.Serialization;
using Pulse.Connectors.Json;
using Pulse.Monitoring.Import;

namespace Pulse.Connectors.Mapped;

/// <summary>
/// Which column of a CSV file, or which property of a JSONL object, holds which part of a message,
/// for platforms Pulse has no reader of its own for. Loaded from a JSON mapping file; the format,
/// with an example, is in docs/import-mapping.md. Only <see cref="Id"/>, <see cref="Created"/> and
/// <see cref="Body"/> are required; a property path in JSONL may use dots (<c>user.id</c>).
/// </summary>
public sealed record ImportMapping
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The message's id: unique and stable across exports.</summary>
    public required string Id { get; init; }

    /// <summary>Id of the thread's first message; when absent, the parent (two-level forums) or the message itself.</summary>
    public string? ThreadId { get; init; }

    /// <summary>Id of the message this one answers; empty for a thread starter.</summary>
    public string? ParentId { get; init; }

    /// <summary>Group, channel or community id.</summary>
    public string? Group { get; init; }

    /// <summary>The group's display name; the id when absent.</summary>
    public string? GroupName { get; init; }

    public string? AuthorId { get; init; }

    /// <summary>The author's e-mail; also their id when there is no <see cref="AuthorId"/>.</summary>
    public string? AuthorEmail { get; init; }

    public string? AuthorName { get; init; }

    public required string Created { get; init; }

    public string? Edited { get; init; }

    /// <summary>A deletion time, or a yes/no value (a deleted message then counts as deleted at its creation time).</summary>
    public string? Deleted { get; init; }

    /// <summary>A yes/no value: part of a private conversation.</summary>
    public string? Private { get; init; }

    public required string Body { get; init; }

    /// <summary>A whole number of likes, reactions or votes; negative numbers count as 0.</summary>
    public string? Likes { get; init; }

    /// <summary>A yes/no value: marked as best or accepted answer.</summary>
    public string? Accepted { get; init; }

    /// <summary>A yes/no value: written by a bot or integration.</summary>
    public string? Bot { get; init; }

    /// <summary>Topics or tags in one value, split on <see cref="TopicSeparator"/> (a JSON array is read as is).</summary>
    public string? Topics { get; init; }

    public string TopicSeparator { get; init; } = ";";

    /// <summary>
    /// <c>auto</c> (the ISO-like forms of docs/connectors.md, or Unix seconds/milliseconds),
    /// <c>unix</c> (seconds), <c>unix-ms</c> (milliseconds), or a .NET custom format such as
    /// <c>dd-MM-yyyy HH:mm</c>. Times without a zone are UTC.
    /// </summary>
    public string TimestampFormat { get; init; } = "auto";

    /// <summary>The words that mean yes and no; by default yes/no, y/n, true/false, 1/0, ja/nee, j, and empty for no.</summary>
    public BooleanWords? Booleans { get; init; }

    /// <summary>CSV only: the separator (<c>,</c>, <c>;</c>, <c>\t</c> or <c>|</c>); detected from the header line when absent.</summary>
    public string? Separator { get; init; }

    /// <summary>Reads a mapping from its JSON text; errors name <paramref name="file"/> and the line.</summary>
    public static ImportMapping Parse(string json, string file = "mapping.json")
    {
        ImportMapping? mapping;
        try
        {
            mapping = JsonSerializer.Deserialize<ImportMapping>(json, Options);
        }
        catch (JsonException e)
        {
            throw new ImportException(file, (e.LineNumber ?? 0) + 1, JsonArrayReader.PathOf(e), JsonArrayReader.Describe(e), e);
        }

        if (mapping is null) throw new ImportException(file, 1, null, "the mapping is empty");
        mapping.Validate(file);
        return mapping;
    }

    public static async Task<ImportMapping> LoadAsync(string path, CancellationToken cancellationToken = default) =>
        Parse(await File.ReadAllTextAsync(path, cancellationToken), Path.GetFileName(path));

    /// <summary>The columns or properties this mapping reads, with the field each one fills.</summary>
    internal IEnumerable<(string Field, string Column)> Columns()
    {
        (string, string?)[] all =
        [
            ("id", Id), ("threadId", ThreadId), ("parentId", ParentId), ("group", Group), ("groupName", GroupName),
            ("authorId", AuthorId), ("authorEmail", AuthorEmail), ("authorName", AuthorName), ("created", Created),
            ("edited", Edited), ("deleted", Deleted), ("private", Private), ("body", Body), ("likes", Likes),
            ("accepted", Accepted), ("bot", Bot), ("topics", Topics),
        ];
        return all.Where(c => !string.IsNullOrEmpty(c.Item2)).Select(c => (c.Item1, c.Item2!));
    }

    private void Validate(string file)
    {
        if (string.IsNullOrWhiteSpace(Id) || string.IsNullOrWhiteSpace(Created) || string.IsNullOrWhiteSpace(Body))
        {
            throw new ImportException(file, null, null, "id, created and body must each name a column");
        }

        if (Separator is not (null or "," or ";" or "\t" or "|"))
        {
            throw new ImportException(file, null, "separator", $"'{Separator}' is not a separator Pulse reads (, ; tab |)");
        }

        if (string.IsNullOrEmpty(TopicSeparator)) throw new ImportException(file, null, "topicSeparator", "the topic separator is empty");
        if (Booleans is { } words && (words.True.Count == 0 || words.False.Count == 0 || words.True.Intersect(words.False, StringComparer.OrdinalIgnoreCase).Any()))
        {
            throw new ImportException(file, null, "booleans", "booleans needs words for true and for false, with none in both");
        }
    }
}
