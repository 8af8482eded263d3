using System.Globalization;
using Pulse.Maturity.Answers;

namespace Pulse.Maturity.Model;

/// <summary>
/// Compares one item's value with constants, e.g. <c>active_share gt 50</c> or
/// <c>management_participation eq most</c>. Values are written as in answer files: numbers with a
/// '.' decimal point, option values, yes/no. For several respondents the compared value is the
/// organisation's combined answer (see <see cref="OrganisationAnswers"/>).
/// </summary>
/// <param name="ItemId">The item read.</param>
/// <param name="Operator">How it is compared; must fit the item's scale (see <see cref="ComparisonOperator"/>).</param>
/// <param name="Values">One value, or one or more for <see cref="ComparisonOperator.In"/>.</param>
public sealed record ItemComparison(string ItemId, ComparisonOperator Operator, IReadOnlyList<string> Values) : IndicatorRule
{
    /// <summary>The item read.</summary>
    public string ItemId { get; } = Check(ItemId, Operator, Values);

    /// <summary>The constants compared with.</summary>
    public IReadOnlyList<string> Values { get; } = [.. Values];

    /// <inheritdoc/>
    public override IEnumerable<string> ItemIds => [ItemId];

    /// <inheritdoc/>
    public override bool? Evaluate(OrganisationAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var index = answers.Model.IndexOf(ItemId);
        if (index < 0)
        {
            throw new InvalidOperationException($"Item '{ItemId}' is not in model {answers.Model.Version}.");
        }

        var item = answers.Model.AllItems[index];
        switch (item.Scale)
        {
            case Scale.Likert5 or Scale.Likert7 or Scale.Percent:
                var number = answers.NumberAt(index);
                return number is { } x ? Compare(x, Values.Select(ParseNumber)) : null;
            case Scale.YesNo or Scale.Choice:
                var chosen = answers.OptionAt(index);
                return chosen < 0 ? null : Compare(chosen, Values.Select(v => OptionIndex(item, v)));
            case Scale.Multi:
                return answers.ChosenMaskAt(index) is { } mask
                    ? (mask & (1UL << OptionIndex(item, Values[0]))) != 0
                    : null;
            default:
                throw new InvalidOperationException($"Unknown scale {item.Scale}.");
        }
    }

    /// <summary>The JSON name of an operator: eq, ne, gt, ge, lt, le, in, contains.</summary>
    public static string OperatorName(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Eq => "eq",
        ComparisonOperator.Ne => "ne",
        ComparisonOperator.Gt => "gt",
        ComparisonOperator.Ge => "ge",
        ComparisonOperator.Lt => "lt",
        ComparisonOperator.Le => "le",
        ComparisonOperator.In => "in",
        ComparisonOperator.Contains => "contains",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown operator."),
    };

    /// <summary>Reads an operator's JSON name.</summary>
    public static bool TryParseOperator(string name, out ComparisonOperator op)
    {
        foreach (var candidate in Enum.GetValues<ComparisonOperator>())
        {
            if (string.Equals(OperatorName(candidate), name, StringComparison.Ordinal))
            {
                op = candidate;
                return true;
            }
        }

        op = default;
        return false;
    }

    internal override IEnumerable<string> ProblemsAgainst(Func<string, (bool Known, Item? Item)> findItem)
    {
        var (known, item) = findItem(ItemId);
        if (!known)
        {
            yield return $"refers to unknown item '{ItemId}'";
            yield break;
        }

        if (item is null)
        {
            // The item itself is invalid and reported on its own; checking against it would only add noise.
            yield break;
        }

        var op = OperatorName(Operator);
        var scale = item.Scale.ToJsonName();
        var fits = item.Scale switch
        {
            Scale.Likert5 or Scale.Likert7 or Scale.Percent or Scale.Choice => Operator != ComparisonOperator.Contains,
            Scale.YesNo => Operator is ComparisonOperator.Eq or ComparisonOperator.Ne or ComparisonOperator.In,
            Scale.Multi => Operator == ComparisonOperator.Contains,
            _ => false,
        };
        if (!fits)
        {
            yield return $"uses '{op}' on {scale} item '{ItemId}', which that scale does not support";
            yield break;
        }

        foreach (var value in Values)
        {
            if (item.Scale.IsNumeric())
            {
                if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) || !double.IsFinite(x))
                {
                    yield return $"compares {scale} item '{ItemId}' with '{value}', which is not a number";
                }
            }
            else if (item.IndexOfOption(value) < 0)
            {
                yield return $"compares item '{ItemId}' with '{value}', which is not one of its options ({string.Join(", ", item.Options.Select(o => o.Value))})";
            }
        }
    }

    private bool Compare<T>(T actual, IEnumerable<T> values)
        where T : IComparable<T>
    {
        if (Operator == ComparisonOperator.In)
        {
            return values.Any(v => actual.CompareTo(v) == 0);
        }

        var order = actual.CompareTo(values.First());
        return Operator switch
        {
            ComparisonOperator.Eq => order == 0,
            ComparisonOperator.Ne => order != 0,
            ComparisonOperator.Gt => order > 0,
            ComparisonOperator.Ge => order >= 0,
            ComparisonOperator.Lt => order < 0,
            ComparisonOperator.Le => order <= 0,
            _ => throw new InvalidOperationException($"'{OperatorName(Operator)}' does not compare values of item '{ItemId}'."),
        };
    }

    private static double ParseNumber(string value) => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static int OptionIndex(Item item, string value)
    {
        var index = item.IndexOfOption(value);
        return index >= 0 ? index : throw new InvalidOperationException($"'{value}' is not an option of item '{item.Id}'.");
    }

    private static string Check(string itemId, ComparisonOperator op, IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var problems = new List<string>();
        if (!Guard.IsId(itemId))
        {
            problems.Add($"'{itemId}' is not a valid item id");
        }

        if (!Enum.IsDefined(op))
        {
            problems.Add($"operator {op} is unknown");
        }
        else if (op == ComparisonOperator.In ? values.Count == 0 : values.Count != 1)
        {
            problems.Add(op == ComparisonOperator.In
                ? $"'in' on item '{itemId}' needs at least one value"
                : $"'{OperatorName(op)}' on item '{itemId}' needs exactly one value, not {values.Count}");
        }

        if (values.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add($"a value compared with item '{itemId}' is blank");
        }

        Guard.ThrowIfAny(problems, "Comparison");
        return itemId;
    }
}
