using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Pulse.Testing;

namespace Pulse.Cli.Tests;

/// <summary>`pulse report` end to end on the demo: the research report's three files, and a scorecard that names its organisation and no other.</summary>
public sealed partial class ReportCommandTests
{
    [Fact]
    public async Task The_report_folder_holds_html_a_pdf_of_several_pages_with_charts_and_a_workbook()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        (await CliRun.RunAsync(["demo", "--no-serve", .. test.CliArguments])).ExitCode.ShouldBe(0);
        var folder = Path.Combine(Directory.CreateTempSubdirectory("pulse-report").FullName, "out");

        var run = await CliRun.RunAsync(["report", "--wave", "2026", "--compare", "2025", "--out", folder, "--json", .. test.CliArguments]);

        run.ExitCode.ShouldBe(0, run.Error);
        var html = await File.ReadAllTextAsync(Path.Combine(folder, "report.html"));
        html.ShouldContain("<svg");
        html.ShouldContain("2025");
        var pdf = await File.ReadAllBytesAsync(Path.Combine(folder, "report.pdf"));
        Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        PageObject().Count(Encoding.Latin1.GetString(pdf)).ShouldBeGreaterThanOrEqualTo(3);
        using var workbook = ZipFile.OpenRead(Path.Combine(folder, "report.xlsx"));
        workbook.Entries.Count(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(5);
    }

    [Fact]
    public async Task A_scorecard_names_its_organisation_and_no_other()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        (await CliRun.RunAsync(["demo", "--no-serve", .. test.CliArguments])).ExitCode.ShouldBe(0);
        var folder = Directory.CreateTempSubdirectory("pulse-scorecard").FullName;
        var organisations = (await CliRun.RunAsync(["org", "list", "--json", .. test.CliArguments])).Json().GetProperty("organisations").EnumerateArray()
            .Select(o => (Slug: o.GetProperty("slug").GetString()!, Name: o.GetProperty("name").GetString()!)).ToList();

        var run = await CliRun.RunAsync(["report", "--wave", "2026", "--org", "gemeente-lindeloo", "--out", folder, "--lang", "en", "--no-pdf", .. test.CliArguments]);

        run.ExitCode.ShouldBe(0, run.Error);
        var html = await File.ReadAllTextAsync(Path.Combine(folder, "scorecard-gemeente-lindeloo.html"));
        html.ShouldContain("Gemeente Lindeloo");
        foreach (var other in organisations.Where(o => o.Slug != "gemeente-lindeloo"))
        {
            html.ShouldNotContain(other.Name);
            html.ShouldNotContain(other.Slug);
        }
    }

    [Fact]
    public async Task A_language_other_than_nl_or_en_is_wrong_usage()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");

        var run = await CliRun.RunAsync(["report", "--wave", "2026", "--out", "x", "--lang", "de", .. test.CliArguments]);

        run.ExitCode.ShouldBe(2);
    }

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PageObject();
}
