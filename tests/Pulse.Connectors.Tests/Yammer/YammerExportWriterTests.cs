using System.Text;
using Pulse.Connectors.Yammer;
using Pulse.Demo.Yammer;
using Pulse.Monitoring.Model;

namespace Pulse.Connectors.Tests.Yammer;

/// <summary>The writer produces synthetic exports that the reader reads back exactly.</summary>
public sealed class YammerExportWriterTests
{
    private static readonly DateTimeOffset Monday = new(2024, 3, 4, 9, 30, 0, TimeSpan.Zero);

    private static YammerExportContent Small() => new(
        [
            new YammerUserRow(1, "Anna \"Annie\" de Vries", "anna@example.org") { Department = "HR, Juridisch" },
            new YammerUserRow(2, "Bram Jansen", "bram@example.org") { State = "soft_delete", DeletedAt = Monday },
        ],
        [new YammerGroupRow(10, "Kennisdeling") { Description = "Vragen,\nantwoorden" }, new YammerGroupRow(11, "MT") { IsPrivate = true }],
        [new YammerTopicRow(20, "duurzaamheid")],
        [
            new YammerMessageRow(100, 100, 1, Monday, "Vraag aan [[user:2]]:\n\"hoe\" doen we dit, eigenlijk?") { GroupId = 10, GroupName = "Kennisdeling" },
            new YammerMessageRow(101, 100, 2, Monday.AddHours(1), "Zo.") { RepliedToId = 100, GroupId = 10, GroupName = "Kennisdeling", DeletedAt = Monday.AddHours(2), DeletedById = 2 },
            new YammerMessageRow(102, 102, 1, Monday.AddHours(3), "Privé") { InPrivateConversation = true, Participants = "user:1,user:2" },
            new YammerMessageRow(103, 103, 1, Monday.AddHours(4), "Agenda [[tag:20]]") { GroupId = 11, GroupName = "MT", InPrivateGroup = true, Attachments = "uploadedfile:5" },
        ]);

    [Fact]
    public async Task What_is_written_is_read_back_field_for_field()
    {
        using var temp = new TempFolder();
        new YammerExportWriter().WriteFolder(temp.Path, Small());
        var sink = new RecordingSink();

        await new YammerExportReader().ReadAsync(temp.Path, sink, null, TestContext.Current.CancellationToken);

        sink.Accounts["1"].Name.ShouldBe("Anna \"Annie\" de Vries");
        sink.Accounts["1"].Department.ShouldBe("HR, Juridisch");
        sink.Accounts["2"].State.ShouldBe(AccountState.Deleted);
        sink.Groups["10"].Description.ShouldBe("Vragen,\nantwoorden");
        sink.Groups["11"].IsPrivate.ShouldBeTrue();
        sink.Topics["20"].Name.ShouldBe("duurzaamheid");
        // Message equality compares the topic list by reference, so both sides get the same
        // empty list after checking that the read message really has no topics.
        string[] noTopics = [];
        sink.Messages["100"].Topics.ShouldBeEmpty();
        (sink.Messages["100"] with { Topics = noTopics }).ShouldBe(new Message("100", "100", null, "10", "1", Monday, null, null, false, MessageKind.Post, "Vraag aan Bram Jansen:\n\"hoe\" doen we dit, eigenlijk?", 0, false, noTopics));
        sink.Messages["103"].Body.ShouldBe("Agenda #duurzaamheid");
        sink.Messages["103"].Topics.ShouldBe(["duurzaamheid"]);
        sink.Messages["101"].ParentExternalId.ShouldBe("100");
        sink.Messages["101"].DeletedAt.ShouldBe(Monday.AddHours(2));
        sink.Messages["102"].IsPrivate.ShouldBeTrue();
        sink.Messages["103"].IsPrivate.ShouldBeFalse();
        sink.SkippedOf("attachment").ShouldBe(1);
    }

    [Fact]
    public void Every_field_is_double_quoted_with_quotes_doubled_and_a_byte_order_mark_first()
    {
        using var temp = new TempFolder();
        new YammerExportWriter().WriteFolder(temp.Path, Small());

        var bytes = File.ReadAllBytes(temp.File("Messages.csv"));
        bytes.AsSpan(0, 3).ToArray().ShouldBe(Encoding.UTF8.Preamble.ToArray());
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        text.ShouldStartWith("\"id\",\"replied_to_id\",\"thread_id\",");
        text.ShouldContain("\"Vraag aan [[user:2]]:\n\"\"hoe\"\" doen we dit, eigenlijk?\"");
        text.ShouldContain("\"101\",\"100\",\"100\",");
    }

    [Fact]
    public void Without_byte_order_mark_the_file_starts_with_the_header()
    {
        using var temp = new TempFolder();
        new YammerExportWriter { ByteOrderMark = false }.WriteFolder(temp.Path, Small());

        File.ReadAllBytes(temp.File("Users.csv"))[0].ShouldBe((byte)'"');
    }

    [Fact]
    public void The_log_counts_what_was_exported_and_files_csv_is_empty()
    {
        using var temp = new TempFolder();
        new YammerExportWriter().WriteFolder(temp.Path, Small());

        var log = File.ReadAllLines(temp.File("log.txt"));
        log.ShouldContain("Number of exported MESSAGES: 4");
        log.ShouldContain("Number of exported USERS: 2");
        log[0].ShouldContain("Synthetic");
        File.ReadAllLines(temp.File("Files.csv")).Length.ShouldBe(1);
    }

    [Fact]
    public async Task A_zip_and_a_folder_written_from_the_same_rows_read_the_same()
    {
        using var temp = new TempFolder();
        var writer = new YammerExportWriter();
        writer.WriteFolder(temp.File("folder"), SyntheticNetwork.Create(messages: 1_000));
        writer.WriteZip(temp.File("export.zip"), SyntheticNetwork.Create(messages: 1_000));
        var fromFolder = new RecordingSink();
        var fromZip = new RecordingSink();

        await new YammerExportReader().ReadAsync(temp.File("folder"), fromFolder, null, TestContext.Current.CancellationToken);
        await new YammerExportReader().ReadAsync(temp.File("export.zip"), fromZip, null, TestContext.Current.CancellationToken);

        fromFolder.Messages.Count.ShouldBe(1_000);
        fromZip.Snapshot().ShouldBe(fromFolder.Snapshot());
    }
}
