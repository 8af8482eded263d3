using Pulse.Connectors;
using Pulse.Connectors.Mapped;
using Pulse.Connectors.Mattermost;
using Pulse.Connectors.Slack;
using Pulse.Connectors.StackExchange;
using Pulse.Connectors.Teams;
using Pulse.Connectors.Yammer;
using Pulse.Storage;

namespace Pulse.Application.Imports;

/// <summary>The platforms Pulse imports, by the name the command line and the API use.</summary>
public static class Platforms
{
    /// <summary>Platforms with a reader of their own: the export is enough.</summary>
    public static IReadOnlyList<string> Exports { get; } = ["yammer", "slack", "teams", "mattermost", "stackexchange"];

    /// <summary>Generic formats that need a mapping file (docs/import-mapping.md).</summary>
    public static IReadOnlyList<string> Mapped { get; } = ["csv", "jsonl"];

    /// <summary>The reader for <paramref name="platform"/>; a mapped format loads its mapping first.</summary>
    public static async Task<IConnector> ConnectorAsync(string platform, string? mappingPath, CancellationToken cancellationToken)
    {
        if (Mapped.Contains(platform, StringComparer.Ordinal))
        {
            if (mappingPath is null) throw new PulseException($"Importing {platform} needs a mapping file (--map).");
            var mapping = await ImportMapping.LoadAsync(mappingPath, cancellationToken);
            return platform == "csv" ? new MappedCsvReader(mapping) : new MappedJsonlReader(mapping);
        }

        if (mappingPath is not null) throw new PulseException($"A mapping file is only for csv and jsonl, not for {platform}.");
        return platform switch
        {
            "yammer" => new YammerExportReader(),
            "slack" => new SlackExportReader(),
            "teams" => new TeamsExportReader(),
            "mattermost" => new MattermostReader(),
            "stackexchange" => new StackExchangeReader(),
            _ => throw new PulseException($"Pulse has no reader for '{platform}'; it reads {string.Join(", ", [.. Exports, .. Mapped])}."),
        };
    }
}
