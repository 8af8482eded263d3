using Pulse.Maturity.Survey;

namespace Pulse.Maturity.Tests.Support;

/// <summary>
/// A small RFC 4180 reader for test files (quotes, doubled quotes, line breaks inside quotes),
/// standing in for the CSV reader the integrator uses. Each row carries the line it starts on.
/// </summary>
internal static class Csv
{
    public static List<SurveyRow> Read(string text)
    {
        var rows = new List<SurveyRow>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        long line = 1, rowStart = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add(new SurveyRow(rowStart, [.. fields]));
                fields.Clear();
                line++;
                rowStart = line;
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            rows.Add(new SurveyRow(rowStart, [.. fields]));
        }

        return rows;
    }

    public static List<SurveyRow> ReadFile(string relativePath) =>
        Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, relativePath)));
}
