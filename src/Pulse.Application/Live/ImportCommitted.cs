namespace Pulse.Application.Live;

/// <summary>An import into <paramref name="Organisation"/> committed and changed something: open pages of it are stale.</summary>
/// <param name="At">When the commit (and the search index after it) completed; the start of a live update's clock.</param>
/// <param name="Messages">Messages the import added or changed; null when another process imported (seen by <see cref="ImportWatch"/>).</param>
public sealed record ImportCommitted(string Organisation, DateTimeOffset At, long? Messages);
