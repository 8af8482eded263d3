using System.Globalization;
using Pulse.Maturity.Model;
using Pulse.Maturity.Scoring;

namespace Pulse.Maturity.Answers;

/// <summary>
/// The answers of one organisation, combined over its respondents, as indicators read them.
/// With one respondent they are that respondent's answers. With several:
/// <list type="bullet">
/// <item>Likert and percentage: the mean value over the respondents who answered (a Likert mean of
/// raw values 1..k, before reverse coding, e.g. 3.5).</item>
/// <item>single choice: the most frequent option; a tie goes to the earliest option in model order.</item>
/// <item>yes/no: the majority; a tie is missing.</item>
/// <item>multiple choice: the options chosen by at least half of those who answered (possibly none).</item>
/// </list>
/// An item nobody answered is missing.
/// </summary>
public sealed class OrganisationAnswers
{
    private readonly double[] _numbers;
    private readonly int[] _options;
    private readonly ulong[] _masks;
    private readonly bool[] _multiAnswered;

    internal OrganisationAnswers(MaturityModel model, int respondents, double[] numbers, int[] options, ulong[] masks, bool[] multiAnswered)
    {
        Model = model;
        Respondents = respondents;
        _numbers = numbers;
        _options = options;
        _masks = masks;
        _multiAnswered = multiAnswered;
    }

    /// <summary>The model the answers belong to.</summary>
    public MaturityModel Model { get; }

    /// <summary>How many responses were combined.</summary>
    public int Respondents { get; }

    /// <summary>
    /// Combines the responses of one organisation (see the rules above). Answers may be in any
    /// form <see cref="AnswerParser"/> accepts.
    /// </summary>
    /// <exception cref="ArgumentException">A response does not fit the model or holds an invalid answer.</exception>
    public static OrganisationAnswers Combine(MaturityModel model, IEnumerable<Response> responses)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(responses);
        var resolver = new AnswerResolver(model);
        var tally = new AnswerTally(resolver);
        foreach (var response in responses)
        {
            if (response.Values.Count != resolver.Items.Length)
            {
                throw new ArgumentException($"A response has {response.Values.Count} values; model {model.Version} has {resolver.Items.Length} items.", nameof(responses));
            }

            tally.Respondents++;
            for (var i = 0; i < resolver.Items.Length; i++)
            {
                if (response.Values[i] is { } value && resolver.Resolve(i, value, response) is { IsMissing: false } answer)
                {
                    tally.Add(i, answer);
                }
            }
        }

        return tally.ToAnswers();
    }

    /// <summary>The (mean) value of a Likert or percentage item; null when missing or not numeric.</summary>
    public double? Number(string itemId) => NumberAt(IndexOrThrow(itemId));

    /// <summary>
    /// The combined answer in canonical form: the option value of a single-choice or yes/no item,
    /// the ';'-joined options of a multiple-choice item ("" when answered but no option was chosen
    /// by half), the invariant number of a Likert or percentage item; null when missing.
    /// </summary>
    public string? Value(string itemId)
    {
        var index = IndexOrThrow(itemId);
        var item = Model.AllItems[index];
        return item.Scale switch
        {
            Scale.Likert5 or Scale.Likert7 or Scale.Percent => NumberAt(index)?.ToString("R", CultureInfo.InvariantCulture),
            Scale.YesNo or Scale.Choice => _options[index] >= 0 ? item.Options[_options[index]].Value : null,
            Scale.Multi => ChosenMaskAt(index) is { } mask ? AnswerParser.ReaderFor(item).Combination(mask) : null,
            _ => null,
        };
    }

    /// <summary>The options of a multiple-choice item chosen by at least half; null when missing or not multiple choice.</summary>
    public IReadOnlyList<string>? Chosen(string itemId)
    {
        var index = IndexOrThrow(itemId);
        var item = Model.AllItems[index];
        return ChosenMaskAt(index) is { } mask
            ? [.. item.Options.Where((_, o) => (mask & (1UL << o)) != 0).Select(o => o.Value)]
            : null;
    }

    internal double? NumberAt(int index) => double.IsNaN(_numbers[index]) ? null : _numbers[index];

    /// <summary>Position of the chosen option (single choice, yes/no: 0 = yes), or -1 when missing.</summary>
    internal int OptionAt(int index) => _options[index];

    internal ulong? ChosenMaskAt(int index) => _multiAnswered[index] ? _masks[index] : null;

    private int IndexOrThrow(string itemId)
    {
        var index = Model.IndexOf(itemId);
        return index >= 0 ? index : throw new ArgumentException($"Item '{itemId}' is not in model {Model.Version}.", nameof(itemId));
    }
}
