using Pulse.Maturity.Answers;
using Pulse.Maturity.Model;

namespace Pulse.Maturity.Tests.Support;

/// <summary>Small models built in code, so a test shows exactly the structure its rule needs.</summary>
internal static class TestModels
{
    public static LocalizedText Text(string english) => new($"{english} (nl)", english);

    public static Item Likert(string id, bool reverse = false, Scale scale = Scale.Likert5) =>
        new(id, Text(id), null, scale, reverse, StandardOptions.Likert(scale, reverse));

    public static Item YesNo(string id) => new(id, Text(id), null, Scale.YesNo, false, StandardOptions.YesNo);

    public static Item Percent(string id) => new(id, Text(id), null, Scale.Percent, false, []);

    public static Item Choice(string id, params (string Value, double Points)[] options) =>
        new(id, Text(id), null, Scale.Choice, false, [.. options.Select(o => new ItemOption(o.Value, o.Points, Text(o.Value)))]);

    public static Item Multi(string id, params (string Value, double Points)[] options) =>
        new(id, Text(id), null, Scale.Multi, false, [.. options.Select(o => new ItemOption(o.Value, o.Points, Text(o.Value)))]);

    public static Construct Construct(string id, params Item[] items) => new(id, Text(id), 1, items, Recommendations(id));

    public static Construct Construct(string id, double weight, params Item[] items) => new(id, Text(id), weight, items, Recommendations(id));

    /// <summary>One recommendation per stage, "{construct} at stage {n}", so a test can tell which one it got.</summary>
    public static Dictionary<int, LocalizedText> Recommendations(string constructId) =>
        Stage.All.ToDictionary(s => s.Number, s => Text($"{constructId} at stage {s.Number}"));

    public static Precondition Precondition(string id, params Construct[] constructs) => new(id, Text(id), Text($"{id} description"), constructs);

    /// <summary>The five fixed facts with plain options.</summary>
    public static List<Item> Facts() =>
    [
        YesNo(FactIds.HasCommunity),
        YesNo(FactIds.TargetAll),
        Percent(FactIds.ActiveShare),
        Choice(FactIds.ManagementParticipation, ("none", 0), ("some", 50), ("most", 100)),
        Percent(FactIds.NeedForWorkShare),
    ];

    public static MaturityModel Build(IEnumerable<Precondition> preconditions, IEnumerable<Indicator>? indicators = null, IEnumerable<Item>? extraFacts = null) =>
        new("test", [.. preconditions], [.. Facts(), .. extraFacts ?? []], [.. indicators ?? []]);

    /// <summary>One precondition, one construct of the given Likert items: the smallest scorable model.</summary>
    public static MaturityModel OneConstruct(params Item[] items) =>
        Build([Precondition("p", Construct("c", items))]);

    /// <summary>A response with the given answers (by item id) and every other item missing.</summary>
    public static Response Respond(MaturityModel model, string organisation, string respondent, params (string ItemId, string? Value)[] answers)
    {
        var values = new string?[model.AllItems.Count];
        foreach (var (itemId, value) in answers)
        {
            var index = model.IndexOf(itemId);
            if (index < 0)
            {
                throw new ArgumentException($"No item '{itemId}' in the test model.", nameof(answers));
            }

            values[index] = value;
        }

        return new Response(organisation, respondent, values);
    }

    /// <summary>A response where every item gets <paramref name="answer"/>(item), e.g. its best option.</summary>
    public static Response RespondAll(MaturityModel model, string organisation, string respondent, Func<Item, string?> answer) =>
        new(organisation, respondent, [.. model.AllItems.Select(answer)]);

    /// <summary>The answer that scores 100 on an item (for multi: every option).</summary>
    public static string Best(Item item) => item.Scale switch
    {
        Scale.Percent => "100",
        Scale.Multi => string.Join(';', item.Options.Select(o => o.Value)),
        _ => item.Options.MaxBy(o => o.Points)!.Value,
    };

    /// <summary>The answer that scores 0 on an item (for multi: the 0-point options).</summary>
    public static string? Worst(Item item) => item.Scale switch
    {
        Scale.Percent => "0",
        Scale.Multi => item.Options.Any(o => o.Points == 0) ? string.Join(';', item.Options.Where(o => o.Points == 0).Select(o => o.Value)) : null,
        _ => item.Options.MinBy(o => o.Points)!.Value,
    };
}
