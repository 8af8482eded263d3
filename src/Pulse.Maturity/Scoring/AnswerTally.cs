using Pulse.Maturity.Answers;
using Pulse.Maturity.Model;

namespace Pulse.Maturity.Scoring;

/// <summary>
/// The running totals of one organisation's respondents, per item: score sums for the item
/// scores, number sums for numeric values, counts per option for choices, yes/no and multiple
/// choice. Arrays indexed by item position, so adding a respondent is a few array writes.
/// </summary>
internal sealed class AnswerTally
{
    private readonly AnswerResolver _resolver;
    private readonly double[] _scoreSum;
    private readonly double[] _numberSum;
    private readonly int[] _answered;
    private readonly int[] _optionCounts;

    public AnswerTally(AnswerResolver resolver)
    {
        _resolver = resolver;
        var n = resolver.Items.Length;
        _scoreSum = new double[n];
        _numberSum = new double[n];
        _answered = new int[n];
        _optionCounts = new int[resolver.OptionOffsets[n]];
    }

    public int Respondents { get; set; }

    public void Add(int itemIndex, in ResolvedAnswer answer)
    {
        _answered[itemIndex]++;
        _scoreSum[itemIndex] += answer.Score;
        var offset = _resolver.OptionOffsets[itemIndex];
        switch (_resolver.Items[itemIndex].Scale)
        {
            case Scale.Likert5 or Scale.Likert7 or Scale.Percent:
                _numberSum[itemIndex] += answer.Number;
                break;
            case Scale.YesNo or Scale.Choice:
                _optionCounts[offset + answer.Option]++;
                break;
            case Scale.Multi:
                for (var mask = answer.Mask; mask != 0; mask &= mask - 1)
                {
                    _optionCounts[offset + System.Numerics.BitOperations.TrailingZeroCount(mask)]++;
                }

                break;
        }
    }

    /// <summary>Mean item score over the respondents who answered; NaN when nobody did.</summary>
    public double ItemScore(int itemIndex) =>
        _answered[itemIndex] == 0 ? double.NaN : _scoreSum[itemIndex] / _answered[itemIndex];

    /// <summary>
    /// The organisation's combined answers: numbers averaged; single choice the most frequent
    /// option (tie: the earliest in model order); yes/no the majority (tie: missing); multiple
    /// choice the options chosen by at least half of those who answered.
    /// </summary>
    public OrganisationAnswers ToAnswers()
    {
        var items = _resolver.Items;
        var numbers = new double[items.Length];
        var options = new int[items.Length];
        var masks = new ulong[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            numbers[i] = double.NaN;
            options[i] = -1;
            var answered = _answered[i];
            if (answered == 0)
            {
                continue;
            }

            var offset = _resolver.OptionOffsets[i];
            switch (items[i].Scale)
            {
                case Scale.Likert5 or Scale.Likert7 or Scale.Percent:
                    numbers[i] = _numberSum[i] / answered;
                    break;
                case Scale.YesNo:
                    var yes = _optionCounts[offset];
                    var no = _optionCounts[offset + 1];
                    options[i] = yes > no ? 0 : no > yes ? 1 : -1;
                    break;
                case Scale.Choice:
                    var best = 0;
                    for (var o = 1; o < items[i].Options.Count; o++)
                    {
                        if (_optionCounts[offset + o] > _optionCounts[offset + best])
                        {
                            best = o;
                        }
                    }

                    options[i] = best;
                    break;
                case Scale.Multi:
                    ulong mask = 0;
                    for (var o = 0; o < items[i].Options.Count; o++)
                    {
                        if (2 * _optionCounts[offset + o] >= answered)
                        {
                            mask |= 1UL << o;
                        }
                    }

                    masks[i] = mask;
                    break;
            }
        }

        var multiAnswered = new bool[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            multiAnswered[i] = items[i].Scale == Scale.Multi && _answered[i] > 0;
        }

        return new OrganisationAnswers(_resolver.Model, Respondents, numbers, options, masks, multiAnswered);
    }
}
