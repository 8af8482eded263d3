namespace Pulse.Demo.Yammer;

/// <summary>
/// What a synthetic export holds. Sequences are enumerated once, while writing, so a generator
/// of a million messages never needs to be held in memory.
/// </summary>
public sealed record YammerExportContent(
    IEnumerable<YammerUserRow> Users,
    IEnumerable<YammerGroupRow> Groups,
    IEnumerable<YammerTopicRow> Topics,
    IEnumerable<YammerMessageRow> Messages);
