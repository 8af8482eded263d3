namespace Pulse.Rendering.Html;

/// <summary>
/// The style sheet of the report and the scorecard, inline so that the HTML file is complete on
/// its own. Written for print first (A4, page breaks before each main section, tables and charts
/// kept whole), since the PDF is the same file printed by Chromium.
/// </summary>
internal static class ReportStyle
{
    public const string Css = """
        @page { size: A4; margin: 18mm 16mm 20mm 16mm; }
        :root { --ink: #1d2430; --muted: #5b6573; --line: #d5dae1; --accent: #1f5fa8; }
        * { box-sizing: border-box; }
        body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: var(--ink); font-size: 10.5pt; line-height: 1.45; max-width: 180mm; margin: 0 auto; padding: 12mm 0; }
        h1 { font-size: 22pt; margin: 0 0 4mm 0; color: var(--accent); }
        h2 { font-size: 15pt; margin: 8mm 0 3mm 0; border-bottom: 2px solid var(--accent); padding-bottom: 1mm; break-after: avoid; }
        h3 { font-size: 12pt; margin: 6mm 0 2mm 0; break-after: avoid; }
        p { margin: 0 0 3mm 0; }
        .subtitle { color: var(--muted); font-size: 12pt; margin-bottom: 8mm; }
        .page { break-before: page; }
        .muted, figcaption { color: var(--muted); font-size: 9pt; }
        table { border-collapse: collapse; width: 100%; margin: 2mm 0 5mm 0; font-size: 9.5pt; }
        th, td { border-bottom: 1px solid var(--line); padding: 1.2mm 2mm; text-align: left; vertical-align: top; }
        th { background: #eef2f7; font-weight: 600; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tr { break-inside: avoid; }
        thead { display: table-header-group; }
        figure { margin: 3mm 0 6mm 0; break-inside: avoid; }
        figure svg { width: 100%; height: auto; display: block; }
        .radars figure { max-width: 150mm; margin-left: auto; margin-right: auto; }
        ul.findings li { margin-bottom: 2mm; }
        .toc a { color: var(--accent); text-decoration: none; }
        .headline { font-size: 16pt; font-weight: 600; margin: 2mm 0 4mm 0; }
        .notice { border-left: 3px solid #c9822b; padding: 1mm 3mm; background: #fbf4ea; }
        """;
}
