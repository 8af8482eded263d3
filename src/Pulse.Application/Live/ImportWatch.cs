using Pulse.Storage;

namespace Pulse.Application.Live;

/// <summary>
/// Imports made by another process (`pulse import` while `pulse serve` runs, a second server on the
/// same PostgreSQL) never reach this process's <see cref="LiveUpdates"/>. The watch asks the database,
/// once per interval and only for organisations someone is watching, whether their revisions moved,
/// and announces those that did and were not announced in this process already. One small query per
/// interval, however many pages are open. The web app checks once a second (Pulse.Web/Live/LiveServices.cs).
/// </summary>
public sealed class ImportWatch(PulseDatabase database, LiveUpdates live)
{
    private Dictionary<string, long> seen = new(StringComparer.Ordinal);

    /// <summary>One check: announces organisations whose revision moved since the previous check.</summary>
    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        var (watched, published) = live.TakeWatchState();
        if (watched.Count == 0)
        {
            seen.Clear();
            return;
        }

        var revisions = await new OrganisationStore(database).RevisionsAsync(watched, cancellationToken);
        foreach (var (slug, revision) in revisions)
        {
            if (seen.TryGetValue(slug, out var before) && before != revision && !published.Contains(slug))
            {
                live.Publish(new ImportCommitted(slug, DateTimeOffset.UtcNow, null), fromWatch: true);
            }
        }

        seen = new Dictionary<string, long>(revisions, StringComparer.Ordinal);
    }
}
