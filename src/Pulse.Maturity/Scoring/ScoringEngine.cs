using Pulse.Maturity.Answers;
using Pulse.Maturity.Model;
using Pulse.Maturity.Statistics;

namespace Pulse.Maturity.Scoring;

/// <summary>
/// Scores a wave with one model, exactly as maturity-model.md says:
/// <list type="number">
/// <item>item scores per respondent (<see cref="ItemScore"/>), averaged per organisation over the
/// respondents who answered the item;</item>
/// <item>construct = mean of its present item scores if at least ⌈n/2⌉ of its n items are present;</item>
/// <item>precondition = weighted mean of its present constructs if they carry at least half of its weight;</item>
/// <item>index = mean of the preconditions, missing if any is missing;</item>
/// <item>stage of the index, never more than one above the stage of the weakest precondition.</item>
/// </list>
/// Organisations whose respondents mostly answer has_community = no are listed but not scored.
/// Reliability is Cronbach's alpha per construct over the individual responses of organisations
/// with a community. Pure: the same responses give the same scores, in any order. Thread-safe.
/// </summary>
public sealed class ScoringEngine
{
    private readonly int[][] _constructItems;
    private readonly int[][] _preconditionConstructs;
    private readonly double[] _constructWeights;
    private readonly int[] _constructMinimum;
    private readonly int _hasCommunity;
    private readonly IdIndex _preconditionIds;
    private readonly IdIndex _constructIds;
    private readonly IdIndex _itemIds;
    private readonly IdIndex _indicatorIds;

    public ScoringEngine(MaturityModel model)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
        var constructs = model.Constructs;
        _constructItems = [.. constructs.Select(c => c.Items.Select(i => model.IndexOf(i.Id)).ToArray())];
        _constructWeights = [.. constructs.Select(c => c.Weight)];
        _constructMinimum = [.. constructs.Select(c => c.MinimumAnswered)];
        var constructPosition = constructs.Select((c, i) => (c, i)).ToDictionary(x => x.c.Id, x => x.i, StringComparer.Ordinal);
        _preconditionConstructs = [.. model.Preconditions.Select(p => p.Constructs.Select(c => constructPosition[c.Id]).ToArray())];
        _hasCommunity = model.IndexOf(FactIds.HasCommunity);
        _preconditionIds = new IdIndex(model.Preconditions.Select(p => p.Id));
        _constructIds = new IdIndex(constructs.Select(c => c.Id));
        _itemIds = new IdIndex(model.AllItems.Select(i => i.Id));
        _indicatorIds = new IdIndex(model.Indicators.Select(i => i.Id));
    }

    /// <summary>The model scored with.</summary>
    public MaturityModel Model { get; }

    /// <summary>Scores every organisation in <paramref name="responses"/> and the reliability of every construct.</summary>
    /// <param name="responses">Responses aligned with <see cref="MaturityModel.AllItems"/>; answers in canonical (or any parseable) form.</param>
    /// <exception cref="ArgumentException">A response has the wrong number of values or an invalid answer.</exception>
    public WaveScores Score(IEnumerable<Response> responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        var resolver = new AnswerResolver(Model);
        var itemCount = resolver.Items.Length;
        var organisations = new Dictionary<string, List<Response>>(StringComparer.Ordinal);
        foreach (var response in responses)
        {
            if (response.Values.Count != itemCount)
            {
                throw new ArgumentException(
                    $"Response of respondent '{response.Respondent}' of organisation '{response.Organisation}' has {response.Values.Count} values; model {Model.Version} has {itemCount} items.",
                    nameof(responses));
            }

            if (!organisations.TryGetValue(response.Organisation, out var list))
            {
                organisations.Add(response.Organisation, list = []);
            }

            list.Add(response);
        }

        var alphas = _constructItems.Select(items => new CronbachAlpha(items.Length)).ToArray();
        var row = new double[itemCount];
        var caseScores = new double[Construct.MaxItems];
        var scores = new List<OrganisationScore>(organisations.Count);
        foreach (var (organisation, list) in organisations.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            if (!HasCommunity(list, resolver))
            {
                scores.Add(NotScored(organisation, list.Count));
                continue;
            }

            var tally = new AnswerTally(resolver) { Respondents = list.Count };
            foreach (var response in list)
            {
                var values = response.Values;
                for (var i = 0; i < itemCount; i++)
                {
                    row[i] = double.NaN;
                    if (values[i] is { } value && resolver.Resolve(i, value, response) is { IsMissing: false } answer)
                    {
                        tally.Add(i, answer);
                        row[i] = answer.Score;
                    }
                }

                AddCompleteCases(row, alphas, caseScores);
            }

            scores.Add(Scored(organisation, tally));
        }

        var reliability = new IdMap<double?>(_constructIds, [.. alphas.Select(a => a.Value)]);
        var cases = new IdMap<int>(_constructIds, [.. alphas.Select(a => a.Cases)]);
        return new WaveScores(scores, reliability) { ReliabilityCases = cases };
    }

    private void AddCompleteCases(double[] row, CronbachAlpha[] alphas, double[] caseScores)
    {
        for (var c = 0; c < _constructItems.Length; c++)
        {
            var items = _constructItems[c];
            var complete = true;
            for (var j = 0; j < items.Length && complete; j++)
            {
                caseScores[j] = row[items[j]];
                complete = !double.IsNaN(caseScores[j]);
            }

            if (complete)
            {
                alphas[c].Add(caseScores.AsSpan(0, items.Length));
            }
        }
    }

    private bool HasCommunity(List<Response> responses, AnswerResolver resolver)
    {
        int yes = 0, no = 0;
        foreach (var response in responses)
        {
            if (response.Values[_hasCommunity] is { } value)
            {
                var answer = resolver.Resolve(_hasCommunity, value, response);
                yes += answer.Option == 0 ? 1 : 0;
                no += answer.Option == 1 ? 1 : 0;
            }
        }

        return no <= yes;
    }

    private OrganisationScore Scored(string organisation, AnswerTally tally)
    {
        var items = new double?[_itemIds.Keys.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = NullIfNaN(tally.ItemScore(i));
        }

        var constructs = new double?[_constructItems.Length];
        for (var c = 0; c < constructs.Length; c++)
        {
            double sum = 0;
            var present = 0;
            foreach (var i in _constructItems[c])
            {
                if (items[i] is { } score)
                {
                    sum += score;
                    present++;
                }
            }

            constructs[c] = present >= _constructMinimum[c] ? sum / present : null;
        }

        var preconditions = new double?[_preconditionConstructs.Length];
        for (var p = 0; p < preconditions.Length; p++)
        {
            double weighted = 0, presentWeight = 0, totalWeight = 0;
            foreach (var c in _preconditionConstructs[p])
            {
                totalWeight += _constructWeights[c];
                if (constructs[c] is { } score)
                {
                    weighted += _constructWeights[c] * score;
                    presentWeight += _constructWeights[c];
                }
            }

            preconditions[p] = presentWeight > 0 && presentWeight >= totalWeight / 2
                ? weighted / presentWeight
                : null;
        }

        // Summed left to right and divided once, the plain mean of the rules, so an independent
        // implementation gets the same bits at the stage thresholds.
        double? index = null;
        Stage? stage = null;
        if (preconditions.All(p => p.HasValue))
        {
            double sum = 0, weakest = double.PositiveInfinity;
            foreach (var score in preconditions)
            {
                sum += score!.Value;
                weakest = Math.Min(weakest, score.Value);
            }

            index = sum / preconditions.Length;
            stage = Stage.ForOrganisation(index.Value, weakest);
        }

        var answers = tally.ToAnswers();
        var indicators = Model.Indicators.Select(i => i.Rule.Evaluate(answers)).ToArray();
        return new OrganisationScore(
            organisation,
            tally.Respondents,
            HasCommunity: true,
            Complete: index.HasValue,
            index,
            stage,
            new IdMap<double?>(_preconditionIds, preconditions),
            new IdMap<double?>(_constructIds, constructs),
            new IdMap<double?>(_itemIds, items),
            new IdMap<bool?>(_indicatorIds, indicators))
        {
            Answers = answers,
        };
    }

    private OrganisationScore NotScored(string organisation, int respondents) => new(
        organisation,
        respondents,
        HasCommunity: false,
        Complete: false,
        Index: null,
        Stage: null,
        new IdMap<double?>(_preconditionIds, new double?[_preconditionIds.Keys.Count]),
        new IdMap<double?>(_constructIds, new double?[_constructIds.Keys.Count]),
        new IdMap<double?>(_itemIds, new double?[_itemIds.Keys.Count]),
        new IdMap<bool?>(_indicatorIds, new bool?[_indicatorIds.Keys.Count]));

    private static double? NullIfNaN(double value) => double.IsNaN(value) ? null : value;
}
