namespace Pulse.Application.Monitoring;

/// <summary>What `pulse monitor themes --json` prints and `GET /api/v1/orgs/{slug}/themes` returns: every saved theme over a period.</summary>
/// <param name="Organisation">The organisation's slug.</param>
/// <param name="From">Start of the period (inclusive), UTC.</param>
/// <param name="To">End of the period (exclusive), UTC.</param>
/// <param name="Themes">Per theme: messages, contributors, sentiment and its shares, week by week.</param>
public sealed record ThemesDocument(string Organisation, string From, string To, IReadOnlyList<ThemeFigures> Themes)
{
    public static ThemesDocument Of(ThemesView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new ThemesDocument(view.Organisation, PulseJson.Moment(view.Period.From), PulseJson.Moment(view.Period.To), view.Themes);
    }
}
