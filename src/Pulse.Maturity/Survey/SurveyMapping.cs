using Pulse.Maturity.Model;

namespace Pulse.Maturity.Survey;

/// <summary>
/// How to read a survey tool's CSV export (LimeSurvey, Qualtrics, …) as a Pulse answer file:
/// which column gives the organisation and the respondent, which column gives which item and how
/// its codes translate, which header rows and columns to skip. Read one from JSON with
/// <c>SurveyMappingReader</c> (in Pulse.Connectors); examples ship in <c>Mappings/</c> and are explained in
/// docs/survey-import.md.
/// </summary>
/// <param name="SourceName">The mapping file's name, for messages.</param>
/// <param name="ExtraHeaderRows">Rows after the first (names) row to skip: 0 for LimeSurvey, 2 for Qualtrics (question texts and ImportIds).</param>
/// <param name="Organisation">Where the organisation slug comes from.</param>
/// <param name="RespondentColumn">The column with a respondent id (LimeSurvey <c>id</c>, Qualtrics <c>ResponseId</c>), or null for one response per organisation.</param>
/// <param name="Items">Where each item comes from; items not listed are missing.</param>
public sealed record SurveyMapping(
    string SourceName,
    int ExtraHeaderRows,
    MappedOrganisation Organisation,
    string? RespondentColumn,
    IReadOnlyList<MappedItem> Items)
{
    /// <summary>Rows to skip before it.</summary>
    public int ExtraHeaderRows { get; } = ExtraHeaderRows >= 0 ? ExtraHeaderRows : throw new ArgumentOutOfRangeException(nameof(ExtraHeaderRows));

    /// <summary>The items, in mapping order.</summary>
    public IReadOnlyList<MappedItem> Items { get; } = [.. Items ?? throw new ArgumentNullException(nameof(Items))];

    /// <summary>
    /// Export columns that are not answers (dates, metadata, free texts). A name may start or end
    /// with '*' to match a prefix or suffix (<c>Recipient*</c>, <c>*Time</c>).
    /// </summary>
    public IReadOnlyList<string> IgnoredColumns { get; init; } = [];

    /// <summary>
    /// When false (the default), an export column that is neither mapped nor ignored refuses the
    /// file: a renamed question must not silently become "don't know".
    /// </summary>
    public bool IgnoreOtherColumns { get; init; }

    /// <summary>Rows to leave out, e.g. unfinished responses.</summary>
    public IReadOnlyList<SkipRule> Skip { get; init; } = [];

    /// <summary>In option columns, the values that mean "chosen" (default Y, 1, yes, true).</summary>
    public IReadOnlyList<string> SelectedValues { get; init; } = ["Y", "1", "yes", "true"];

    /// <summary>In option columns, the values besides blank that mean "not chosen" (default N, 0, no, false).</summary>
    public IReadOnlyList<string> UnselectedValues { get; init; } = ["N", "0", "no", "false"];

    /// <summary>
    /// Problems of this mapping with a model: unknown items, items mapped twice, option columns or
    /// a separator on an item that is not multiple choice, option columns naming unknown options.
    /// </summary>
    public IReadOnlyList<SurveyError> ProblemsWith(MaturityModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var problems = new List<SurveyError>();
        void Add(string column, string message) => problems.Add(new SurveyError(SourceName, 0, column, null, message));
        foreach (var duplicate in Items.GroupBy(i => i.ItemId, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            Add($"items.{duplicate.Key}", $"item '{duplicate.Key}' is mapped more than once");
        }

        foreach (var mapped in Items)
        {
            var item = model.FindItem(mapped.ItemId);
            if (item is null)
            {
                Add($"items.{mapped.ItemId}", $"'{mapped.ItemId}' is not an item of model {model.Version}");
                continue;
            }

            if ((mapped.OptionColumns.Count > 0 || mapped.Separator is not null) && item.Scale != Scale.Multi)
            {
                Add($"items.{mapped.ItemId}", $"'{mapped.ItemId}' is {item.Scale.ToJsonName()}; option columns and separators are only for multiple-choice items");
            }

            foreach (var option in mapped.OptionColumns.Where(o => item.Scale == Scale.Multi && item.IndexOfOption(o.Option) < 0))
            {
                Add($"items.{mapped.ItemId}", $"column '{option.Column}' maps to '{option.Option}', which is not an option of '{mapped.ItemId}' ({string.Join(", ", item.Options.Select(o => o.Value))})");
            }
        }

        return problems;
    }

    /// <summary>
    /// Turns an export into the rows of a Pulse answer file (header: organisation, respondent if
    /// mapped, then the mapped item ids), keeping every row's line number so errors point at the
    /// export. Values are recoded but not checked: <see cref="SurveyFileParser"/> does that.
    /// </summary>
    /// <param name="rows">The export's rows, its header first.</param>
    /// <param name="fileName">The export's name, for errors.</param>
    /// <exception cref="SurveyMappingException">The export's header does not fit the mapping, or rows have the wrong number of fields.</exception>
    public IReadOnlyList<SurveyRow> Apply(IEnumerable<SurveyRow> rows, string fileName = "")
    {
        ArgumentNullException.ThrowIfNull(rows);
        var errors = new ErrorCollector(fileName);
        using var enumerator = rows.GetEnumerator();
        var converted = ReadHeader(enumerator, errors) is { } positions
            ? Convert(enumerator, positions, errors).ToList()
            : [];
        return errors.Count == 0 ? converted : throw new SurveyMappingException(errors.Result([]).Errors);
    }

    /// <summary>
    /// Reads an export as an answer file, all or nothing: <see cref="ProblemsWith"/>, then
    /// <see cref="Apply"/>, then <see cref="SurveyFileParser.Parse"/>. Errors about values name the
    /// item and the export column it came from, e.g. <c>pe_faster (from G02Q01[SQ001])</c>.
    /// </summary>
    public SurveyParseResult Import(MaturityModel model, IEnumerable<SurveyRow> rows, string fileName)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(rows);
        var mappingProblems = ProblemsWith(model);
        if (mappingProblems.Count > 0)
        {
            return new SurveyParseResult([], mappingProblems);
        }

        var errors = new ErrorCollector(fileName);
        using var enumerator = rows.GetEnumerator();
        if (ReadHeader(enumerator, errors) is not { } positions)
        {
            return errors.Result([]);
        }

        var parsed = SurveyFileParser.Parse(model, Convert(enumerator, positions, errors), fileName);
        if (errors.Count == 0 && parsed.IsValid)
        {
            return parsed;
        }

        var columns = Items.ToDictionary(i => i.ItemId, i => i.Describe(), StringComparer.Ordinal);
        if (Organisation.Column is not null)
        {
            columns[MaturityModel.OrganisationColumn] = $"{MaturityModel.OrganisationColumn} (from {Organisation.Column})";
        }

        if (RespondentColumn is not null)
        {
            columns[MaturityModel.RespondentColumn] = $"{MaturityModel.RespondentColumn} (from {RespondentColumn})";
        }

        var all = errors.Result([]).Errors
            .Concat(parsed.Errors.Select(e => columns.TryGetValue(e.Column, out var described) ? e with { Column = described } : e))
            .OrderBy(e => e.Line)
            .ToList();
        return new SurveyParseResult([], [.. all.Take(SurveyParseResult.MaxErrors)])
        {
            ErrorsTruncated = all.Count > SurveyParseResult.MaxErrors || errors.Truncated || parsed.ErrorsTruncated,
        };
    }

    /// <summary>The rows after the export's header (where <paramref name="enumerator"/> stands) as answer-file rows.</summary>
    private IEnumerable<SurveyRow> Convert(IEnumerator<SurveyRow> enumerator, Dictionary<string, int> positions, ErrorCollector errors)
    {
        var header = enumerator.Current;
        for (var skipped = 0; skipped < ExtraHeaderRows && enumerator.MoveNext(); skipped++)
        {
            // Qualtrics' question texts and ImportId rows: not answers.
        }

        string[] standardHeader =
        [
            MaturityModel.OrganisationColumn,
            .. RespondentColumn is not null ? [MaturityModel.RespondentColumn] : Array.Empty<string>(),
            .. Items.Select(i => i.ItemId),
        ];
        yield return new SurveyRow(header.Line, standardHeader);
        while (enumerator.MoveNext())
        {
            var row = enumerator.Current;
            if (row.Fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (row.Fields.Count != header.Fields.Count)
            {
                errors.Add(row.Line, string.Empty, null, $"the row has {row.Fields.Count} fields but the export's header has {header.Fields.Count}");
                continue;
            }

            if (Skip.Any(rule => rule.Skips(row.Fields[positions[rule.Column]])))
            {
                continue;
            }

            var fields = new string[standardHeader.Length];
            var f = 0;
            fields[f++] = Organisation.Fixed ?? Recoded(Organisation.Recode, row.Fields[positions[Organisation.Column!]]);
            if (RespondentColumn is not null)
            {
                fields[f++] = row.Fields[positions[RespondentColumn]];
            }

            foreach (var item in Items)
            {
                fields[f++] = ItemValue(item, row, positions);
            }

            yield return new SurveyRow(row.Line, fields);
        }
    }

    /// <summary>Moves to the export's header and checks it against the mapping; null (with errors) when it does not fit.</summary>
    private Dictionary<string, int>? ReadHeader(IEnumerator<SurveyRow> enumerator, ErrorCollector errors)
    {
        if (!enumerator.MoveNext())
        {
            errors.Add(1, string.Empty, null, "the export is empty; expected a header row with its column names");
            return null;
        }

        var header = enumerator.Current;
        var before = errors.Count;
        var positions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim().TrimStart('\uFEFF').Trim();
            if (!positions.TryAdd(name, i) && name.Length > 0 && IsReferenced(name))
            {
                errors.Add(header.Line, name, null, $"column '{name}' appears more than once in the export, so the mapping cannot tell which to use");
            }
        }

        foreach (var column in ReferencedColumns().Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (!positions.ContainsKey(column))
            {
                errors.Add(header.Line, column, null, $"column '{column}' named in mapping {SourceName} is not in the export");
            }
        }

        if (!IgnoreOtherColumns)
        {
            foreach (var name in positions.Keys.Where(n => n.Length > 0 && !IsReferenced(n) && !IsIgnored(n)))
            {
                errors.Add(header.Line, name, null, $"column '{name}' of the export is neither mapped nor ignored in mapping {SourceName}; map it to an item or add it to \"ignore\"");
            }
        }

        return errors.Count == before ? positions : null;
    }

    private IEnumerable<string> ReferencedColumns()
    {
        if (Organisation.Column is not null)
        {
            yield return Organisation.Column;
        }

        if (RespondentColumn is not null)
        {
            yield return RespondentColumn;
        }

        foreach (var rule in Skip)
        {
            yield return rule.Column;
        }

        foreach (var column in Items.SelectMany(i => i.SourceColumns))
        {
            yield return column;
        }
    }

    private bool IsReferenced(string name) => ReferencedColumns().Contains(name, StringComparer.OrdinalIgnoreCase);

    private bool IsIgnored(string name) => IgnoredColumns.Any(pattern =>
        pattern.Length > 1 && pattern[^1] == '*' ? name.StartsWith(pattern[..^1], StringComparison.OrdinalIgnoreCase)
        : pattern.Length > 1 && pattern[0] == '*' ? name.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase)
        : string.Equals(pattern, name, StringComparison.OrdinalIgnoreCase));

    private string ItemValue(MappedItem item, SurveyRow row, Dictionary<string, int> positions)
    {
        if (item.Column is not null)
        {
            var raw = row.Fields[positions[item.Column]];
            if (item.Separator is null)
            {
                return Recoded(item.Recode, raw);
            }

            var parts = raw.Split(item.Separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return string.Join(';', parts.Select(p => Recoded(item.Recode, p)));
        }

        var chosen = new List<string>();
        foreach (var option in item.OptionColumns)
        {
            var value = row.Fields[positions[option.Column]].Trim();
            if (value.Length == 0 || UnselectedValues.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            // Anything else passes through as written, so the answer parser names it as an unknown option.
            chosen.Add(SelectedValues.Contains(value, StringComparer.OrdinalIgnoreCase) ? option.Option : value);
        }

        return string.Join(';', chosen);
    }

    private static string Recoded(IReadOnlyDictionary<string, string> recode, string raw) =>
        recode.TryGetValue(raw.Trim(), out var mapped) ? mapped : raw;
}
