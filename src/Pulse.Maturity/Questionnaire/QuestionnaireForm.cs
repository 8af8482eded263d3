using Pulse.Maturity.Answers;
using Pulse.Maturity.Model;

namespace Pulse.Maturity.Questionnaire;

/// <summary>
/// The questionnaire a respondent fills in on the web, derived from the model: step 1 holds the
/// facts about the platform (has_community first), steps 2.. one precondition each. The model's
/// one skip rule: an organisation without a community (has_community = no) answers only
/// has_community; the precondition steps are not shown, and every other answer is dropped when
/// the response is submitted, as if never asked. Values are arrays aligned with
/// <see cref="MaturityModel.AllItems"/>, like every stored response; every answer is parsed by
/// <see cref="AnswerParser"/>, the same as an answer file's.
/// </summary>
public sealed class QuestionnaireForm
{
    /// <summary>The id of the facts step.</summary>
    public const string PlatformStepId = "platform";

    private readonly int _hasCommunity;

    public QuestionnaireForm(MaturityModel model)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
        _hasCommunity = model.IndexOf(FactIds.HasCommunity);
        var facts = model.Facts.OrderBy(f => f.Id == FactIds.HasCommunity ? 0 : 1).ToList();
        Steps =
        [
            new QuestionnaireStep(1, PlatformStepId, null, facts),
            .. model.Preconditions.Select((p, i) => new QuestionnaireStep(i + 2, p.Id, p, [.. p.Constructs.SelectMany(c => c.Items)])),
        ];
    }

    public MaturityModel Model { get; }

    /// <summary>Every step, in order.</summary>
    public IReadOnlyList<QuestionnaireStep> Steps { get; }

    /// <summary>The step with this number, or null.</summary>
    public QuestionnaireStep? Step(int number) => number >= 1 && number <= Steps.Count ? Steps[number - 1] : null;

    /// <summary>A response with nothing answered.</summary>
    public string?[] Empty() => new string?[Model.AllItems.Count];

    /// <summary>True when the answers say the organisation has no community, so only step 1 is asked.</summary>
    public bool WithoutCommunity(IReadOnlyList<string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return string.Equals(values[_hasCommunity], StandardOptions.No, StringComparison.Ordinal);
    }

    /// <summary>The steps the respondent is asked, given the answers so far.</summary>
    public IReadOnlyList<QuestionnaireStep> ActiveSteps(IReadOnlyList<string?> values) =>
        WithoutCommunity(values) ? [Steps[0]] : Steps;

    /// <summary>
    /// Applies one page: each of its items takes the parsed value of <paramref name="raw"/>(item id)
    /// (null or blank = don't know; several options of a multiple-choice item joined by ';').
    /// A refused answer leaves its item as it was and is reported with the parser's sentence.
    /// </summary>
    public PageAnswers Read(QuestionnaireStep step, IReadOnlyList<string?> values, Func<string, string?> raw)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(raw);
        CheckLength(values);
        var result = values.ToArray();
        var problems = new List<AnswerProblem>();
        foreach (var item in step.Items)
        {
            var sent = raw(item.Id);
            var parsed = AnswerParser.Parse(item, sent);
            if (parsed.IsValid)
            {
                result[Model.IndexOf(item.Id)] = parsed.Value;
            }
            else
            {
                problems.Add(new AnswerProblem(item.Id, sent ?? string.Empty, parsed.Error!));
            }
        }

        return new PageAnswers(result, problems);
    }

    /// <summary>What keeps the answers from being submitted; empty when they may be.</summary>
    public IReadOnlyList<UnmetRequirement> Unmet(IReadOnlyList<string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        CheckLength(values);
        if (values[_hasCommunity] is null)
        {
            return [new UnmetRequirement(1, null, [FactIds.HasCommunity], 0, 1)];
        }

        if (WithoutCommunity(values)) return [];
        var unmet = new List<UnmetRequirement>();
        foreach (var step in Steps.Where(s => s.Precondition is not null))
        {
            foreach (var construct in step.Precondition!.Constructs)
            {
                var answered = construct.Items.Count(i => values[Model.IndexOf(i.Id)] is not null);
                if (answered < construct.MinimumAnswered)
                {
                    unmet.Add(new UnmetRequirement(step.Number, construct.Id, [.. construct.Items.Select(i => i.Id)], answered, construct.MinimumAnswered));
                }
            }
        }

        return unmet;
    }

    /// <summary>The answers as they are submitted: without a community, only has_community is kept.</summary>
    public string?[] Submitted(IReadOnlyList<string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        CheckLength(values);
        if (!WithoutCommunity(values)) return [.. values];
        var kept = Empty();
        kept[_hasCommunity] = values[_hasCommunity];
        return kept;
    }

    /// <summary>
    /// Where a respondent returning to the link carries on: the first asked step with nothing
    /// answered yet, or null when every asked step has an answer (then the review).
    /// </summary>
    public QuestionnaireStep? Resume(IReadOnlyList<string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        CheckLength(values);
        return ActiveSteps(values).FirstOrDefault(s => s.Items.All(i => values[Model.IndexOf(i.Id)] is null));
    }

    private void CheckLength(IReadOnlyList<string?> values)
    {
        if (values.Count != Model.AllItems.Count)
        {
            throw new ArgumentException($"Expected {Model.AllItems.Count} answers for model {Model.Version}, got {values.Count}.", nameof(values));
        }
    }
}
