using System.Text;

namespace Pulse.Rendering;

/// <summary>
/// Writes the report and scorecards into a folder. The file names are fixed, so links and
/// scripts can rely on them:
/// <list type="bullet">
/// <item><c>report.html</c>, <c>report.pdf</c>, <c>report.xlsx</c>: the research report of a wave;</item>
/// <item><c>scorecard-SLUG.html</c>, <c>scorecard-SLUG.pdf</c>: one organisation's scorecard.</item>
/// </list>
/// Existing files of those names are replaced; nothing else in the folder is touched.
/// </summary>
public static class ReportWriter
{
    public const string ReportHtml = "report.html";
    public const string ReportPdf = "report.pdf";
    public const string ReportWorkbookFile = "report.xlsx";

    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The file name of an organisation's scorecard ("scorecard-SLUG" + <paramref name="extension"/>).</summary>
    /// <exception cref="ArgumentException">The slug could leave the folder or is not a file name.</exception>
    public static string ScorecardFile(string slug, string extension)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(slug);
        if (slug.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || slug.Contains('\\', StringComparison.Ordinal) || slug is "." or "..")
        {
            throw new ArgumentException($"'{slug}' cannot be part of a file name.", nameof(slug));
        }

        return $"scorecard-{slug}{extension}";
    }

    /// <summary>
    /// Writes report.html and report.xlsx, and report.pdf when <paramref name="pdf"/>. Chromium is
    /// looked for before anything is written, so a missing Chromium leaves no half-written report.
    /// </summary>
    /// <exception cref="ChromiumNotFoundException"><paramref name="pdf"/> and no Chromium.</exception>
    public static async Task<ReportFiles> WriteAsync(ResearchReport report, string outDir, bool pdf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var printer = pdf ? PdfPrinter.FindChromium() : null;
        var folder = Directory.CreateDirectory(outDir).FullName;

        var html = Path.Combine(folder, ReportHtml);
        await File.WriteAllTextAsync(html, ResearchReportHtml.Render(report), Utf8WithoutBom, cancellationToken);

        var workbook = Path.Combine(folder, ReportWorkbookFile);
        await using (var stream = new FileStream(workbook, FileMode.Create, FileAccess.Write))
        {
            ReportWorkbook.Write(report, stream);
        }

        string? pdfPath = null;
        if (printer is not null)
        {
            pdfPath = Path.Combine(folder, ReportPdf);
            await printer.PrintAsync(html, pdfPath, cancellationToken);
        }

        return new ReportFiles(html, pdfPath, workbook);
    }

    /// <summary>Writes scorecard-SLUG.html, and scorecard-SLUG.pdf when <paramref name="pdf"/>.</summary>
    /// <exception cref="ChromiumNotFoundException"><paramref name="pdf"/> and no Chromium.</exception>
    public static async Task<ReportFiles> WriteScorecardAsync(Scorecard card, string outDir, bool pdf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(card);
        var slug = card.Organisation.Organisation;
        var htmlName = ScorecardFile(slug, ".html");
        var printer = pdf ? PdfPrinter.FindChromium() : null;
        var folder = Directory.CreateDirectory(outDir).FullName;

        var html = Path.Combine(folder, htmlName);
        await File.WriteAllTextAsync(html, ScorecardHtml.Render(card), Utf8WithoutBom, cancellationToken);

        string? pdfPath = null;
        if (printer is not null)
        {
            pdfPath = Path.Combine(folder, ScorecardFile(slug, ".pdf"));
            await printer.PrintAsync(html, pdfPath, cancellationToken);
        }

        return new ReportFiles(html, pdfPath, null);
    }
}
