using System.Globalization;
using Pulse.Maturity.Scoring;

namespace Pulse.Maturity.Model;

/// <summary>
/// One question of the questionnaire. Its id is its meaning: a later model version that keeps an
/// id keeps the question, so waves stay comparable.
/// </summary>
/// <param name="Id">Unique in the whole model; lower-case letters, digits and '_' (it is a column of the answer file).</param>
/// <param name="Text">The question or statement.</param>
/// <param name="Help">Guidance for the respondent; optional.</param>
/// <param name="Scale">How it is answered and scored.</param>
/// <param name="Reverse">
/// Reverse-coded (only for Likert items): agreement is the weak end, so value v scores
/// (k − v) / (k − 1) × 100 instead of (v − 1) / (k − 1) × 100.
/// </param>
/// <param name="Options">
/// Likert: "1".."k" with the points each gives for this item (see <see cref="StandardOptions.Likert"/>);
/// yes/no: <see cref="StandardOptions.YesNo"/>; percentage: none; choice and multiple choice: at
/// least two options from the model file, in their meaningful order (weakest first).
/// </param>
public sealed record Item(
    string Id,
    LocalizedText Text,
    LocalizedText? Help,
    Scale Scale,
    bool Reverse,
    IReadOnlyList<ItemOption> Options)
{
    /// <summary>Most options a multiple-choice item may have (answers are kept as bit sets).</summary>
    public const int MaxMultiOptions = 60;

    /// <summary>The item's id.</summary>
    public string Id { get; } = Check(Id, Text, Scale, Reverse, Options);

    /// <summary>The item's options, in model order.</summary>
    public IReadOnlyList<ItemOption> Options { get; } = [.. Options];

    /// <summary>Position of the option with this value (exact, ordinal), or -1.</summary>
    public int IndexOfOption(string value)
    {
        for (var i = 0; i < Options.Count; i++)
        {
            if (string.Equals(Options[i].Value, value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Problems with an item, each a sentence; empty when valid. Option-level problems are the options' own.</summary>
    /// <param name="checkOptions">False when some options could not even be read: then only the id and reverse coding are checked.</param>
    internal static List<string> ProblemsOf(string? id, Scale scale, bool reverse, IReadOnlyList<ItemOption>? options, bool checkOptions = true)
    {
        var problems = new List<string>();
        if (!Guard.IsId(id))
        {
            problems.Add($"item id '{id}' is not valid: use lower-case letters, digits and '_', starting with a letter (at most 64 characters)");
        }
        else if (MaturityModel.IsReservedId(id!))
        {
            problems.Add($"item id '{id}' is reserved for a column of the answer file");
        }

        if (reverse && !scale.IsLikert())
        {
            problems.Add($"item '{id}' is reverse-coded but reverse coding applies only to Likert items, not to {scale.ToJsonName()}");
        }

        options ??= [];
        var duplicates = options.GroupBy(o => o.Value, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        foreach (var duplicate in duplicates)
        {
            problems.Add($"item '{id}' has option value '{duplicate}' more than once");
        }

        if (!checkOptions)
        {
            return problems;
        }

        switch (scale)
        {
            case Scale.Likert5 or Scale.Likert7:
                problems.AddRange(LikertProblems(id, scale, reverse, options));
                break;
            case Scale.YesNo:
                if (options.Count != 2 || !IsOption(options[0], StandardOptions.Yes, 100) || !IsOption(options[1], StandardOptions.No, 0))
                {
                    problems.Add($"yes/no item '{id}' must have exactly the options 'yes' (100 points) and 'no' (0 points), in that order");
                }

                break;
            case Scale.Percent:
                if (options.Count != 0)
                {
                    problems.Add($"percentage item '{id}' must not have options");
                }

                break;
            case Scale.Choice or Scale.Multi:
                if (options.Count == 0)
                {
                    problems.Add($"{scale.ToJsonName()} item '{id}' has no options");
                }
                else if (options.Count < 2)
                {
                    problems.Add($"{scale.ToJsonName()} item '{id}' has only one option; a question needs at least two");
                }

                if (scale == Scale.Multi && options.Count > MaxMultiOptions)
                {
                    problems.Add($"multi item '{id}' has {options.Count} options; at most {MaxMultiOptions} are supported");
                }

                break;
            default:
                problems.Add($"item '{id}' has an unknown scale {scale}");
                break;
        }

        return problems;
    }

    private static IEnumerable<string> LikertProblems(string? id, Scale scale, bool reverse, IReadOnlyList<ItemOption> options)
    {
        var k = scale.LikertPoints();
        if (options.Count != k)
        {
            yield return $"{scale.ToJsonName()} item '{id}' must have {k} options \"1\"..\"{k}\", not {options.Count}";
            yield break;
        }

        for (var v = 1; v <= k; v++)
        {
            var expected = ItemScore.Likert(v, k, reverse);
            var option = options[v - 1];
            if (!string.Equals(option.Value, v.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
            {
                yield return $"{scale.ToJsonName()} item '{id}' must have options \"1\"..\"{k}\" in order, but option {v} is '{option.Value}'";
            }
            else if (Math.Abs(option.Points - expected) > 1e-9)
            {
                yield return $"{scale.ToJsonName()} item '{id}' option '{v}' has {option.Points.ToString(CultureInfo.InvariantCulture)} points "
                    + $"but value {v} scores {expected.ToString("0.##", CultureInfo.InvariantCulture)}{(reverse ? " on this reverse-coded item" : string.Empty)}";
            }
        }
    }

    private static bool IsOption(ItemOption option, string value, double points) =>
        string.Equals(option.Value, value, StringComparison.Ordinal) && option.Points.Equals(points);

    private static string Check(string id, LocalizedText text, Scale scale, bool reverse, IReadOnlyList<ItemOption> options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        Guard.ThrowIfAny(ProblemsOf(id, scale, reverse, options), $"Item '{id}'");
        return id;
    }
}
