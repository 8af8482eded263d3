namespace Pulse.Maturity.Model;

/// <summary>The invariant <see cref="AllRule"/> and <see cref="AnyRule"/> share.</summary>
internal static class CombinedRule
{
    public static IReadOnlyList<IndicatorRule> Check(IReadOnlyList<IndicatorRule> rules, string name)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.Count == 0 || rules.Any(r => r is null))
        {
            throw new ModelValidationException($"'{name}' needs at least one rule and no empty ones.");
        }

        return [.. rules];
    }
}
