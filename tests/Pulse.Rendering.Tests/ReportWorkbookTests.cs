using System.IO.Compression;
using MiniExcelLibs;
using Pulse.Rendering.Tests.Support;

namespace Pulse.Rendering.Tests;

public sealed class ReportWorkbookTests
{
    private static MemoryStream Workbook(string language = "en", bool comparison = true, bool drivers = true)
    {
        var stream = new MemoryStream();
        ReportWorkbook.Write(TestReports.Report(language, comparison, drivers), stream);
        stream.Position = 0;
        return stream;
    }

    private static List<IDictionary<string, object?>> Rows(Stream workbook, string sheet)
    {
        workbook.Position = 0;
        return [.. MiniExcel.Query(workbook, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()];
    }

    [Fact]
    public void Every_table_has_its_sheet()
    {
        using var workbook = Workbook();

        MiniExcel.GetSheetNames(workbook).ShouldBe(
        [
            "Response", "Reliability", "Findings", "Distribution", "Indicators", "Top 10",
            "Score comparison", "Indicator comparison", "Not comparable", "Regression", "Correlations",
        ]);
    }

    [Fact]
    public void Without_comparison_and_drivers_their_sheets_are_left_out()
    {
        using var workbook = Workbook("nl", comparison: false, drivers: false);

        MiniExcel.GetSheetNames(workbook).ShouldBe(["Respons", "Betrouwbaarheid", "Bevindingen", "Spreiding", "Indicatoren", "Top 10"]);
    }

    [Fact]
    public void Text_that_looks_like_a_formula_is_read_back_as_that_string_not_a_formula()
    {
        using var workbook = Workbook();

        var finding = Rows(workbook, "Findings").Single(r => Equals(r["id"], "formula"));
        finding["Findings"].ShouldBeOfType<string>().ShouldBe("=1+1");
        workbook.Position = 0;
        using var zip = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
        foreach (var sheet in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(sheet.Open());
            var xml = reader.ReadToEnd();
            // A formula is an <f> element (with or without a namespace prefix); none may exist.
            xml.ShouldNotContain("<x:f>");
            xml.ShouldNotContain("<f>");
            xml.ShouldNotContain("<x:f ");
            xml.ShouldNotContain("<f ");
        }
    }

    [Fact]
    public void Numbers_stay_numbers()
    {
        using var workbook = Workbook();

        var index = Rows(workbook, "Distribution").Single(r => Equals(r["id"], "index"));
        index["Mean"].ShouldBe(47.34);
        index["n"].ShouldBe(12d);
        var intercept = Rows(workbook, "Regression").Single(r => Equals(r["Term"], "(Intercept)"));
        intercept["Estimate"].ShouldBe(-12.5);
    }

    [Fact]
    public void The_top_10_sheet_holds_the_printed_names_not_the_slugs()
    {
        using var workbook = Workbook("nl");

        var names = Rows(workbook, "Top 10").Select(r => r["Organisatie"]).ToList();
        names.ShouldBe(["Acme Zorg", "een organisatie in de zorg", "Initech Gemeente", "een organisatie"]);
    }

    [Fact]
    public void The_indicator_sheet_has_x_n_share_and_interval()
    {
        using var workbook = Workbook();

        var first = Rows(workbook, "Indicators")[0];
        first["x"].ShouldBe(3d);
        first["n"].ShouldBe(40d);
        first["Share"].ShouldBe(0.075);
        first["95 % CI −"].ShouldBe(0.05);
        first["95 % CI +"].ShouldBe(0.2);
    }
}
