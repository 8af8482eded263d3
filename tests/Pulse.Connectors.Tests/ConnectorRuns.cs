using Pulse.Monitoring.Import;

namespace Pulse.Connectors.Tests;

/// <summary>One read of an export into a <see cref="RecordingSink"/>, or the refusal it ends in.</summary>
internal static class ConnectorRuns
{
    public static async Task<RecordingSink> ReadAsync(IConnector reader, string path)
    {
        var sink = new RecordingSink();
        await reader.ReadAsync(path, sink, null, TestContext.Current.CancellationToken);
        return sink;
    }

    public static Task<ImportException> RefusedAsync(IConnector reader, string path) =>
        Should.ThrowAsync<ImportException>(() => reader.ReadAsync(path, new RecordingSink(), null, TestContext.Current.CancellationToken));
}
