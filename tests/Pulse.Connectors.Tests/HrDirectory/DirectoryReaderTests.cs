using System.Text;
using Pulse.Connectors.HrDirectory;
using Pulse.Monitoring.Import;
using Pulse.Monitoring.Model;

namespace Pulse.Connectors.Tests.HrDirectory;

/// <summary>Synthetic HR files (invented people), in the shapes HR departments hand over.</summary>
public sealed class DirectoryReaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private Task<IReadOnlyList<DirectoryEntry>> ReadAsync(string csv, bool byteOrderMark = false)
    {
        var bytes = Encoding.UTF8.GetBytes(csv);
        var path = _temp.WriteBytes("hr.csv", byteOrderMark ? [.. Encoding.UTF8.Preamble, .. bytes] : bytes);
        return DirectoryReader.ReadAsync(path, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_comma_file_in_the_documented_column_order_is_read()
    {
        var entries = await ReadAsync("email,department,manager,target_group,location,level,name\nAnna@Example.org,Communicatie,yes,yes,Utrecht,schaal 11,Anna de Vries\nbram@example.org,ICT,no,no,,,\n");

        entries.ShouldBe([
            new DirectoryEntry("anna@example.org", "Anna de Vries", "Communicatie", true, true, "Utrecht", "schaal 11"),
            new DirectoryEntry("bram@example.org", null, "ICT", false, false, null, null),
        ]);
    }

    [Fact]
    public async Task A_dutch_excel_file_with_semicolons_other_order_extra_columns_and_bom_is_read()
    {
        var entries = await ReadAsync("Naam;Target group;Personeelsnummer;Manager;Department;E-mail adres;E-mail\r\n\"de Vries; Anna\";ja;123;nee;Communicatie;x;anna@example.org\r\nBram;J;124;Ja;ICT;y;bram@example.org\r\n", byteOrderMark: true);

        entries.Select(e => (e.Email, e.InTargetGroup, e.IsManager, e.Department)).ShouldBe([
            ("anna@example.org", true, false, "Communicatie"),
            ("bram@example.org", true, true, "ICT"),
        ]);
        entries[0].Name.ShouldBeNull(); // "Naam" is not "name": only the documented names are read
    }

    [Fact]
    public async Task Header_names_ignore_case_spaces_hyphens_and_underscores()
    {
        var entries = await ReadAsync("EMAIL,Department,MANAGER,TargetGroup,Le-vel\na@example.org,HR,no,yes,schaal 9\n");

        entries.ShouldHaveSingleItem().ShouldBe(new DirectoryEntry("a@example.org", null, "HR", false, true, null, "schaal 9"));
    }

    [Theory]
    [InlineData("ja", true)]
    [InlineData("nee", false)]
    [InlineData("TRUE", true)]
    [InlineData("0", false)]
    [InlineData("y", true)]
    [InlineData("n", false)]
    [InlineData("j", true)]
    public async Task Yes_and_no_are_read_in_every_documented_spelling(string value, bool expected)
    {
        var entries = await ReadAsync($"email,department,manager,target_group\na@example.org,HR,{value},{value}\n");

        entries[0].IsManager.ShouldBe(expected);
        entries[0].InTargetGroup.ShouldBe(expected);
    }

    [Fact]
    public async Task A_duplicate_email_names_both_lines()
    {
        var error = await Should.ThrowAsync<ImportException>(() => ReadAsync("email,department,manager,target_group\na@example.org,HR,no,yes\nb@example.org,HR,no,yes\n A@EXAMPLE.org ,ICT,no,yes\n"));

        error.File.ShouldBe("hr.csv");
        error.Line.ShouldBe(4);
        error.Field.ShouldBe("email");
        error.Problem.ShouldBe("a@example.org appears twice, on line 2 and on line 4");
    }

    [Theory]
    [InlineData("anna.example.org")]
    [InlineData("@example.org")]
    [InlineData("anna@")]
    [InlineData("anna@@example.org")]
    [InlineData("an na@example.org")]
    public async Task An_address_that_is_not_an_email_is_refused(string email)
    {
        var error = await Should.ThrowAsync<ImportException>(() => ReadAsync($"email,department,manager,target_group\n{email},HR,no,yes\n"));

        error.Line.ShouldBe(2);
        error.Field.ShouldBe("email");
    }

    [Fact]
    public async Task A_missing_required_column_is_refused_on_the_header_line()
    {
        var error = await Should.ThrowAsync<ImportException>(() => ReadAsync("email,department,manager\na@example.org,HR,no\n"));

        error.Line.ShouldBe(1);
        error.Field.ShouldBe("target_group");
    }

    [Fact]
    public async Task An_empty_or_unknown_yes_no_value_is_refused()
    {
        var empty = await Should.ThrowAsync<ImportException>(() => ReadAsync("email,department,manager,target_group\na@example.org,HR,,yes\n"));
        var unknown = await Should.ThrowAsync<ImportException>(() => ReadAsync("email,department,manager,target_group\na@example.org,HR,no,misschien\n"));

        empty.Field.ShouldBe("manager");
        empty.Problem.ShouldStartWith("the value is empty");
        unknown.Field.ShouldBe("target_group");
        unknown.Problem.ShouldStartWith("'misschien' is neither yes nor no");
    }

    [Fact]
    public async Task A_row_with_too_few_fields_is_refused_with_its_line()
    {
        var error = await Should.ThrowAsync<ImportException>(() => ReadAsync("email;department;manager;target_group\na@example.org;HR;nee\n"));

        error.Line.ShouldBe(2);
    }
}
