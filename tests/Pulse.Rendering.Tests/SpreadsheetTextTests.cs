namespace Pulse.Rendering.Tests;

public sealed class SpreadsheetTextTests
{
    [Theory]
    [InlineData("=1+1")]
    [InlineData("+31 6 1234")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    public void Text_starting_with_a_formula_character_could_be_a_formula(string text)
    {
        SpreadsheetText.CouldBeFormula(text).ShouldBeTrue();
        SpreadsheetText.Neutralise(text).ShouldBe("'" + text);
    }

    [Theory]
    [InlineData("Acme Zorg")]
    [InlineData("1-2")]
    [InlineData(" =1")]
    [InlineData("")]
    public void Other_text_is_left_alone(string text)
    {
        SpreadsheetText.CouldBeFormula(text).ShouldBeFalse();
        SpreadsheetText.Neutralise(text).ShouldBe(text);
    }

    [Fact]
    public void A_csv_field_is_neutralised_before_it_is_quoted()
    {
        SpreadsheetText.CsvField("=HYPERLINK(\"x\",\"y\")").ShouldBe("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        SpreadsheetText.CsvField("-1").ShouldBe("'-1");
        SpreadsheetText.CsvField("a,b").ShouldBe("\"a,b\"");
        SpreadsheetText.CsvField("a;b", ';').ShouldBe("\"a;b\"");
        SpreadsheetText.CsvField(null).ShouldBe(string.Empty);
    }

    [Fact]
    public void Numbers_stay_numbers_in_csv_and_in_a_workbook()
    {
        SpreadsheetText.CsvNumber(-3.5).ShouldBe("-3.5");
        SpreadsheetText.CsvNumber(null).ShouldBe(string.Empty);
        SpreadsheetText.CsvLine([SpreadsheetText.CsvField("+x"), SpreadsheetText.CsvNumber(-1)]).ShouldBe("'+x,-1");
        SpreadsheetText.Cell(-3.5).ShouldBe(-3.5);
        SpreadsheetText.Cell(-4).ShouldBe(-4);
        SpreadsheetText.Cell(double.NaN).ShouldBeNull();
    }

    [Fact]
    public void A_workbook_cell_keeps_formula_like_text_as_the_same_text()
    {
        SpreadsheetText.Cell("=1+1").ShouldBe("=1+1");
    }

    [Fact]
    public void A_workbook_cell_refuses_types_other_than_numbers_and_text()
    {
        Should.Throw<ArgumentException>(() => SpreadsheetText.Cell(DateTime.UnixEpoch));
    }
}
