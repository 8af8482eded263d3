using Pulse.Maturity.Model;

namespace Pulse.Application.Benchmark;

/// <summary>
/// What `pulse score --json` prints (and the API returns): per organisation its completeness,
/// index, stage and scores per precondition and construct (null when missing), and Cronbach's
/// alpha per construct. Scores are not rounded; ids are the model's own.
/// </summary>
public sealed record ScoreDocument(
    string Wave,
    string Model,
    IReadOnlyList<OrganisationScoreDocument> Organisations,
    IReadOnlyDictionary<string, double?> Reliability)
{
    public static ScoreDocument From(WaveScoreView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new ScoreDocument(
            view.Wave.Code,
            view.Model.Version,
            view.Scores.Organisations.Select(o => new OrganisationScoreDocument(
                o.Organisation,
                o.Respondents,
                o.HasCommunity,
                o.Complete,
                o.Withheld,
                o.Index,
                o.Stage?.Number,
                o.Stage?.Name,
                o.Preconditions,
                o.Constructs,
                o.Indicators)).ToList(),
            view.Scores.Reliability);
    }

    /// <summary>
    /// One organisation's part of the wave's document (its scorecard's figures): the same fields, with
    /// only its own row; null when it has no answers in the wave. Reliability stays the wave's, an
    /// aggregate over every organisation.
    /// </summary>
    public static ScoreDocument? For(WaveScoreView view, string slug)
    {
        var all = From(view);
        var own = all.Organisations.Where(o => string.Equals(o.Organisation, slug, StringComparison.Ordinal)).ToList();
        return own.Count == 0 ? null : all with { Organisations = own };
    }
}

/// <summary>One organisation in a <see cref="ScoreDocument"/>.</summary>
/// <param name="Withheld">Fewer respondents than the anonymity threshold (but more than one): every figure is null to keep them anonymous.</param>
public sealed record OrganisationScoreDocument(
    string Organisation,
    int Respondents,
    bool HasCommunity,
    bool Complete,
    bool Withheld,
    double? Index,
    int? Stage,
    LocalizedText? StageName,
    IReadOnlyDictionary<string, double?> Preconditions,
    IReadOnlyDictionary<string, double?> Constructs,
    IReadOnlyDictionary<string, bool?> Indicators);
