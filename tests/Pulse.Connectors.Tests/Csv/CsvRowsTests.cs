using System.Text;
using Pulse.Connectors.Archives;
using Pulse.Connectors.Csv;
using Pulse.Monitoring.Import;

namespace Pulse.Connectors.Tests.Csv;

public sealed class CsvRowsTests
{
    private static CsvRows Open(string text, string? shiftedRowIdColumn = null)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return CsvRows.Open(new CountingStream(new MemoryStream(bytes), "test.csv", bytes.Length), ',', shiftedRowIdColumn);
    }

    private static List<(int Line, string Id)> ReadAll(string text, string? shiftedRowIdColumn = null)
    {
        using var rows = Open(text, shiftedRowIdColumn);
        var id = rows.Require("id");
        var read = new List<(int, string)>();
        while (rows.MoveNext()) read.Add((rows.Line, rows.Text(id)!));
        return read;
    }

    [Fact]
    public void Lines_count_every_line_ending_and_newlines_inside_quotes()
    {
        var read = ReadAll("id,body\r\n1,\"a\r\nb\"\r\n2,x\n3,\"c\nd\ne\"\r4,y\r\n\r\n5,z\n");

        read.ShouldBe([(2, "1"), (4, "2"), (5, "3"), (8, "4"), (10, "5")]);
    }

    [Fact]
    public void A_quote_left_open_far_into_a_large_file_names_its_line_and_column()
    {
        var text = new StringBuilder("\"id\",\"body\"\n");
        for (var i = 1; i <= 30_000; i++) text.Append('"').Append(i).Append("\",\"regel ").Append(i).Append(" met wat tekst erbij\"\n");
        text.Append("\"30001\",\"open en nooit meer dicht\n\"30002\",\"x\"\n");

        var error = Should.Throw<ImportException>(() => ReadAll(text.ToString()));

        error.Line.ShouldBe(30_002);
        error.Field.ShouldBe("body");
        error.Problem.ShouldContain("never closed");
    }

    [Fact]
    public void A_quoted_field_running_past_the_limit_is_stopped_before_the_file_ends()
    {
        var text = new StringBuilder("id,body\n1,\"open\n");
        while (text.Length <= QuoteTrackingReader.MaxQuotedFieldLength + 1_000) text.Append("2,gewone regel zonder aanhalingsteken\n");
        text.Append("3,\"x\"\n");

        var error = Should.Throw<ImportException>(() => ReadAll(text.ToString()));

        error.Line.ShouldBe(2);
        error.Field.ShouldBe("body");
        error.Problem.ShouldContain("runs on for more than");
    }

    [Fact]
    public void A_shifted_row_is_recognised_by_the_id_right_of_the_id_column()
    {
        var read = ReadAll("\"kind\",\"id\",\"body\"\n\"a\",\"1\",\"x\"\n\"\",\"b\",\"2\",\"y\"\n", shiftedRowIdColumn: "id");

        read.ShouldBe([(2, "1"), (3, "2")]);
    }

    [Fact]
    public void Header_names_are_trimmed_and_found_ignoring_case()
    {
        using var rows = Open("\uFEFF \"Id\" ,BODY\n1,x\n");

        rows.IndexOf("id").ShouldBe(0);
        rows.IndexOf("body").ShouldBe(1);
        rows.IndexOf("missing").ShouldBe(-1);
        Should.Throw<ImportException>(() => rows.Require("missing")).Line.ShouldBe(1);
    }
}
