using Pulse.Maturity.Answers;

namespace Pulse.Maturity.Model;

/// <summary>
/// True as soon as one part is true; false when every part is false; otherwise (some part unknown,
/// none true) null. JSON: <c>{"any": [rule, …]}</c>.
/// </summary>
/// <param name="Rules">At least one rule.</param>
public sealed record AnyRule(IReadOnlyList<IndicatorRule> Rules) : IndicatorRule
{
    /// <summary>The parts.</summary>
    public IReadOnlyList<IndicatorRule> Rules { get; } = CombinedRule.Check(Rules, "any");

    /// <inheritdoc/>
    public override IEnumerable<string> ItemIds => Rules.SelectMany(r => r.ItemIds);

    /// <inheritdoc/>
    public override bool? Evaluate(OrganisationAnswers answers)
    {
        var unknown = false;
        foreach (var rule in Rules)
        {
            var result = rule.Evaluate(answers);
            if (result == true)
            {
                return true;
            }

            unknown |= result is null;
        }

        return unknown ? null : false;
    }

    internal override IEnumerable<string> ProblemsAgainst(Func<string, (bool Known, Item? Item)> findItem) =>
        Rules.SelectMany(r => r.ProblemsAgainst(findItem));
}
