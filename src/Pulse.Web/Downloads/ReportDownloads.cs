using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pulse.Application;
using Pulse.Rendering;
using Pulse.Storage;
using Pulse.Web.Hosting;
using Pulse.Web.Localization;
using Pulse.Web.Pages;

namespace Pulse.Web.Downloads;

/// <summary>The research report of a wave as a download: HTML, PDF or the XLSX workbook, made on demand.</summary>
public static class ReportDownloads
{
    private static readonly Dictionary<string, (string File, string ContentType)> Formats = new(StringComparer.Ordinal)
    {
        ["html"] = (ReportWriter.ReportHtml, "text/html; charset=utf-8"),
        ["pdf"] = (ReportWriter.ReportPdf, "application/pdf"),
        ["xlsx"] = (ReportWriter.ReportWorkbookFile, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    };

    public static IEndpointRouteBuilder MapReportDownloads(this IEndpointRouteBuilder routes)
    {
        routes.MapGetAndHead("/waves/{code}/report.{format}", DownloadAsync).WithName("ReportDownload").ExcludeFromDescription();
        return routes;
    }

    private static async Task<IResult> DownloadAsync(
        string code, string format, HttpContext context, PulseApp app, ReportCache reports, CancellationToken cancellationToken)
    {
        var text = UiText.For(UiLanguage.Choose(context));
        if (!Formats.TryGetValue(format, out var wanted)) return PageEndpoints.NotFound(context);
        var waves = await app.Waves.ListAsync(cancellationToken);
        if (waves.FirstOrDefault(w => string.Equals(w.Code, code, StringComparison.Ordinal)) is not { } wave) return PageEndpoints.NotFound(context);
        var previous = await app.Waves.PreviousAsync(code, cancellationToken);
        // Only the PDF needs Chromium; HTML and workbook are made without it, so they work where it is missing.
        var pdf = string.Equals(format, "pdf", StringComparison.Ordinal);
        ReportFiles files;
        try
        {
            files = await reports.GetAsync(new ReportKey(code, previous?.Code, text.Language, pdf, wave.Respondents, previous?.Respondents ?? 0));
        }
        catch (PulseException e) when (e.InnerException is ChromiumNotFoundException)
        {
            return new RazorComponentResult<PdfUnavailablePage>(new { Text = text, Wave = code, Language = text.Language })
            {
                StatusCode = StatusCodes.Status503ServiceUnavailable,
            };
        }

        var path = Path.Combine(Path.GetDirectoryName(files.Html)!, wanted.File);
        // Attachment: the report is a document to keep, and its own inline styles would meet the app's policy in a tab.
        return TypedResults.PhysicalFile(path, wanted.ContentType, $"pulse-{code}-{wanted.File}");
    }
}
