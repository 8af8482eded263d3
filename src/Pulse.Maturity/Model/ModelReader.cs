using System.Globalization;
using System.Text.Json;

namespace Pulse.Maturity.Model;

/// <summary>
/// Reads and validates a model file (JSON; comments and trailing commas allowed). Every problem
/// in the file is collected and reported at once in a <see cref="ModelValidationException"/>,
/// each naming where it is (<c>preconditions[1].constructs[0].items[2]</c>) and what is wrong:
/// invalid or duplicate ids anywhere, unknown properties, missing texts, unknown scales, points
/// outside 0..100, constructs without items or with fewer than 2 or more than 5, choice and
/// multiple-choice items without options, duplicate option values, Likert options that are not
/// "1".."k" or whose points differ from the scoring rule, non-positive weights, preconditions
/// without constructs, missing fixed facts, indicators over unknown items or with operators that
/// do not fit the item's scale, constructs without a recommendation for each stage 1..5 in both
/// languages.
/// </summary>
/// <remarks>
/// Format: the shape <see cref="ModelJson.Write(MaturityModel)"/> prints, where a Likert or yes/no item may omit
/// its options (the standard ones are derived), a Likert item may give its own k labels (points
/// then optional), a construct may omit its weight (1), and any object may carry a "note" that is
/// ignored: the place to say why a weight or a score is what it is. Every construct carries
/// "recommendations" with a Dutch and English text for each stage "1".."5"; an indicator may carry
/// an "advice" phrasing (see <see cref="Indicator.Advice"/>).
/// </remarks>
public static class ModelReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads a model file.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="sourceName">The file's name, used in messages.</param>
    /// <exception cref="ModelValidationException">The file is not valid JSON or breaks any rule; lists every problem.</exception>
    public static MaturityModel Read(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        var what = $"Model file {sourceName}";
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw new ModelValidationException(what, [$"not valid JSON: {e.Message}"]);
        }

        using (document)
        {
            var context = new ReadContext();
            var model = ReadModel(document.RootElement, context);
            if (context.Problems.Count > 0 || model is null)
            {
                throw new ModelValidationException(what, context.Problems.Count > 0 ? context.Problems : ["the model could not be read"]);
            }

            return model;
        }
    }

    private static MaturityModel? ReadModel(JsonElement root, ReadContext context)
    {
        var node = new Node(root, "model", context);
        if (!node.IsObject)
        {
            return null;
        }

        // "stages" is printed by ModelJson.Write for readers of the JSON; stages are fixed, not data.
        node.CheckProperties("version", "preconditions", "facts", "indicators", "stages");
        var version = node.String("version");
        var preconditions = node.Array("preconditions").Select(p => ReadPrecondition(p, context)).ToList();
        var facts = node.Array("facts").Select(f => ReadItem(f, context, "fact")).ToList();
        var indicators = node.Array("indicators", required: false).Select(i => ReadIndicator(i, context)).ToList();
        if (preconditions.Count == 0 && node.Has("preconditions"))
        {
            context.Problems.Add("preconditions: the model has no preconditions");
        }

        var factsById = new Dictionary<string, Item?>(StringComparer.Ordinal);
        foreach (var (id, fact) in facts)
        {
            if (id is not null)
            {
                factsById.TryAdd(id, fact);
            }
        }

        var ruleProblems = ModelRules.Problems(
            context.Declared,
            id => context.Items.TryGetValue(id, out var item) ? (true, item) : (false, null),
            factsById,
            indicators.Where(i => i.Id is not null).Select(i => (i.Id!, i.Rule)));
        context.Problems.AddRange(ruleProblems);
        if (context.Problems.Count > 0 || version is null)
        {
            return null;
        }

        return new MaturityModel(
            version,
            [.. preconditions.Select(p => p!)],
            [.. facts.Select(f => f.Item!)],
            [.. indicators.Select(i => i.Indicator!)]);
    }

    private static Precondition? ReadPrecondition(Node node, ReadContext context)
    {
        if (!node.IsObject)
        {
            return null;
        }

        node.CheckProperties("id", "name", "description", "constructs");
        var id = node.String("id");
        var name = node.Text("name");
        var description = node.Text("description");
        var constructNodes = node.Array("constructs");
        var constructs = constructNodes.Select(c => ReadConstruct(c, context)).ToList();
        var problems = node.Add(Precondition.ProblemsOf(id, constructNodes.Count));
        if (id is not null)
        {
            context.Declared.Add((id, $"precondition '{id}'"));
        }

        return problems == 0 && id is not null && name is not null && description is not null && constructs.All(c => c is not null)
            ? new Precondition(id, name, description, [.. constructs.Select(c => c!)])
            : null;
    }

    private static Construct? ReadConstruct(Node node, ReadContext context)
    {
        if (!node.IsObject)
        {
            return null;
        }

        node.CheckProperties("id", "name", "weight", "items", "recommendations");
        var id = node.String("id");
        var name = node.Text("name");
        var weight = node.Number("weight", required: false) ?? 1;
        var itemNodes = node.Array("items");
        var items = itemNodes.Select(i => ReadItem(i, context, $"item in construct '{id}'").Item).ToList();
        var problems = node.Add(Construct.ProblemsOf(id, weight, itemNodes.Count));
        var recommendations = ReadRecommendations(node, id);
        if (id is not null)
        {
            context.Declared.Add((id, $"construct '{id}'"));
        }

        return problems == 0 && id is not null && name is not null && items.All(i => i is not null) && recommendations is not null
            ? new Construct(id, name, weight, [.. items.Select(i => i!)], recommendations)
            : null;
    }

    /// <summary>
    /// <c>"recommendations": {"1": {"nl", "en"}, …, "5": {…}}</c>: one text per stage. Every problem
    /// names the construct and the stage, because a translator fixing one of a hundred texts
    /// should not have to count array positions.
    /// </summary>
    private static Dictionary<int, LocalizedText>? ReadRecommendations(Node construct, string? id)
    {
        if (construct.Child("recommendations", required: false) is not { } node)
        {
            construct.Problem($"construct '{id}' has no recommendations; it needs a Dutch and English text for each stage 1 to 5");
            return null;
        }

        if (!node.IsObject)
        {
            return null;
        }

        var stageKeys = Stage.All.Select(s => s.Number.ToString(CultureInfo.InvariantCulture)).ToArray();
        node.CheckProperties(stageKeys);
        if (node.Add(Construct.RecommendationProblemsOf(id, stageKeys.Where(node.Has).Select(k => int.Parse(k, CultureInfo.InvariantCulture)))) > 0)
        {
            return null;
        }

        var recommendations = new Dictionary<int, LocalizedText>();
        foreach (var stage in Stage.All)
        {
            if (node.Text(stageKeys[stage.Number - 1]) is { } text)
            {
                recommendations.Add(stage.Number, text);
            }
            else
            {
                node.Problem($"construct '{id}' has no complete recommendation for stage {stage.Number} ({stage.Name.En}): it needs a non-empty Dutch and English text");
            }
        }

        return recommendations.Count == Stage.All.Count ? recommendations : null;
    }

    private static (string? Id, Item? Item) ReadItem(Node node, ReadContext context, string declaredAs)
    {
        if (!node.IsObject)
        {
            return (null, null);
        }

        node.CheckProperties("id", "text", "help", "scale", "reverse", "options");
        var id = node.String("id");
        var text = node.Text("text");
        var help = node.Text("help", required: false);
        var scaleName = node.String("scale");
        var reverse = node.Bool("reverse") ?? false;
        if (id is not null)
        {
            context.Declared.Add((id, declaredAs));
            context.Items.TryAdd(id, null);
        }

        if (scaleName is null)
        {
            return (id, null);
        }

        if (!ScaleExtensions.TryParseJsonName(scaleName, out var scale))
        {
            node.Problem($"scale '{scaleName}' is unknown; use likert5, likert7, yesno, percent, choice or multi");
            return (id, null);
        }

        var (options, optionsRead) = ReadOptions(node, scale, reverse);
        var problems = node.Add(Item.ProblemsOf(id, scale, reverse, options, checkOptions: optionsRead));
        if (problems > 0 || !optionsRead || id is null || text is null)
        {
            return (id, null);
        }

        var item = new Item(id, text, help, scale, reverse, options);
        context.Items[id] = item;
        return (id, item);
    }

    private static (List<ItemOption> Options, bool AllRead) ReadOptions(Node item, Scale scale, bool reverse)
    {
        var nodes = item.Array("options", required: scale is Scale.Choice or Scale.Multi);
        if (nodes.Count == 0 && !item.Has("options"))
        {
            return scale switch
            {
                Scale.Likert5 or Scale.Likert7 => ([.. StandardOptions.Likert(scale, reverse)], true),
                Scale.YesNo => ([.. StandardOptions.YesNo], true),
                _ => ([], !item.Has("options") && scale == Scale.Percent),
            };
        }

        var options = new List<ItemOption>();
        var allRead = true;
        foreach (var node in nodes)
        {
            if (!node.IsObject)
            {
                allRead = false;
                continue;
            }

            node.CheckProperties("value", "points", "label", "help");
            var value = node.String("value");
            var pointsRequired = scale is Scale.Choice or Scale.Multi;
            var points = node.Number("points", required: pointsRequired) ?? DerivedPoints(scale, reverse, value);
            var label = node.Text("label");
            var help = node.Text("help", required: false);
            if (node.Add(ItemOption.ProblemsOf(value, points, label)) > 0 || value is null || label is null)
            {
                allRead = false;
                continue;
            }

            options.Add(new ItemOption(value, points, label, help));
        }

        return (options, allRead);
    }

    /// <summary>Points a Likert or yes/no option gets when the file leaves them out: the scoring rule's.</summary>
    private static double DerivedPoints(Scale scale, bool reverse, string? value)
    {
        var k = scale.LikertPoints();
        if (k > 0 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= 1 && v <= k)
        {
            return Scoring.ItemScore.Likert(v, k, reverse);
        }

        return scale == Scale.YesNo && string.Equals(value, StandardOptions.Yes, StringComparison.Ordinal) ? 100 : 0;
    }

    private static (string? Id, IndicatorRule? Rule, Indicator? Indicator) ReadIndicator(Node node, ReadContext context)
    {
        if (!node.IsObject)
        {
            return (null, null, null);
        }

        node.CheckProperties("id", "name", "advice", "rule");
        var id = node.String("id");
        var name = node.Text("name");
        var advice = node.Text("advice", required: false);
        var rule = node.Child("rule") is { } ruleNode ? ReadRule(ruleNode) : null;
        if (id is not null)
        {
            context.Declared.Add((id, $"indicator '{id}'"));
            if (!Guard.IsId(id))
            {
                node.Problem($"indicator id '{id}' is not valid: use lower-case letters, digits and '_', starting with a letter (at most 64 characters)");
                return (id, rule, null);
            }
        }

        return (id, rule, id is not null && name is not null && rule is not null ? new Indicator(id, name, rule) { Advice = advice } : null);
    }

    private static IndicatorRule? ReadRule(Node node)
    {
        if (!node.IsObject)
        {
            return null;
        }

        foreach (var combinator in (ReadOnlySpan<string>)["all", "any"])
        {
            if (node.Has(combinator))
            {
                node.CheckProperties(combinator);
                var parts = node.Array(combinator).Select(ReadRule).ToList();
                if (parts.Count == 0)
                {
                    node.Problem($"'{combinator}' needs at least one rule");
                    return null;
                }

                return parts.Any(p => p is null) ? null
                    : combinator == "all" ? new AllRule([.. parts.Select(p => p!)]) : new AnyRule([.. parts.Select(p => p!)]);
            }
        }

        if (node.Has("not"))
        {
            node.CheckProperties("not");
            return node.Child("not") is { } inner && ReadRule(inner) is { } negated ? new NotRule(negated) : null;
        }

        var operators = Enum.GetValues<ComparisonOperator>().Select(ItemComparison.OperatorName).ToArray();
        node.CheckProperties(["item", .. operators]);
        var itemId = node.String("item");
        var used = operators.Where(node.Has).ToList();
        if (used.Count != 1)
        {
            node.Problem(used.Count == 0
                ? $"a rule needs 'all', 'any', 'not', or 'item' with one of {string.Join(", ", operators)}"
                : $"a rule compares with one operator, not {string.Join(" and ", used)}");
            return null;
        }

        _ = ItemComparison.TryParseOperator(used[0], out var op); // cannot fail: used[0] came from the operator names
        var values = op == ComparisonOperator.In ? node.Array("in").Select(v => v.Scalar()).ToList() : [node.Child(used[0])?.Scalar()];
        if (itemId is null || values.Any(v => v is null))
        {
            return null;
        }

        try
        {
            return new ItemComparison(itemId, op, [.. values.Select(v => v!)]);
        }
        catch (ModelValidationException e)
        {
            foreach (var problem in e.Problems)
            {
                node.Problem(problem);
            }

            return null;
        }
    }

    private sealed class ReadContext
    {
        public List<string> Problems { get; } = [];

        public List<(string Id, string DeclaredAs)> Declared { get; } = [];

        /// <summary>Every item id declared; the item when it is valid, null when it is not.</summary>
        public Dictionary<string, Item?> Items { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>A JSON value with its path, reporting problems into the shared list.</summary>
    private readonly struct Node(JsonElement element, string path, ReadContext context)
    {
        public bool IsObject => element.ValueKind == JsonValueKind.Object || Fail("expected an object");

        public bool Has(string name) => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out _);

        public void Problem(string message) => context.Problems.Add($"{path}: {message}");

        public int Add(List<string> problems)
        {
            foreach (var problem in problems)
            {
                Problem(problem);
            }

            return problems.Count;
        }

        public void CheckProperties(params string[] allowed)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (!allowed.Contains(property.Name, StringComparer.Ordinal) && !string.Equals(property.Name, "note", StringComparison.Ordinal))
                {
                    Problem($"unknown property '{property.Name}' (expected {string.Join(", ", allowed)} or note)");
                }
            }
        }

        public Node? Child(string name, bool required = true)
        {
            if (element.TryGetProperty(name, out var child) && child.ValueKind != JsonValueKind.Null)
            {
                return new Node(child, $"{path}.{name}", context);
            }

            if (required)
            {
                Problem($"'{name}' is missing");
            }

            return null;
        }

        public string? String(string name)
        {
            if (Child(name) is not { } child)
            {
                return null;
            }

            return child.Element.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(child.Element.GetString())
                ? child.Element.GetString()
                : FailText($"'{name}' must be a non-empty string");
        }

        public double? Number(string name, bool required = true)
        {
            if (Child(name, required) is not { } child)
            {
                return null;
            }

            return child.Element.ValueKind == JsonValueKind.Number ? child.Element.GetDouble() : Fail<double>($"'{name}' must be a number");
        }

        public bool? Bool(string name)
        {
            if (Child(name, required: false) is not { } child)
            {
                return null;
            }

            return child.Element.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? child.Element.GetBoolean()
                : Fail<bool>($"'{name}' must be true or false");
        }

        public LocalizedText? Text(string name, bool required = true)
        {
            if (Child(name, required) is not { } child)
            {
                return null;
            }

            if (child.Element.ValueKind != JsonValueKind.Object)
            {
                child.Problem("expected {\"nl\": \"…\", \"en\": \"…\"}");
                return null;
            }

            child.CheckProperties("nl", "en");
            var nl = child.String("nl");
            var en = child.String("en");
            return nl is not null && en is not null ? new LocalizedText(nl, en) : null;
        }

        public List<Node> Array(string name, bool required = true)
        {
            if (Child(name, required) is not { } child)
            {
                return [];
            }

            if (child.Element.ValueKind != JsonValueKind.Array)
            {
                child.Problem("expected an array");
                return [];
            }

            var list = new List<Node>();
            var index = 0;
            foreach (var value in child.Element.EnumerateArray())
            {
                list.Add(new Node(value, $"{path}.{name}[{index++}]", context));
            }

            return list;
        }

        /// <summary>A constant in a rule: a string as written, a number in invariant form.</summary>
        public string? Scalar() => element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number => element.GetRawText(),
            _ => FailText("expected a string or a number"),
        };

        private JsonElement Element => element;

        private bool Fail(string message)
        {
            Problem(message);
            return false;
        }

        private string? FailText(string message)
        {
            Problem(message);
            return null;
        }

        private T? Fail<T>(string message)
            where T : struct
        {
            Problem(message);
            return null;
        }
    }
}
