using System.Text.Json;
using Pulse.Maturity.Survey;

namespace Pulse.Connectors.Survey;

/// <summary>
/// Reads a mapping file (JSON; comments and trailing commas allowed; "note" anywhere is ignored):
/// <code>
/// {
///   "tool": "LimeSurvey 6, Export results: CSV, question code headings, answer codes",
///   "extraHeaderRows": 0,
///   "organisation": { "column": "ORG" },          // or { "fixed": "acme" }; optional "recode": {…}
///   "respondent": { "column": "id" },             // optional
///   "skip": [ { "column": "submitdate", "values": [""] } ],
///   "ignore": [ "submitdate", "lastpage", "startlanguage", "seed" ],
///   "ignoreOtherColumns": false,
///   "selected": [ "Y" ], "unselected": [ "N" ],   // option columns; defaults Y/1/yes/true and N/0/no/false
///   "recodes": { "agree5": { "A1": "1", "A2": "2" } },
///   "items": {
///     "pe_faster": { "column": "PE[SQ001]", "recode": "agree5" },
///     "active_share": "G05Q03",                   // shorthand: just the column
///     "gov_instruments": { "column": "Q12", "separator": ",", "recode": { "1": "guidelines" } },
///     "own_departments": { "columns": { "OWN[SQ001]": "communication", "OWN[SQ002]": "hr" } }
///   }
/// }
/// </code>
/// Every problem is reported at once in a <see cref="SurveyMappingException"/>.
/// </summary>
public static class SurveyMappingReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads a mapping file.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="sourceName">The file's name, for messages.</param>
    /// <exception cref="SurveyMappingException">The file is not valid JSON or not a valid mapping; lists every problem.</exception>
    public static SurveyMapping Read(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        var problems = new List<SurveyError>();
        void Problem(string path, string message) => problems.Add(new SurveyError(sourceName, 0, path, null, message));

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw new SurveyMappingException([new SurveyError(sourceName, (e.LineNumber ?? 0) + 1, string.Empty, null, $"not valid JSON: {e.Message}")]);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new SurveyMappingException([new SurveyError(sourceName, 0, string.Empty, null, "a mapping is a JSON object")]);
            }

            CheckProperties(root, string.Empty, Problem, "tool", "extraHeaderRows", "organisation", "respondent", "skip", "ignore", "ignoreOtherColumns", "selected", "unselected", "recodes", "items");
            var recodes = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            if (root.TryGetProperty("recodes", out var recodesElement))
            {
                if (recodesElement.ValueKind != JsonValueKind.Object)
                {
                    Problem("recodes", "expected an object of named recodings");
                }
                else
                {
                    foreach (var named in recodesElement.EnumerateObject().Where(p => p.Name != "note"))
                    {
                        recodes[named.Name] = ReadRecode(named.Value, $"recodes.{named.Name}", Problem);
                    }
                }
            }

            var extraHeaderRows = 0;
            if (root.TryGetProperty("extraHeaderRows", out var extra) && (!extra.TryGetInt32(out extraHeaderRows) || extraHeaderRows < 0))
            {
                Problem("extraHeaderRows", "expected a whole number of 0 or more (Qualtrics: 2)");
                extraHeaderRows = 0;
            }

            var organisation = ReadOrganisation(root, Problem);
            var respondent = root.TryGetProperty("respondent", out var respondentElement) ? ReadColumnOf(respondentElement, "respondent", Problem) : null;
            var items = new List<MappedItem>();
            if (!root.TryGetProperty("items", out var itemsElement) || itemsElement.ValueKind != JsonValueKind.Object)
            {
                Problem("items", "'items' is missing; expected an object from item id to export column");
            }
            else
            {
                foreach (var property in itemsElement.EnumerateObject().Where(p => p.Name != "note"))
                {
                    if (ReadItem(property.Name, property.Value, recodes, Problem) is { } item)
                    {
                        items.Add(item);
                    }
                }
            }

            var skip = new List<SkipRule>();
            if (root.TryGetProperty("skip", out var skipElement))
            {
                var index = 0;
                foreach (var rule in ArrayOf(skipElement, "skip", Problem))
                {
                    var path = $"skip[{index++}]";
                    var column = rule.ValueKind == JsonValueKind.Object && rule.TryGetProperty("column", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
                    var values = rule.ValueKind == JsonValueKind.Object && rule.TryGetProperty("values", out var v) ? Strings(v, $"{path}.values", Problem) : null;
                    if (column is null || values is null)
                    {
                        Problem(path, "expected {\"column\": \"…\", \"values\": [\"…\"]}");
                        continue;
                    }

                    skip.Add(new SkipRule(column, values));
                }
            }

            var ignoreOthers = root.TryGetProperty("ignoreOtherColumns", out var others) && others.ValueKind == JsonValueKind.True;
            if (others.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.True or JsonValueKind.False))
            {
                Problem("ignoreOtherColumns", "expected true or false");
            }

            var ignore = root.TryGetProperty("ignore", out var ignoreElement) ? Strings(ignoreElement, "ignore", Problem) : [];
            var selected = root.TryGetProperty("selected", out var selectedElement) ? Strings(selectedElement, "selected", Problem) : null;
            var unselected = root.TryGetProperty("unselected", out var unselectedElement) ? Strings(unselectedElement, "unselected", Problem) : null;
            if (problems.Count > 0 || organisation is null)
            {
                throw new SurveyMappingException(problems.Count > 0 ? problems : [new SurveyError(sourceName, 0, "organisation", null, "the organisation could not be read")]);
            }

            var mapping = new SurveyMapping(sourceName, extraHeaderRows, organisation, respondent, items)
            {
                IgnoredColumns = ignore ?? [],
                IgnoreOtherColumns = ignoreOthers,
                Skip = skip,
            };
            mapping = selected is null ? mapping : mapping with { SelectedValues = selected };
            return unselected is null ? mapping : mapping with { UnselectedValues = unselected };
        }
    }

    private static MappedOrganisation? ReadOrganisation(JsonElement root, Action<string, string> problem)
    {
        if (!root.TryGetProperty("organisation", out var element) || element.ValueKind != JsonValueKind.Object)
        {
            problem("organisation", "'organisation' is missing; expected {\"column\": \"…\"} or {\"fixed\": \"slug\"}");
            return null;
        }

        CheckProperties(element, "organisation", problem, "column", "fixed", "recode");
        var column = element.TryGetProperty("column", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        var fixedSlug = element.TryGetProperty("fixed", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
        if ((column is null) == (fixedSlug is null))
        {
            problem("organisation", "give either \"column\" or \"fixed\"");
            return null;
        }

        if (fixedSlug is not null && !SurveyFileParser.IsSlug(fixedSlug))
        {
            problem("organisation.fixed", $"'{fixedSlug}' is not an organisation slug");
        }

        var recode = element.TryGetProperty("recode", out var r) ? ReadRecode(r, "organisation.recode", problem) : [];
        return new MappedOrganisation(column, fixedSlug, recode);
    }

    private static string? ReadColumnOf(JsonElement element, string path, Action<string, string> problem)
    {
        if (element.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(element.GetString()))
        {
            return element.GetString();
        }

        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("column", out var column) && column.ValueKind == JsonValueKind.String)
        {
            CheckProperties(element, path, problem, "column");
            return column.GetString();
        }

        problem(path, "expected a column name or {\"column\": \"…\"}");
        return null;
    }

    private static MappedItem? ReadItem(string itemId, JsonElement element, Dictionary<string, Dictionary<string, string>> recodes, Action<string, string> problem)
    {
        var path = $"items.{itemId}";
        if (element.ValueKind == JsonValueKind.String)
        {
            return new MappedItem(itemId, element.GetString(), new Dictionary<string, string>(), null, []);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            problem(path, "expected a column name or an object");
            return null;
        }

        CheckProperties(element, path, problem, "column", "columns", "recode", "separator");
        var column = element.TryGetProperty("column", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        var optionColumns = new List<OptionColumn>();
        if (element.TryGetProperty("columns", out var columns))
        {
            if (columns.ValueKind != JsonValueKind.Object)
            {
                problem($"{path}.columns", "expected an object from export column to option value");
            }
            else
            {
                foreach (var option in columns.EnumerateObject().Where(p => p.Name != "note"))
                {
                    if (option.Value.ValueKind == JsonValueKind.String)
                    {
                        optionColumns.Add(new OptionColumn(option.Name, option.Value.GetString()!));
                    }
                    else
                    {
                        problem($"{path}.columns.{option.Name}", "expected an option value");
                    }
                }
            }
        }

        if ((column is null) == (optionColumns.Count == 0))
        {
            problem(path, "give either \"column\" or \"columns\" (one export column per option)");
            return null;
        }

        var recode = new Dictionary<string, string>();
        if (element.TryGetProperty("recode", out var r))
        {
            if (r.ValueKind == JsonValueKind.String)
            {
                if (!recodes.TryGetValue(r.GetString()!, out recode!))
                {
                    problem($"{path}.recode", $"no recoding named '{r.GetString()}' in \"recodes\"");
                    recode = [];
                }
            }
            else
            {
                recode = ReadRecode(r, $"{path}.recode", problem);
            }
        }

        string? separator = null;
        if (element.TryGetProperty("separator", out var s))
        {
            separator = s.ValueKind == JsonValueKind.String && !string.IsNullOrEmpty(s.GetString()) ? s.GetString() : null;
            if (separator is null)
            {
                problem($"{path}.separator", "expected a non-empty string, e.g. \",\"");
            }
        }

        return new MappedItem(itemId, column, recode, separator, optionColumns);
    }

    private static Dictionary<string, string> ReadRecode(JsonElement element, string path, Action<string, string> problem)
    {
        var recode = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (element.ValueKind != JsonValueKind.Object)
        {
            problem(path, "expected an object from export value to answer value");
            return recode;
        }

        foreach (var pair in element.EnumerateObject().Where(p => p.Name != "note"))
        {
            var value = pair.Value.ValueKind switch
            {
                JsonValueKind.String => pair.Value.GetString(),
                JsonValueKind.Number => pair.Value.GetRawText(),
                _ => null,
            };
            if (value is null)
            {
                problem($"{path}.{pair.Name}", "expected a string or a number");
            }
            else if (!recode.TryAdd(pair.Name.Trim(), value))
            {
                problem($"{path}.{pair.Name}", $"'{pair.Name}' is recoded more than once (keys ignore case)");
            }
        }

        return recode;
    }

    private static List<JsonElement> ArrayOf(JsonElement element, string path, Action<string, string> problem)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return [.. element.EnumerateArray()];
        }

        problem(path, "expected an array");
        return [];
    }

    private static List<string>? Strings(JsonElement element, string path, Action<string, string> problem)
    {
        var values = new List<string>();
        foreach (var value in ArrayOf(element, path, problem))
        {
            if (value.ValueKind != JsonValueKind.String)
            {
                problem(path, "expected an array of strings");
                return null;
            }

            values.Add(value.GetString()!);
        }

        return element.ValueKind == JsonValueKind.Array ? values : null;
    }

    private static void CheckProperties(JsonElement element, string path, Action<string, string> problem, params string[] allowed)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name != "note" && !allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                problem(path.Length == 0 ? property.Name : $"{path}.{property.Name}", $"unknown property '{property.Name}' (expected {string.Join(", ", allowed)} or note)");
            }
        }
    }
}
