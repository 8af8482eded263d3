using Pulse.Maturity.Answers;

namespace Pulse.Maturity.Model;

/// <summary>The opposite of a rule; unknown stays unknown. JSON: <c>{"not": rule}</c>.</summary>
/// <param name="Rule">The negated rule.</param>
public sealed record NotRule(IndicatorRule Rule) : IndicatorRule
{
    /// <summary>The negated rule.</summary>
    public IndicatorRule Rule { get; } = Rule ?? throw new ArgumentNullException(nameof(Rule));

    /// <inheritdoc/>
    public override IEnumerable<string> ItemIds => Rule.ItemIds;

    /// <inheritdoc/>
    public override bool? Evaluate(OrganisationAnswers answers) => !Rule.Evaluate(answers);

    internal override IEnumerable<string> ProblemsAgainst(Func<string, (bool Known, Item? Item)> findItem) =>
        Rule.ProblemsAgainst(findItem);
}
