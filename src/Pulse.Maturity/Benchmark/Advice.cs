using System.Globalization;
using Pulse.Maturity.Model;
using Pulse.Maturity.Scoring;

namespace Pulse.Maturity.Benchmark;

/// <summary>
/// A scorecard's advice for one organisation (issue 8, item 7): what to work on first, from the
/// model's recommendations, and what the organisations one stage higher already do, from the wave.
/// </summary>
public static class Advice
{
    /// <summary>
    /// Fewest peers a share may be computed over: the anonymity threshold of every other group in
    /// Pulse, so a peer line can never point at one organisation or a handful.
    /// </summary>
    public const int MinimumPeers = RespondentAnonymity.DefaultThreshold;

    /// <summary>
    /// Smallest share worth advising: below half, what peers do is not yet what the next stage
    /// does, and the line would push the organisation towards a minority habit.
    /// </summary>
    public const double MinimumShare = 0.5;

    /// <summary>
    /// The advice for <paramref name="organisation"/>, in this order:
    /// <list type="number">
    /// <item>a recommendation line without construct naming its weakest precondition (lowest
    /// score; on a tie the first in model order);</item>
    /// <item>the model's recommendation at the organisation's stage for the two weakest constructs
    /// of that precondition (lowest present score first; ties in model order; fewer when fewer
    /// have a score);</item>
    /// <item>a peer line for each indicator with an <see cref="Indicator.Advice"/> phrasing that
    /// is not true for the organisation (false, or undecided — then the line says it is not known),
    /// holding for at least <see cref="MinimumShare"/> of the scored organisations one stage
    /// higher, provided it is decided for at least <see cref="MinimumPeers"/> of them; highest
    /// share first, ties in model order. None at stage 5: there is no stage higher.</item>
    /// </list>
    /// An organisation without a stage (no community, incomplete, or withheld) gets no advice:
    /// both parts are stage-bound.
    /// </summary>
    /// <param name="model">The model the wave was scored with.</param>
    /// <param name="scores">The wave's scores, as published (withheld organisations have no stage and are no one's peers).</param>
    /// <param name="organisation">The organisation's slug.</param>
    /// <exception cref="ArgumentException">The organisation is not in the wave.</exception>
    public static IReadOnlyList<AdviceLine> For(MaturityModel model, WaveScores scores, string organisation)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(organisation);
        var own = scores.Organisations.FirstOrDefault(o => string.Equals(o.Organisation, organisation, StringComparison.Ordinal))
            ?? throw new ArgumentException($"Organisation '{organisation}' is not in the wave.", nameof(organisation));
        if (own.Stage is not { } stage)
        {
            return [];
        }

        return [.. Recommendations(model, own, stage), .. PeerLines(model, scores, own, stage)];
    }

    private static IEnumerable<AdviceLine> Recommendations(MaturityModel model, OrganisationScore own, Stage stage)
    {
        var weakest = model.Preconditions
            .Select((p, order) => (Precondition: p, Order: order, Score: Score(own.Preconditions, p.Id)))
            .Where(p => p.Score.HasValue)
            .OrderBy(p => p.Score).ThenBy(p => p.Order)
            .Select(p => p.Precondition)
            .FirstOrDefault();
        if (weakest is null)
        {
            yield break;
        }

        yield return new AdviceLine(
            AdviceLine.Recommendation,
            new LocalizedText(
                $"Uw zwakste voorwaarde is {weakest.Name.Nl}: daar is de meeste winst te halen.",
                $"Your weakest precondition is {weakest.Name.En}: that is where most is to be gained."),
            null,
            null,
            null,
            null);
        var constructs = weakest.Constructs
            .Select((c, order) => (Construct: c, Order: order, Score: Score(own.Constructs, c.Id)))
            .Where(c => c.Score.HasValue)
            .OrderBy(c => c.Score).ThenBy(c => c.Order)
            .Take(2);
        foreach (var (construct, _, _) in constructs)
        {
            yield return new AdviceLine(AdviceLine.Recommendation, construct.Recommendations[stage.Number], construct.Id, null, null, null);
        }
    }

    private static IEnumerable<AdviceLine> PeerLines(MaturityModel model, WaveScores scores, OrganisationScore own, Stage stage)
    {
        if (stage.Number == Stage.All.Count)
        {
            return [];
        }

        var peers = scores.Organisations.Where(o => o.Stage?.Number == stage.Number + 1 && !o.Withheld).ToList();
        var lines = new List<(AdviceLine Line, int Order)>();
        for (var order = 0; order < model.Indicators.Count; order++)
        {
            var indicator = model.Indicators[order];
            var mine = own.Indicators.GetValueOrDefault(indicator.Id);
            if (indicator.Advice is not { } advice || mine == true)
            {
                continue;
            }

            var decided = peers.Select(p => p.Indicators.GetValueOrDefault(indicator.Id)).Where(v => v.HasValue).ToList();
            if (decided.Count < MinimumPeers)
            {
                continue;
            }

            var share = (double)decided.Count(v => v == true) / decided.Count;
            if (share >= MinimumShare)
            {
                lines.Add((new AdviceLine(AdviceLine.Peers, PeerText(advice, share, known: mine.HasValue), null, indicator.Id, share, decided.Count), order));
            }
        }

        return lines.OrderByDescending(l => l.Line.PeerShare).ThenBy(l => l.Order).Select(l => l.Line);
    }

    private static LocalizedText PeerText(LocalizedText advice, double share, bool known)
    {
        // Whole percentages, as the study's findings print them ("72 %"); away from zero so that
        // 0.725 reads 73 %, not the banker's 72 %.
        var percent = Math.Round(share * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);
        return new LocalizedText(
            $"{percent} % van de organisaties één fase hoger {advice.Nl}; {(known ? "u (nog) niet" : "of dat bij u zo is, is niet bekend")}.",
            $"{percent} % of the organisations one stage higher {advice.En}; {(known ? "you don't (yet)" : "whether you do is not known")}.");
    }

    private static double? Score(IReadOnlyDictionary<string, double?> scores, string id) => scores.GetValueOrDefault(id);
}
