using System.Text;
using System.Text.RegularExpressions;
using Pulse.Rendering.Tests.Support;

namespace Pulse.Rendering.Tests;

public sealed class ReportWriterTests
{
    [Fact]
    public async Task The_report_folder_holds_html_xlsx_and_a_pdf_of_at_least_three_pages()
    {
        Chromium.Require();
        using var folder = new TempFolder();

        var files = await ReportWriter.WriteAsync(TestReports.Report("nl"), folder.Path, pdf: true, TestContext.Current.CancellationToken);

        files.Html.ShouldBe(Path.Combine(folder.Path, "report.html"));
        files.Workbook.ShouldBe(Path.Combine(folder.Path, "report.xlsx"));
        files.Pdf.ShouldBe(Path.Combine(folder.Path, "report.pdf"));
        (await File.ReadAllTextAsync(files.Html, TestContext.Current.CancellationToken)).ShouldContain("<svg");
        var pdf = await File.ReadAllBytesAsync(files.Pdf!, TestContext.Current.CancellationToken);
        Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        Pages(pdf).ShouldBeGreaterThanOrEqualTo(3);
        new FileInfo(files.Workbook!).Length.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Without_pdf_no_Chromium_is_needed_and_no_pdf_is_written()
    {
        using var folder = new TempFolder();

        var files = await ReportWriter.WriteAsync(TestReports.Report("en"), folder.Path, pdf: false, TestContext.Current.CancellationToken);

        files.Pdf.ShouldBeNull();
        Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["report.html", "report.xlsx"]);
    }

    [Fact]
    public async Task A_scorecard_is_written_as_scorecard_slug_html_and_pdf()
    {
        Chromium.Require();
        using var folder = new TempFolder();
        var acme = TestReports.Organisation("acme", 70);
        var card = Scorecard.For("2026", TestReports.Model, TestReports.Benchmark([acme, TestReports.Organisation("globex", 90)]), acme, "Acme Zorg", [], "en");

        var files = await ReportWriter.WriteScorecardAsync(card, folder.Path, pdf: true, TestContext.Current.CancellationToken);

        Path.GetFileName(files.Html).ShouldBe("scorecard-acme.html");
        Path.GetFileName(files.Pdf).ShouldBe("scorecard-acme.pdf");
        var pdf = await File.ReadAllBytesAsync(files.Pdf!, TestContext.Current.CancellationToken);
        Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData("..")]
    public void A_slug_that_is_no_file_name_is_refused(string slug)
    {
        Should.Throw<ArgumentException>(() => ReportWriter.ScorecardFile(slug, ".html"));
    }

    /// <summary>The number of page objects: "/Type /Page" not followed by "s" (that is the page tree).</summary>
    private static int Pages(byte[] pdf) =>
        Regex.Count(Encoding.Latin1.GetString(pdf), @"/Type\s*/Page(?!s)");
}
