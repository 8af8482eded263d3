namespace Pulse.Storage.Import;

/// <summary>What one import did, per kind of item, and what it read but left out (with why).</summary>
public sealed record ImportResult(
    string Source,
    ImportCount Accounts,
    ImportCount Groups,
    ImportCount Topics,
    ImportCount Messages,
    IReadOnlyList<SkippedItems> Skipped);

/// <summary>
/// Items of one kind: <see cref="Read"/> from the export, <see cref="New"/> rows added,
/// <see cref="Updated"/> rows that changed. A re-import of the same export reads everything and adds
/// and updates nothing.
/// </summary>
public sealed record ImportCount(long Read, long New, long Updated);

/// <summary>Items not imported, grouped by kind and reason.</summary>
public sealed record SkippedItems(string Kind, string Reason, long Count);
