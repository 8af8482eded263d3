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

    /// <summary>Reader options for an encoding name (<c>utf-8</c>, <c>latin1</c>, <c>windows-1252</c>); a name Pulse does not know is wrong usage.</summary>
    public static ConnectorOptions Options(string? encoding)
    {
        try
        {
            return new ConnectorOptions(ConnectorOptions.ParseEncoding(encoding ?? "utf-8"));
        }
        catch (ArgumentException e)
        {
            throw new PulseUsageException($"--encoding: {e.Message}");
        }
    }

    /// <summary>The reader for <paramref name="platform"/>; a mapped format loads its mapping first.</summary>
    public static async Task<IConnector> ConnectorAsync(string platform, string? mappingPath, ConnectorOptions options, CancellationToken cancellationToken)
    {
        if (Mapped.Contains(platform, StringComparer.Ordinal))
        {
            if (mappingPath is null) throw new PulseException($"Importing {platform} needs a mapping file (--map).");
            var mapping = await ImportMapping.LoadAsync(mappingPath, cancellationToken);
            return platform == "csv" ? new MappedCsvReader(mapping, options) : new MappedJsonlReader(mapping, options);
        }

        if (mappingPath is not null) throw new PulseException($"A mapping file is only for csv and jsonl, not for {platform}.");
        return platform switch
        {
            "yammer" => new YammerExportReader(options),
            "slack" => new SlackExportReader(options),
            "teams" => new TeamsExportReader(options),
            "mattermost" => new MattermostReader(options),
            "stackexchange" => new StackExchangeReader(site: null, options),
            _ => throw new PulseException($"Pulse has no reader for '{platform}'; it reads {string.Join(", ", [.. Exports, .. Mapped])}."),
        };
    }
}
