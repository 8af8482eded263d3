using Pulse.Connectors.Yammer;
using Pulse.Monitoring.Import;

namespace Pulse.Connectors.Tests.Yammer;

/// <summary>
/// Bad exports are refused with the file, the line and the field named, never half-read. The
/// exports here are synthetic, a few lines each.
/// </summary>
public sealed class YammerBadInputTests
{
    private const string Header = "\"id\",\"replied_to_id\",\"thread_id\",\"group_id\",\"group_name\",\"in_private_group\",\"in_private_conversation\",\"sender_id\",\"sender_type\",\"body\",\"created_at\",\"deleted_at\"\r\n";
    private const string GoodRow = "\"1\",\"\",\"1\",\"20\",\"Groep\",\"false\",\"false\",\"100\",\"user\",\"Hallo\",\"2020-01-01T10:00:00Z\",\"\"\r\n";

    private static async Task<ImportException> RefusedAsync(string messagesCsv, string? usersCsv = null)
    {
        using var temp = new TempFolder();
        temp.Write("export/Messages.csv", messagesCsv);
        if (usersCsv is not null) temp.Write("export/Users.csv", usersCsv);
        return await Should.ThrowAsync<ImportException>(() =>
            new YammerExportReader().ReadAsync(temp.File("export"), new RecordingSink(), null, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_row_without_id_names_its_line_and_the_id_field()
    {
        var error = await RefusedAsync(Header + GoodRow + "\"\",\"\",\"2\",\"20\",\"Groep\",\"false\",\"false\",\"100\",\"user\",\"Geen id\",\"2020-01-01T10:00:00Z\",\"\"\r\n");

        error.File.ShouldBe("export/Messages.csv");
        error.Line.ShouldBe(3);
        error.Field.ShouldBe("id");
        error.Message.ShouldBe("export/Messages.csv, line 3, field 'id': the row has no id");
    }

    [Fact]
    public async Task An_unparseable_date_names_its_line_and_field_and_quotes_the_value()
    {
        var error = await RefusedAsync(Header + GoodRow + GoodRow + "\"3\",\"\",\"3\",\"20\",\"Groep\",\"false\",\"false\",\"100\",\"user\",\"Datum?\",\"01/02/2020 10:00\",\"\"\r\n");

        error.Line.ShouldBe(4);
        error.Field.ShouldBe("created_at");
        error.Problem.ShouldStartWith("'01/02/2020 10:00' is not a timestamp");
    }

    [Fact]
    public async Task A_quote_left_open_at_the_end_of_the_file_names_the_line_where_it_opened()
    {
        var error = await RefusedAsync(Header + GoodRow + "\"2\",\"\",\"2\",\"20\",\"Groep\",\"false\",\"false\",\"100\",\"user\",\"Dit bericht\r\nstopt halverwege");

        error.Line.ShouldBe(3);
        error.Field.ShouldBe("body");
        error.Problem.ShouldContain("never closed");
    }

    [Fact]
    public async Task A_quote_left_open_in_the_middle_is_caught_before_it_swallows_the_rest_of_the_file()
    {
        // The body of line 3 misses its closing quote; everything after it pairs up wrongly.
        var broken = "\"2\",\"\",\"2\",\"20\",\"Groep\",\"false\",\"false\",\"100\",\"user\",\"Open quote,\"2020-01-01T10:00:00Z\",\"\"\r\n";
        var error = await RefusedAsync(Header + GoodRow + broken + GoodRow + GoodRow);

        error.Line.ShouldBe(3);
        error.Field.ShouldBe("body");
    }

    [Fact]
    public async Task A_row_with_a_field_too_few_says_how_many_it_has()
    {
        var error = await RefusedAsync(Header + GoodRow + "\"2\",\"\",\"2\",\"20\",\"Groep\",\"false\",\"false\",\"100\",\"user\",\"Kort\",\"2020-01-01T10:00:00Z\"\r\n");

        error.Line.ShouldBe(3);
        error.Problem.ShouldBe("the row has 11 fields where the header has 12");
    }

    [Fact]
    public async Task A_row_with_a_field_too_many_that_is_not_a_shifted_row_is_refused()
    {
        // One field more, but the first field is not empty: not the YETI shift, so not guessed at.
        var error = await RefusedAsync(Header + "\"x\"," + GoodRow);

        error.Line.ShouldBe(2);
        error.Problem.ShouldBe("the row has 13 fields where the header has 12");
    }

    [Fact]
    public async Task A_shifted_row_whose_id_does_not_parse_is_refused()
    {
        var error = await RefusedAsync(Header + "\"\",\"abc\",\"\",\"1\",\"20\",\"Groep\",\"false\",\"false\",\"100\",\"user\",\"Hallo\",\"2020-01-01T10:00:00Z\",\"\"\r\n");

        error.Line.ShouldBe(2);
        error.Problem.ShouldBe("the row has 13 fields where the header has 12");
    }

    [Fact]
    public async Task A_non_numeric_id_is_refused()
    {
        var error = await RefusedAsync(Header + GoodRow.Replace("\"1\",\"\",\"1\"", "\"1a\",\"\",\"1\"", StringComparison.Ordinal));

        error.Field.ShouldBe("id");
        error.Problem.ShouldBe("'1a' is not a numeric id");
    }

    [Fact]
    public async Task A_reply_without_thread_id_is_refused()
    {
        var error = await RefusedAsync(Header + "\"2\",\"1\",\"\",\"20\",\"Groep\",\"false\",\"false\",\"100\",\"user\",\"Antwoord\",\"2020-01-01T10:00:00Z\",\"\"\r\n");

        error.Field.ShouldBe("thread_id");
    }

    [Fact]
    public async Task A_flag_that_is_neither_true_nor_false_is_refused()
    {
        var error = await RefusedAsync(Header + GoodRow.Replace("\"false\",\"false\"", "\"misschien\",\"false\"", StringComparison.Ordinal));

        error.Field.ShouldBe("in_private_group");
    }

    [Fact]
    public async Task A_header_without_created_at_is_refused_on_line_1()
    {
        var error = await RefusedAsync("\"id\",\"thread_id\",\"body\"\r\n\"1\",\"1\",\"x\"\r\n");

        error.Line.ShouldBe(1);
        error.Field.ShouldBe("created_at");
    }

    [Fact]
    public async Task An_error_in_users_csv_is_reported_before_any_message_is_read()
    {
        var error = await RefusedAsync(Header + GoodRow, "\"id\",\"name\",\"joined_at\"\r\n\"100\",\"Anna\",\"gisteren\"\r\n");

        error.File.ShouldBe("export/Users.csv");
        error.Line.ShouldBe(2);
        error.Field.ShouldBe("joined_at");
    }

    [Fact]
    public async Task An_export_without_messages_csv_is_refused()
    {
        using var temp = new TempFolder();
        temp.Write("export/Users.csv", "\"id\",\"name\"\r\n");

        var error = await Should.ThrowAsync<ImportException>(() =>
            new YammerExportReader().ReadAsync(temp.File("export"), new RecordingSink(), null, TestContext.Current.CancellationToken));

        error.Problem.ShouldBe("not a Yammer export: there is no Messages.csv in it");
    }

    [Fact]
    public async Task A_file_that_is_neither_a_folder_nor_a_zip_is_refused()
    {
        using var temp = new TempFolder();
        var path = temp.Write("export.zip", "this is not a zip");

        var error = await Should.ThrowAsync<ImportException>(() =>
            new YammerExportReader().ReadAsync(path, new RecordingSink(), null, TestContext.Current.CancellationToken));

        error.Problem.ShouldBe("not a Yammer export: it is neither a folder nor a zip archive");
    }

    [Fact]
    public async Task Blank_lines_between_rows_are_passed_over()
    {
        using var temp = new TempFolder();
        temp.Write("export/Messages.csv", Header + "\r\n" + GoodRow + "\r\n\r\n");
        var sink = new RecordingSink();

        await new YammerExportReader().ReadAsync(temp.File("export"), sink, null, TestContext.Current.CancellationToken);

        sink.Messages.Keys.ShouldBe(["1"]);
    }

    [Fact]
    public async Task Cancellation_stops_the_import()
    {
        using var temp = new TempFolder();
        temp.Write("export/Messages.csv", Header + GoodRow);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() =>
            new YammerExportReader().ReadAsync(temp.File("export"), new RecordingSink(), null, cancelled.Token));
    }
}
