namespace Pulse.Maturity.Model;

/// <summary>
/// One version of the maturity model: four preconditions with their constructs and items, the
/// facts (reported, not scored) and the indicators. Read from a versioned model file by
/// <see cref="ModelReader"/> or <see cref="ModelCatalog"/>; validated on construction (every id
/// unique in the whole model, the fixed facts of <see cref="FactIds"/> present with their scales,
/// indicators refer to existing items with fitting operators).
/// </summary>
/// <param name="Version">The version's name, e.g. "v1".</param>
/// <param name="Preconditions">The preconditions, in report order.</param>
/// <param name="Facts">Fact items, including those of <see cref="FactIds"/>.</param>
/// <param name="Indicators">Named yes/no rules over answers.</param>
public sealed record MaturityModel(
    string Version,
    IReadOnlyList<Precondition> Preconditions,
    IReadOnlyList<Item> Facts,
    IReadOnlyList<Indicator> Indicators)
{
    /// <summary>Header column of the answer file holding the organisation's slug.</summary>
    public const string OrganisationColumn = "organisation";

    /// <summary>Optional header column of the answer file holding a respondent id.</summary>
    public const string RespondentColumn = "respondent";

    /// <summary>The version's name.</summary>
    public string Version { get; } = Check(Version, Preconditions, Facts, Indicators);

    // Declared after Version on purpose: initializers run in textual order, so Check has already
    // refused null lists when this runs.
    private readonly Dictionary<string, int> _itemIndex = IndexItems(Preconditions, Facts);

    /// <summary>The preconditions.</summary>
    public IReadOnlyList<Precondition> Preconditions { get; } = [.. Preconditions];

    /// <summary>The facts.</summary>
    public IReadOnlyList<Item> Facts { get; } = [.. Facts];

    /// <summary>The indicators.</summary>
    public IReadOnlyList<Indicator> Indicators { get; } = [.. Indicators];

    /// <summary>
    /// Every item in the fixed order answers are kept in: the construct items in model order
    /// (precondition, construct, item), then the facts. <see cref="Answers.Response.Values"/> is aligned with it.
    /// </summary>
    public IReadOnlyList<Item> AllItems { get; } = [.. Preconditions.SelectMany(p => p.Constructs).SelectMany(c => c.Items), .. Facts];

    /// <summary>Every construct, in model order.</summary>
    public IReadOnlyList<Construct> Constructs { get; } = [.. Preconditions.SelectMany(p => p.Constructs)];

    /// <summary>Position of the item in <see cref="AllItems"/>, or -1 when the model has no such item.</summary>
    public int IndexOf(string itemId) => _itemIndex.TryGetValue(itemId, out var index) ? index : -1;

    /// <summary>The item with this id, or null.</summary>
    public Item? FindItem(string itemId) => IndexOf(itemId) is >= 0 and var i ? AllItems[i] : null;

    /// <summary>The construct with this id, or null.</summary>
    public Construct? FindConstruct(string constructId) =>
        Constructs.FirstOrDefault(c => string.Equals(c.Id, constructId, StringComparison.Ordinal));

    /// <summary>The indicator with this id, or null.</summary>
    public Indicator? FindIndicator(string indicatorId) =>
        Indicators.FirstOrDefault(i => string.Equals(i.Id, indicatorId, StringComparison.Ordinal));

    /// <summary>Ids that cannot be item ids because they are columns of the answer file.</summary>
    internal static bool IsReservedId(string id) =>
        string.Equals(id, OrganisationColumn, StringComparison.Ordinal) || string.Equals(id, RespondentColumn, StringComparison.Ordinal);

    private static Dictionary<string, int> IndexItems(IReadOnlyList<Precondition> preconditions, IReadOnlyList<Item> facts)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var items = preconditions.SelectMany(p => p.Constructs).SelectMany(c => c.Items).Concat(facts);
        foreach (var item in items)
        {
            index.TryAdd(item.Id, index.Count);
        }

        return index;
    }

    private static string Check(string version, IReadOnlyList<Precondition> preconditions, IReadOnlyList<Item> facts, IReadOnlyList<Indicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(preconditions);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(indicators);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(version))
        {
            problems.Add("the model has no version");
        }

        if (preconditions.Count == 0)
        {
            problems.Add("the model has no preconditions");
        }

        var declared = new List<(string, string)>();
        var items = new Dictionary<string, Item?>(StringComparer.Ordinal);
        foreach (var precondition in preconditions)
        {
            declared.Add((precondition.Id, $"precondition '{precondition.Id}'"));
            foreach (var construct in precondition.Constructs)
            {
                declared.Add((construct.Id, $"construct '{construct.Id}'"));
                foreach (var item in construct.Items)
                {
                    declared.Add((item.Id, $"item in construct '{construct.Id}'"));
                    items.TryAdd(item.Id, item);
                }
            }
        }

        var factsById = new Dictionary<string, Item?>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            declared.Add((fact.Id, "fact"));
            items.TryAdd(fact.Id, fact);
            factsById.TryAdd(fact.Id, fact);
        }

        declared.AddRange(indicators.Select(i => (i.Id, $"indicator '{i.Id}'")));
        problems.AddRange(ModelRules.Problems(
            declared,
            id => items.TryGetValue(id, out var item) ? (true, item) : (false, null),
            factsById,
            indicators.Select(i => (i.Id, (IndicatorRule?)i.Rule))));
        Guard.ThrowIfAny(problems, $"Model {version}");
        return version;
    }
}
