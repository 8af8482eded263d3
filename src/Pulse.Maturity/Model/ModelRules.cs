namespace Pulse.Maturity.Model;

/// <summary>
/// Rules that look at the model as a whole (unique ids, the fixed facts, what indicators refer
/// to). Shared by <see cref="MaturityModel"/>'s constructor and <see cref="ModelReader"/>, which
/// also runs them on a partly broken file so that one read reports every problem.
/// </summary>
internal static class ModelRules
{
    /// <param name="declared">Every id with what declares it ("construct 'x'", "item in construct 'y'"…).</param>
    /// <param name="findItem">Known: the id is declared as an item (construct item or fact); Item: null when that item is itself invalid.</param>
    /// <param name="facts">The facts by id (null when invalid), for the fixed-fact rules.</param>
    /// <param name="indicators">Indicator ids with their rule (null when the rule itself failed to read).</param>
    public static List<string> Problems(
        IReadOnlyList<(string Id, string DeclaredAs)> declared,
        Func<string, (bool Known, Item? Item)> findItem,
        IReadOnlyDictionary<string, Item?> facts,
        IEnumerable<(string Id, IndicatorRule? Rule)> indicators)
    {
        var problems = new List<string>();
        foreach (var group in declared.GroupBy(d => d.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"id '{group.Key}' is used more than once ({string.Join(", ", group.Select(g => g.DeclaredAs))}); ids must be unique in the whole model");
        }

        foreach (var (id, scale) in FactIds.Required)
        {
            if (!facts.TryGetValue(id, out var fact))
            {
                problems.Add($"fact '{id}' ({scale.ToJsonName()}) is missing; every model needs it");
            }
            else if (fact is not null && fact.Scale != scale)
            {
                problems.Add($"fact '{id}' must be {scale.ToJsonName()}, not {fact.Scale.ToJsonName()}");
            }
            else if (fact is not null && id == FactIds.ManagementParticipation
                && !fact.Options.Select(o => o.Value).SequenceEqual(FactIds.ManagementParticipationOptions, StringComparer.Ordinal))
            {
                problems.Add($"fact '{id}' must have the options {string.Join(", ", FactIds.ManagementParticipationOptions)}, in that order");
            }
        }

        foreach (var (id, rule) in indicators)
        {
            if (rule is null)
            {
                continue;
            }

            foreach (var problem in rule.ProblemsAgainst(findItem))
            {
                problems.Add($"indicator '{id}' {problem}");
            }
        }

        return problems;
    }
}
