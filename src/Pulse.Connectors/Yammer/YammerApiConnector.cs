using Pulse.Monitoring.Import;

namespace Pulse.Connectors.Yammer;

/// <summary>
/// Pushes the pages one poll of the REST API fetched, as one import: people, groups and topics
/// first, then every message once (a message on two pages, when the feed moved while paging, is
/// pushed once). The path the runner passes is only a label: the pages are already in memory.
/// </summary>
public sealed class YammerApiConnector(IReadOnlyList<YammerApiPage> pages) : IConnector
{
    public string Source => Monitoring.Model.Source.Yammer;

    public async Task ReadAsync(string path, IImportSink sink, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        foreach (var account in Distinct(pages.SelectMany(p => p.Accounts), a => a.ExternalId)) await sink.AddAccountAsync(account, cancellationToken);
        foreach (var group in Distinct(pages.SelectMany(p => p.Groups), g => g.ExternalId)) await sink.AddGroupAsync(group, cancellationToken);
        foreach (var topic in Distinct(pages.SelectMany(p => p.Topics), t => t.ExternalId)) await sink.AddTopicAsync(topic, cancellationToken);
        // Oldest first, so that a reply never arrives before the message it answers.
        var messages = Distinct(pages.SelectMany(p => p.Messages), m => m.ExternalId).OrderBy(m => m.CreatedAt).ThenBy(m => m.ExternalId.Length).ThenBy(m => m.ExternalId, StringComparer.Ordinal) /* numeric order of numeric ids */;
        foreach (var message in messages) await sink.AddMessageAsync(message, cancellationToken);
        for (var i = 0; i < pages.Sum(p => p.Attachments); i++) sink.Skip("attachment", "Yammer attachments are not imported");
    }

    /// <summary>The last version of each id wins, as in every import (IImportSink).</summary>
    private static Dictionary<string, T>.ValueCollection Distinct<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var byKey = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items) byKey[key(item)] = item;
        return byKey.Values;
    }
}
