using Pulse.Maturity.Answers;

namespace Pulse.Maturity.Model;

/// <summary>
/// A yes/no rule over an organisation's answers: an <see cref="ItemComparison"/>, or
/// <see cref="AllRule"/>, <see cref="AnyRule"/> and <see cref="NotRule"/> over other rules.
/// Evaluation gives null when the answers it needs are missing; the combinators use three-valued
/// (Kleene) logic, so <c>all</c> with one false part is false even if another part is unknown.
/// In model files a rule is JSON: <c>{"item": "active_share", "gt": 50}</c>,
/// <c>{"item": "x", "in": ["a", "b"]}</c>, <c>{"all": [rule, …]}</c>, <c>{"any": [rule, …]}</c>,
/// <c>{"not": rule}</c>.
/// </summary>
public abstract record IndicatorRule
{
    private protected IndicatorRule()
    {
    }

    /// <summary>True, false, or null when the answers the rule needs are missing.</summary>
    public abstract bool? Evaluate(OrganisationAnswers answers);

    /// <summary>Ids of the items the rule reads.</summary>
    public abstract IEnumerable<string> ItemIds { get; }

    /// <summary>Problems of the rule against the model's items; empty when valid.</summary>
    internal abstract IEnumerable<string> ProblemsAgainst(Func<string, (bool Known, Item? Item)> findItem);
}
