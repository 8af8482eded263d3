using Pulse.Maturity.Answers;

namespace Pulse.Maturity.Model;

/// <summary>
/// True when every part is true; false as soon as one part is false; otherwise (some part unknown,
/// none false) null. JSON: <c>{"all": [rule, …]}</c>.
/// </summary>
/// <param name="Rules">At least one rule.</param>
public sealed record AllRule(IReadOnlyList<IndicatorRule> Rules) : IndicatorRule
{
    /// <summary>The parts.</summary>
    public IReadOnlyList<IndicatorRule> Rules { get; } = CombinedRule.Check(Rules, "all");

    /// <inheritdoc/>
    public override IEnumerable<string> ItemIds => Rules.SelectMany(r => r.ItemIds);

    /// <inheritdoc/>
    public override bool? Evaluate(OrganisationAnswers answers)
    {
        var unknown = false;
        foreach (var rule in Rules)
        {
            var result = rule.Evaluate(answers);
            if (result == false)
            {
                return false;
            }

            unknown |= result is null;
        }

        return unknown ? null : true;
    }

    internal override IEnumerable<string> ProblemsAgainst(Func<string, (bool Known, Item? Item)> findItem) =>
        Rules.SelectMany(r => r.ProblemsAgainst(findItem));
}
