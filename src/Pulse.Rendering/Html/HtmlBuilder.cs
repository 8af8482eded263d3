using System.Text;

namespace Pulse.Rendering.Html;

/// <summary>A column of an HTML table: its header and whether it holds numbers (aligned right).</summary>
internal sealed record HtmlColumn(string Header, bool Numeric = false);

/// <summary>
/// Writes an HTML document element by element. Every text goes through <see cref="Encode"/>; only
/// <see cref="Raw"/> takes markup, for the charts (SVG or their images).
/// </summary>
internal sealed class HtmlBuilder
{
    private readonly StringBuilder _html = new();

    /// <summary>Escapes the five characters that matter in HTML text and attribute values; UTF-8 stays as it is.</summary>
    public static string Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var encoded = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            encoded.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return encoded.ToString();
    }

    public HtmlBuilder Open(string tag, string? cssClass = null, string? id = null)
    {
        _html.Append('<').Append(tag);
        if (id is not null)
        {
            _html.Append(" id=\"").Append(Encode(id)).Append('"');
        }

        if (cssClass is not null)
        {
            _html.Append(" class=\"").Append(Encode(cssClass)).Append('"');
        }

        _html.Append('>');
        return this;
    }

    public HtmlBuilder Close(string tag)
    {
        _html.Append("</").Append(tag).Append('>');
        // A line per row and block keeps the file readable; cells stay on their row's line.
        if (tag is not ("td" or "th"))
        {
            _html.Append('\n');
        }

        return this;
    }

    /// <summary>An element holding text.</summary>
    public HtmlBuilder Element(string tag, string text, string? cssClass = null, string? id = null) =>
        Open(tag, cssClass, id).Text(text).Close(tag);

    public HtmlBuilder Text(string text)
    {
        _html.Append(Encode(text));
        return this;
    }

    /// <summary>A link to an anchor in the same document.</summary>
    public HtmlBuilder Link(string anchor, string text)
    {
        _html.Append("<a href=\"#").Append(Encode(anchor)).Append("\">").Append(Encode(text)).Append("</a>");
        return this;
    }

    /// <summary>Markup as it is: only for the charts' SVG or image elements.</summary>
    public HtmlBuilder Raw(string markup)
    {
        _html.Append(markup).Append('\n');
        return this;
    }

    /// <summary>A list of texts.</summary>
    public HtmlBuilder List(IEnumerable<string> items, string tag = "ul", string? cssClass = null)
    {
        Open(tag, cssClass);
        foreach (var item in items)
        {
            Element("li", item);
        }

        return Close(tag);
    }

    /// <summary>A table; numeric columns are aligned right so that decimals line up in print.</summary>
    public HtmlBuilder Table(IReadOnlyList<HtmlColumn> columns, IEnumerable<IReadOnlyList<string>> rows, string? cssClass = null)
    {
        Open("table", cssClass).Open("thead").Open("tr");
        foreach (var column in columns)
        {
            Element("th", column.Header, column.Numeric ? "num" : null);
        }

        Close("tr").Close("thead").Open("tbody");
        foreach (var row in rows)
        {
            if (row.Count != columns.Count)
            {
                throw new ArgumentException($"A row has {row.Count} cells; the table has {columns.Count} columns.", nameof(rows));
            }

            Open("tr");
            for (var i = 0; i < row.Count; i++)
            {
                Element("td", row[i], columns[i].Numeric ? "num" : null);
            }

            Close("tr");
        }

        return Close("tbody").Close("table");
    }

    /// <summary>A complete document around <paramref name="body"/>: UTF-8, the language, the title and the style sheet.</summary>
    public static string Document(string language, string title, string css, string body)
    {
        var html = new StringBuilder(body.Length + css.Length + 512);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Encode(language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n")
            .Append("<style>\n").Append(css).Append("</style>\n</head>\n<body>\n")
            .Append(body)
            .Append("</body>\n</html>\n");
        return html.ToString();
    }

    public override string ToString() => _html.ToString();
}
