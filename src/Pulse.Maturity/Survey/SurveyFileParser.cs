using System.Text.RegularExpressions;
using Pulse.Maturity.Answers;
using Pulse.Maturity.Model;

namespace Pulse.Maturity.Survey;

/// <summary>
/// Reads an answer file (rows from any CSV reader) into responses, all or nothing.
/// <list type="bullet">
/// <item>The first row is the header: <c>organisation</c> (required), <c>respondent</c> (optional),
/// and item ids of the model (any subset, any order; a missing item column means missing answers).
/// An unknown or repeated column is an error naming it. Header names are matched ignoring case and surrounding spaces.</item>
/// <item>Every other row must have as many fields as the header; a row whose fields are all blank is skipped.</item>
/// <item>organisation is a slug: <c>^[a-z0-9][a-z0-9-]{0,62}$</c>.</item>
/// <item>Without a respondent column each organisation may appear once (its respondent is "1");
/// with it, each (organisation, respondent) pair once, and the respondent must not be blank.</item>
/// <item>Values are parsed by <see cref="AnswerParser"/>; an invalid value is an error naming line, column and value.</item>
/// </list>
/// Reading stops after <see cref="SurveyParseResult.MaxErrors"/> errors.
/// </summary>
public static partial class SurveyFileParser
{
    /// <summary>The respondent id given to each organisation's only response when the file has no respondent column.</summary>
    public const string DefaultRespondent = "1";

    /// <summary>True when <paramref name="slug"/> is a valid organisation slug.</summary>
    public static bool IsSlug(string? slug) => slug is not null && SlugPattern().IsMatch(slug);

    /// <summary>Reads an answer file.</summary>
    /// <param name="model">The wave's model.</param>
    /// <param name="rows">The file's rows; the first is the header.</param>
    /// <param name="fileName">The file's name, for the errors.</param>
    public static SurveyParseResult Parse(MaturityModel model, IEnumerable<SurveyRow> rows, string fileName)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(rows);
        var errors = new ErrorCollector(fileName);
        using var enumerator = rows.GetEnumerator();
        if (!enumerator.MoveNext())
        {
            errors.Add(1, string.Empty, null, "the file is empty; expected a header row starting with 'organisation'");
            return errors.Result([]);
        }

        var header = ReadHeader(model, enumerator.Current, errors);
        var responses = new List<Response>();
        var seen = new Dictionary<(string Organisation, string Respondent), long>();
        var itemCount = model.AllItems.Count;
        while (!errors.Full && enumerator.MoveNext())
        {
            var row = enumerator.Current;
            if (row.Fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (row.Fields.Count != header.Width)
            {
                errors.Add(row.Line, string.Empty, null, $"the row has {row.Fields.Count} fields but the header has {header.Width}");
                continue;
            }

            var organisation = header.Organisation >= 0 ? row.Fields[header.Organisation].Trim() : string.Empty;
            if (header.Organisation >= 0 && !IsSlug(organisation))
            {
                errors.Add(row.Line, MaturityModel.OrganisationColumn, row.Fields[header.Organisation],
                    $"'{organisation}' is not an organisation slug: expected 1 to 63 lower-case letters, digits or '-', starting with a letter or digit");
            }

            // Duplicates are only checked with an organisation column: without one every row has the
            // same empty key, and the header error already says what is wrong.
            var respondent = header.Respondent >= 0 ? row.Fields[header.Respondent].Trim() : DefaultRespondent;
            if (respondent.Length == 0)
            {
                errors.Add(row.Line, MaturityModel.RespondentColumn, row.Fields[header.Respondent], "the respondent is blank; every row needs a respondent id when the file has a respondent column");
            }
            else if (header.Organisation >= 0 && seen.TryGetValue((organisation, respondent), out var firstLine))
            {
                errors.Add(row.Line, header.Respondent >= 0 ? MaturityModel.RespondentColumn : MaturityModel.OrganisationColumn, header.Respondent >= 0 ? respondent : organisation,
                    header.Respondent >= 0
                        ? $"respondent '{respondent}' of organisation '{organisation}' appears more than once (first on line {firstLine})"
                        : $"organisation '{organisation}' appears more than once (first on line {firstLine}); add a respondent column when several people answer for one organisation");
            }
            else if (header.Organisation >= 0)
            {
                seen.Add((organisation, respondent), row.Line);
            }

            var values = new string?[itemCount];
            foreach (var (column, itemIndex) in header.Items)
            {
                var item = model.AllItems[itemIndex];
                var parsed = AnswerParser.Parse(item, row.Fields[column]);
                if (parsed.IsValid)
                {
                    values[itemIndex] = parsed.Value;
                }
                else
                {
                    errors.Add(row.Line, item.Id, row.Fields[column], parsed.Error!);
                }
            }

            if (errors.Count == 0)
            {
                responses.Add(new Response(organisation, respondent, values));
            }
        }

        return errors.Result(responses);
    }

    private static Header ReadHeader(MaturityModel model, SurveyRow row, ErrorCollector errors)
    {
        var organisation = -1;
        var respondent = -1;
        var items = new List<(int Column, int ItemIndex)>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var column = 0; column < row.Fields.Count; column++)
        {
            // A UTF-8 byte order mark survives some CSV readers at the start of the first name.
            var name = row.Fields[column].Trim().TrimStart('\uFEFF').Trim();
            if (name.Length == 0)
            {
                errors.Add(row.Line, string.Empty, null, $"column {column + 1} of the header has no name");
                continue;
            }

            if (!seen.TryAdd(name, column))
            {
                errors.Add(row.Line, name, null, $"column '{name}' appears more than once in the header (columns {seen[name] + 1} and {column + 1})");
                continue;
            }

            if (string.Equals(name, MaturityModel.OrganisationColumn, StringComparison.OrdinalIgnoreCase))
            {
                organisation = column;
            }
            else if (string.Equals(name, MaturityModel.RespondentColumn, StringComparison.OrdinalIgnoreCase))
            {
                respondent = column;
            }
            else if (FindItem(model, name) is >= 0 and var itemIndex)
            {
                items.Add((column, itemIndex));
            }
            else
            {
                errors.Add(row.Line, name, null,
                    $"unknown column '{name}': not an item of model {model.Version}; expected organisation, respondent or an item id (see pulse survey template)");
            }
        }

        if (organisation < 0)
        {
            errors.Add(row.Line, MaturityModel.OrganisationColumn, null, "the header has no 'organisation' column");
        }

        return new Header(row.Fields.Count, organisation, respondent, items);
    }

    private static int FindItem(MaturityModel model, string name)
    {
        var index = model.IndexOf(name);
        if (index >= 0)
        {
            return index;
        }

        for (var i = 0; i < model.AllItems.Count; i++)
        {
            if (string.Equals(model.AllItems[i].Id, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();

    private sealed record Header(int Width, int Organisation, int Respondent, List<(int Column, int ItemIndex)> Items);
}
