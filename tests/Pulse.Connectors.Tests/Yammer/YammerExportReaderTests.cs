using System.IO.Compression;
using Pulse.Connectors.Yammer;
using Pulse.Demo.Yammer;
using Pulse.Monitoring.Model;

namespace Pulse.Connectors.Tests.Yammer;

/// <summary>Reads the synthetic hazard export in Fixtures/yammer-hazards (see its README).</summary>
public sealed class YammerExportReaderTests
{
    private static readonly string Hazards = SharedData.Fixture("yammer-hazards");

    private static async Task<RecordingSink> ReadAsync(string path)
    {
        var sink = new RecordingSink();
        await new YammerExportReader().ReadAsync(path, sink, null, TestContext.Current.CancellationToken);
        return sink;
    }

    [Fact]
    public async Task Every_user_row_becomes_an_account_with_its_directory_fields()
    {
        var sink = await ReadAsync(Hazards);

        sink.Accounts.Count.ShouldBe(5);
        var anna = sink.Accounts["1001"];
        anna.Name.ShouldBe("Anna de Vries");
        anna.Email.ShouldBe("anna.devries@example.org");
        anna.Department.ShouldBe("Communicatie");
        anna.JobTitle.ShouldBe("Beleidsmedewerker");
        anna.Location.ShouldBe("Utrecht");
        anna.JoinedAt.ShouldBe(new DateTimeOffset(2016, 2, 1, 9, 0, 0, TimeSpan.Zero));
        sink.Accounts["1002"].Name.ShouldBe("Bram \"B.\" Jansen");
    }

    [Fact]
    public async Task Account_states_follow_the_soft_delete_rules_of_formats_md()
    {
        var sink = await ReadAsync(Hazards);

        sink.Accounts["1001"].State.ShouldBe(AccountState.Active);
        sink.Accounts["1003"].State.ShouldBe(AccountState.Suspended); // soft_delete + suspended_at
        sink.Accounts["1004"].State.ShouldBe(AccountState.Deleted); // soft_delete + deleted_at
        sink.Accounts["1005"].State.ShouldBe(AccountState.Pending); // soft_delete, no dates at all
    }

    [Theory]
    [InlineData("active", false, false, false, AccountState.Active)]
    [InlineData("", false, false, false, AccountState.Active)]
    [InlineData("soft_delete", false, false, false, AccountState.Pending)]
    [InlineData("soft_delete", true, false, false, AccountState.Suspended)] // not covered by §1.4: deactivated, not erased
    [InlineData("soft_delete", true, true, false, AccountState.Suspended)]
    [InlineData("soft_delete", true, true, true, AccountState.Deleted)]
    [InlineData("active", true, false, true, AccountState.Deleted)] // a deletion date wins over the state
    public void Account_state_rules_cover_every_combination_of_state_and_dates(string state, bool joined, bool suspended, bool deleted, AccountState expected)
    {
        var at = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

        YammerExportReader.AccountStateOf(state, joined ? at : null, suspended ? at : null, deleted ? at : null).ShouldBe(expected);
    }

    [Fact]
    public async Task A_quoted_body_keeps_its_newline_commas_and_quotes_and_resolves_mentions_and_topics()
    {
        var sink = await ReadAsync(Hazards);

        // 5001 appears twice; the second row (an edited version) wins.
        var starter = sink.Messages["5001"];
        starter.Body.ShouldBe("Wie weet hoe we \"duurzaam inkopen\" regelen? (aangepast)\nVraag voor Bram \"B.\" Jansen, over #duurzaamheid.");
        starter.Topics.ShouldBe(["duurzaamheid"]);
    }

    [Fact]
    public async Task A_mention_of_an_unknown_user_stays_as_written()
    {
        var sink = await ReadAsync(Hazards);

        sink.Messages["5003"].Body.ShouldBe("Dank, Bram \"B.\" Jansen! En [[user:9999]] weet het ook.");
    }

    [Fact]
    public async Task A_repeated_id_is_pushed_every_time_and_the_last_row_is_kept()
    {
        var sink = await ReadAsync(Hazards);

        sink.MessagePushes.ShouldBe(13);
        sink.Messages.Count.ShouldBe(12);
        sink.Messages["5001"].Body.ShouldContain("(aangepast)");
    }

    [Fact]
    public async Task Threads_and_parents_follow_thread_id_and_replied_to_id()
    {
        var sink = await ReadAsync(Hazards);

        sink.Messages["5001"].IsThreadStarter.ShouldBeTrue();
        sink.Messages["5001"].ParentExternalId.ShouldBeNull();
        sink.Messages["5002"].ThreadExternalId.ShouldBe("5001");
        sink.Messages["5002"].ParentExternalId.ShouldBe("5001");
        sink.Messages["5003"].ThreadExternalId.ShouldBe("5001");
        sink.Messages["5003"].ParentExternalId.ShouldBe("5002");
    }

    [Theory]
    [InlineData("5001", "2017-03-01T09:15:00Z")] // ISO-8601 with Z
    [InlineData("5002", "2017-03-01T10:20:30Z")] // yyyy-MM-dd HH:mm:ss, no zone = UTC
    [InlineData("5003", "2017-03-01T11:30:00Z")] // +01:00 offset, converted
    [InlineData("5004", "2017-03-02T08:00:00Z")] // yyyy/MM/dd HH:mm:ss +0000 (the API form)
    [InlineData("5005", "2017-03-02T09:00:00Z")] // trailing UTC
    [InlineData("5008", "2017-03-04T08:00:00.123Z")] // fractional seconds
    public async Task Every_timestamp_form_is_read_as_utc(string id, string expected)
    {
        var sink = await ReadAsync(Hazards);

        var created = sink.Messages[id].CreatedAt;
        created.ShouldBe(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        created.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public async Task A_deleted_row_is_kept_with_its_deletion_time()
    {
        var sink = await ReadAsync(Hazards);

        var deleted = sink.Messages["5006"];
        deleted.IsDeleted.ShouldBeTrue();
        deleted.DeletedAt.ShouldBe(new DateTimeOffset(2017, 3, 3, 10, 0, 0, TimeSpan.Zero));
        deleted.ParentExternalId.ShouldBe("5001");
    }

    [Fact]
    public async Task A_private_conversation_and_a_message_without_group_are_private()
    {
        var sink = await ReadAsync(Hazards);

        sink.Messages["5005"].IsPrivate.ShouldBeTrue();
        sink.Messages["5005"].GroupExternalId.ShouldBeNull();
        sink.Messages["5012"].IsPrivate.ShouldBeTrue(); // no group_id, in_private_conversation false
        sink.Messages["5002"].IsPrivate.ShouldBeFalse();
    }

    [Fact]
    public async Task A_private_group_is_private_while_its_messages_are_still_analysed()
    {
        var sink = await ReadAsync(Hazards);

        sink.Groups["2002"].IsPrivate.ShouldBeTrue();
        sink.Groups["2001"].IsPrivate.ShouldBeFalse();
        sink.Groups["2001"].Description.ShouldBe("Vragen en antwoorden, voor iedereen");
        sink.Messages["5004"].GroupExternalId.ShouldBe("2002");
        sink.Messages["5004"].IsPrivate.ShouldBeFalse();
    }

    [Fact]
    public async Task A_group_known_only_from_messages_is_added_with_its_name()
    {
        var sink = await ReadAsync(Hazards);

        sink.Groups["2003"].Name.ShouldBe("Nieuwe groep");
        sink.Messages["5010"].GroupExternalId.ShouldBe("2003");
    }

    [Fact]
    public async Task A_row_shifted_by_one_column_is_read_shifted_back()
    {
        var sink = await ReadAsync(Hazards);

        var shifted = sink.Messages["5007"];
        shifted.ThreadExternalId.ShouldBe("5004");
        shifted.ParentExternalId.ShouldBe("5004");
        shifted.AuthorExternalId.ShouldBe("1001");
        shifted.Body.ShouldBe("Akkoord, tot donderdag.");
        shifted.CreatedAt.ShouldBe(new DateTimeOffset(2017, 3, 2, 10, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task System_messages_and_integrations_are_told_apart_from_people()
    {
        var sink = await ReadAsync(Hazards);

        sink.Messages["5008"].Kind.ShouldBe(MessageKind.System);
        sink.Messages["5008"].AuthorExternalId.ShouldBeNull();
        sink.Messages["5009"].Kind.ShouldBe(MessageKind.Bot);
        sink.Messages["5002"].Kind.ShouldBe(MessageKind.Post);
    }

    [Fact]
    public async Task Attachments_files_and_pages_are_counted_as_skipped()
    {
        var sink = await ReadAsync(Hazards);

        sink.SkippedOf("attachment").ShouldBe(1); // uploadedfile:9001; the link preview is not an attachment
        sink.SkippedOf("file").ShouldBe(2);
        sink.SkippedOf("page").ShouldBe(1);
    }

    [Fact]
    public async Task Topics_csv_becomes_topics()
    {
        var sink = await ReadAsync(Hazards);

        sink.Topics.Values.Select(t => t.Name).Order(StringComparer.Ordinal).ShouldBe(["duurzaamheid", "thuiswerken"]);
    }

    [Fact]
    public async Task A_zip_with_messages_before_users_reads_the_same_as_the_folder()
    {
        using var temp = new TempFolder();
        var zipPath = temp.File("export.zip");
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
        {
            foreach (var name in new[] { "Messages.csv", "Files.csv", "Topics.csv", "Users.csv", "Groups.csv", "Pages.csv", "log.txt" })
            {
                zip.CreateEntryFromFile(Path.Combine(Hazards, name), name);
            }
        }

        var fromZip = await ReadAsync(zipPath);
        var fromFolder = await ReadAsync(Hazards);

        fromZip.Snapshot().ShouldBe(fromFolder.Snapshot());
        fromZip.Messages["5001"].Body.ShouldContain("Bram \"B.\" Jansen");
    }

    [Fact]
    public async Task The_newer_superset_layout_reads_with_title_parent_id_and_html_body()
    {
        // Column names and order of the newer exports (formats.md §1.3), synthetic rows.
        const string header = "id,replied_to_id,parent_id,thread_id,conversation_id,group_id,group_name,participants,in_private_group,in_private_conversation,sender_id,sender_type,sender_name,sender_email,body,delegate_id,api_url,attachments,deleted_by_id,deleted_by_type,created_at,deleted_at,title,html_body,message_type,gdpr_delete_url\n";
        using var temp = new TempFolder();
        temp.Write("export/Messages.csv", header +
            "1,,,1,1,20,Groep,,false,false,100,user,Anna,,Wat vinden jullie?,,,,,,2024-01-01T10:00:00Z,,Enquête,,question,\n" +
            "2,,1,1,1,20,Groep,,false,false,101,user,Bram,,,,,,,,2024-01-01T11:00:00Z,,,<p>Goed &amp; <b>duidelijk</b></p>,update,\n");
        var sink = new RecordingSink();

        await new YammerExportReader().ReadAsync(temp.File("export"), sink, null, TestContext.Current.CancellationToken);

        sink.Messages["1"].Body.ShouldBe("Enquête\n\nWat vinden jullie?");
        sink.Messages["2"].ParentExternalId.ShouldBe("1"); // from parent_id, replied_to_id being empty
        sink.Messages["2"].Body.ShouldBe("Goed & duidelijk"); // body empty: the text of html_body
        sink.Messages["2"].Kind.ShouldBe(MessageKind.Post);
    }

    [Fact]
    public async Task Reading_the_same_export_twice_gives_the_same_items()
    {
        var first = await ReadAsync(Hazards);
        var second = await ReadAsync(Hazards);

        second.Snapshot().ShouldBe(first.Snapshot());
    }

    [Fact]
    public async Task Two_overlapping_exports_give_identical_items_for_the_messages_they_share()
    {
        using var temp = new TempFolder();
        var network = SyntheticNetwork.Create(messages: 1_000);
        var writer = new YammerExportWriter();
        writer.WriteFolder(temp.File("january"), network with { Messages = network.Messages.Take(600) });
        writer.WriteFolder(temp.File("february"), network with { Messages = network.Messages.Skip(400) });
        var january = await ReadAsync(temp.File("january"));
        var february = await ReadAsync(temp.File("february"));

        var shared = january.Messages.Keys.Intersect(february.Messages.Keys).ToList();

        shared.Count.ShouldBe(200);
        foreach (var id in shared)
        {
            var (a, b) = (january.Messages[id], february.Messages[id]);
            (b with { Topics = a.Topics }).ShouldBe(a);
        }
    }

    [Fact]
    public async Task An_error_of_the_sink_is_never_swallowed()
    {
        var sink = new FailingSink(failAtMessage: 5);

        var error = await Should.ThrowAsync<InvalidOperationException>(() =>
            new YammerExportReader().ReadAsync(Hazards, sink, null, TestContext.Current.CancellationToken));

        error.Message.ShouldBe("storage failed at message 5");
        sink.Messages.ShouldBe(5);
    }

    [Fact]
    public async Task Progress_is_reported_with_growing_item_counts_up_to_everything_pushed()
    {
        using var temp = new TempFolder();
        new YammerExportWriter().WriteFolder(temp.Path, SyntheticNetwork.Create(messages: 25_000));
        var reports = new List<ImportProgress>();
        var sink = new RecordingSink();

        await new YammerExportReader().ReadAsync(temp.Path, sink, new SynchronousProgress<ImportProgress>(reports.Add), TestContext.Current.CancellationToken);

        reports.Count.ShouldBeGreaterThan(2);
        reports.Select(r => r.Items).ShouldBeInOrder(SortDirection.Ascending);
        reports[^1].Items.ShouldBe(sink.Pushes);
        var messages = reports.Last(r => r.File.EndsWith("/Messages.csv", StringComparison.Ordinal));
        messages.BytesRead.ShouldBe(messages.BytesTotal!.Value);
    }
}
