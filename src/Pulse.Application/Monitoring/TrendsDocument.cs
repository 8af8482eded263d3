using Pulse.Monitoring.Trends;

namespace Pulse.Application.Monitoring;

/// <summary>What `pulse monitor trends --json` prints and `GET /api/v1/orgs/{slug}/trends` returns: terms far above their own baseline.</summary>
/// <param name="Organisation">The organisation's slug.</param>
/// <param name="At">End of the current window (exclusive), UTC.</param>
/// <param name="Window">The window compared with the ones before it: "week" or "day".</param>
/// <param name="Terms">The trending terms, most trending first, with the messages that carry them.</param>
public sealed record TrendsDocument(string Organisation, string At, string Window, IReadOnlyList<TrendingTerm> Terms)
{
    public static TrendsDocument Of(TrendsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new TrendsDocument(view.Organisation, PulseJson.Moment(view.At), view.Window, view.Terms);
    }
}
