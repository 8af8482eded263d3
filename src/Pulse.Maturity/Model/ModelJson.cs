using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Pulse.Maturity.Model;

/// <summary>
/// Writes a model as the JSON <c>pulse model show --json</c> prints (camelCase, indented):
/// <c>{"version", "preconditions": [{"id", "name", "description", "constructs": [{"id", "name",
/// "weight", "items": [item], "recommendations": {"1".."5": {"nl", "en"}}}]}], "facts": [item],
/// "indicators": [{"id", "name", "advice"?, "rule"}],
/// "stages": [{"number", "name", "from"}]}</c>, where an item is <c>{"id", "text", "help"?,
/// "scale", "reverse", "options": [{"value", "points", "label", "help"?}]}</c>.
/// Likert items list options "1".."k" whose points are what each value scores for that item
/// (reverse coding applied); yes/no items list "yes" (100) and "no" (0); percentage items have no
/// options. The output reads back with <see cref="ModelReader"/> into the same model.
/// </summary>
public static class ModelJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,

        // Dutch texts stay readable (ë, é) instead of \u00EB; this JSON is not embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The model as indented JSON.</summary>
    public static string Write(MaturityModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            Write(writer, model);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the model as one JSON object to <paramref name="writer"/>.</summary>
    public static void Write(Utf8JsonWriter writer, MaturityModel model)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(model);
        writer.WriteStartObject();
        writer.WriteString("version", model.Version);
        writer.WriteStartArray("preconditions");
        foreach (var precondition in model.Preconditions)
        {
            writer.WriteStartObject();
            writer.WriteString("id", precondition.Id);
            WriteText(writer, "name", precondition.Name);
            WriteText(writer, "description", precondition.Description);
            writer.WriteStartArray("constructs");
            foreach (var construct in precondition.Constructs)
            {
                writer.WriteStartObject();
                writer.WriteString("id", construct.Id);
                WriteText(writer, "name", construct.Name);
                writer.WriteNumber("weight", construct.Weight);
                writer.WriteStartArray("items");
                foreach (var item in construct.Items)
                {
                    WriteItem(writer, item);
                }

                writer.WriteEndArray();
                writer.WriteStartObject("recommendations");
                foreach (var (stage, text) in construct.Recommendations)
                {
                    WriteText(writer, stage.ToString(CultureInfo.InvariantCulture), text);
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("facts");
        foreach (var fact in model.Facts)
        {
            WriteItem(writer, fact);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("indicators");
        foreach (var indicator in model.Indicators)
        {
            writer.WriteStartObject();
            writer.WriteString("id", indicator.Id);
            WriteText(writer, "name", indicator.Name);
            if (indicator.Advice is not null)
            {
                WriteText(writer, "advice", indicator.Advice);
            }

            writer.WritePropertyName("rule");
            WriteRule(writer, indicator.Rule, model);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("stages");
        for (var i = 0; i < Stage.All.Count; i++)
        {
            writer.WriteStartObject();
            writer.WriteNumber("number", Stage.All[i].Number);
            WriteText(writer, "name", Stage.All[i].Name);
            writer.WriteNumber("from", i * 20);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteItem(Utf8JsonWriter writer, Item item)
    {
        writer.WriteStartObject();
        writer.WriteString("id", item.Id);
        WriteText(writer, "text", item.Text);
        if (item.Help is not null)
        {
            WriteText(writer, "help", item.Help);
        }

        writer.WriteString("scale", item.Scale.ToJsonName());
        writer.WriteBoolean("reverse", item.Reverse);
        writer.WriteStartArray("options");
        foreach (var option in item.Options)
        {
            writer.WriteStartObject();
            writer.WriteString("value", option.Value);
            writer.WriteNumber("points", option.Points);
            WriteText(writer, "label", option.Label);
            if (option.Help is not null)
            {
                WriteText(writer, "help", option.Help);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter writer, IndicatorRule rule, MaturityModel model)
    {
        writer.WriteStartObject();
        switch (rule)
        {
            case AllRule all:
                WriteRules(writer, "all", all.Rules, model);
                break;
            case AnyRule any:
                WriteRules(writer, "any", any.Rules, model);
                break;
            case NotRule not:
                writer.WritePropertyName("not");
                WriteRule(writer, not.Rule, model);
                break;
            case ItemComparison comparison:
                writer.WriteString("item", comparison.ItemId);
                var numeric = model.FindItem(comparison.ItemId)?.Scale.IsNumeric() == true;
                writer.WritePropertyName(ItemComparison.OperatorName(comparison.Operator));
                if (comparison.Operator == ComparisonOperator.In)
                {
                    writer.WriteStartArray();
                    foreach (var value in comparison.Values)
                    {
                        WriteConstant(writer, value, numeric);
                    }

                    writer.WriteEndArray();
                }
                else
                {
                    WriteConstant(writer, comparison.Values[0], numeric);
                }

                break;
            default:
                throw new InvalidOperationException($"Unknown rule {rule.GetType().Name}.");
        }

        writer.WriteEndObject();
    }

    private static void WriteRules(Utf8JsonWriter writer, string name, IReadOnlyList<IndicatorRule> rules, MaturityModel model)
    {
        writer.WriteStartArray(name);
        foreach (var rule in rules)
        {
            WriteRule(writer, rule, model);
        }

        writer.WriteEndArray();
    }

    private static void WriteConstant(Utf8JsonWriter writer, string value, bool numeric)
    {
        if (numeric && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    private static void WriteText(Utf8JsonWriter writer, string name, LocalizedText text)
    {
        writer.WriteStartObject(name);
        writer.WriteString("nl", text.Nl);
        writer.WriteString("en", text.En);
        writer.WriteEndObject();
    }
}
