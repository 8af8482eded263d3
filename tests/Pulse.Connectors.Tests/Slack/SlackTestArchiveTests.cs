using Pulse.Connectors.Slack;
using Pulse.Monitoring.Model;

namespace Pulse.Connectors.Tests.Slack;

/// <summary>
/// The real 2016 export in ../shared/data/slack-export-viewer-testarchive. The expected numbers
/// were counted apart from Pulse with a one-off python3 script over the zip (json.loads of every
/// <c>&lt;folder&gt;/&lt;day&gt;.json</c>, counting messages per folder and per subtype, listing the
/// messages with <c>reactions</c>, <c>edited</c>, <c>file</c>): enrique 102, traveling-sailor 56;
/// bot_message 94, no subtype 49, channel_join 8, bot_add 3, file_share 3, file_comment 1; four
/// messages carry a file; one has reactions (ts 1459154014.000018, count 1); one is edited
/// (ts 1458972985.000010, edited.ts 1458981134.000000). Threads did not exist in 2016.
/// </summary>
public sealed class SlackTestArchiveTests
{
    private const string Enrique = "C0JGLMMNX";
    private const string TravelingSailor = "C0JL6CGQ2";

    private static async Task<RecordingSink> ReadAsync()
    {
        var path = SharedData.PathOrSkip("slack-export-viewer-testarchive", "testarchive.zip");
        var sink = new RecordingSink();
        await new SlackExportReader().ReadAsync(path, sink, null, TestContext.Current.CancellationToken);
        return sink;
    }

    [Fact]
    public async Task Every_message_is_read_and_counted_per_channel()
    {
        var sink = await ReadAsync();

        sink.Messages.Count.ShouldBe(158);
        sink.Messages.Values.Count(m => m.GroupExternalId == Enrique).ShouldBe(102);
        sink.Messages.Values.Count(m => m.GroupExternalId == TravelingSailor).ShouldBe(56);
        sink.Messages.Keys.ShouldAllBe(id => id.StartsWith(Enrique + ":", StringComparison.Ordinal) || id.StartsWith(TravelingSailor + ":", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bots_system_events_and_people_are_told_apart()
    {
        var sink = await ReadAsync();

        sink.Messages.Values.Count(m => m.Kind == MessageKind.Bot).ShouldBe(94); // bot_message
        sink.Messages.Values.Count(m => m.Kind == MessageKind.System).ShouldBe(11); // channel_join 8 + bot_add 3
        sink.Messages.Values.Count(m => m.Kind == MessageKind.Post).ShouldBe(53); // 49 plain + 3 file_share + 1 file_comment
        sink.Messages[Enrique + ":1452837318.000002"].Kind.ShouldBe(MessageKind.System);
    }

    [Fact]
    public async Task Channels_and_users_are_read_with_their_names()
    {
        var sink = await ReadAsync();

        sink.Groups.Keys.Order(StringComparer.Ordinal).ShouldBe([Enrique, TravelingSailor]);
        sink.Groups[Enrique].Name.ShouldBe("enrique");
        sink.Groups[Enrique].IsPrivate.ShouldBeFalse();
        sink.Groups[Enrique].CreatedAt.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1452837318)); // "created" is a string here
        sink.Accounts.Values.Where(a => !a.IsBot).Select(a => a.ExternalId).Order(StringComparer.Ordinal)
            .ShouldBe(["U0BMM2FEH", "U0BMQB6JE", "U0BMS113R", "U0BMYT2FL"]);
        sink.Accounts["U0BMYT2FL"].Name.ShouldBe("Harry Potter");
    }

    [Fact]
    public async Task Mentions_and_labelled_links_become_plain_text()
    {
        var sink = await ReadAsync();

        sink.Messages[Enrique + ":1452837318.000002"].Body.ShouldBe("Hamza Faran has joined the channel");
        sink.Messages[TravelingSailor + ":1459052866.000012"].Body.ShouldBe("Hermione Granger uploaded a file: 100 cities");
    }

    [Fact]
    public async Task Reactions_are_summed_as_likes()
    {
        var sink = await ReadAsync();

        sink.Messages[Enrique + ":1459154014.000018"].Likes.ShouldBe(1);
        sink.Messages.Values.Sum(m => m.Likes).ShouldBe(1);
    }

    [Fact]
    public async Task An_edit_sets_the_edit_time_from_edited_ts()
    {
        var sink = await ReadAsync();

        var edited = sink.Messages[TravelingSailor + ":1458972985.000010"];
        edited.EditedAt.ShouldBe(new DateTimeOffset(2016, 3, 26, 8, 32, 14, TimeSpan.Zero));
        edited.CreatedAt.ShouldBe(DateTimeOffset.UnixEpoch.AddTicks(14589729850000100));
        sink.Messages.Values.Count(m => m.EditedAt is not null).ShouldBe(1);
    }

    [Fact]
    public async Task Without_thread_ts_every_message_starts_its_own_thread()
    {
        var sink = await ReadAsync();

        sink.Messages.Values.ShouldAllBe(m => m.IsThreadStarter && m.ParentExternalId == null && !m.IsPrivate);
    }

    [Fact]
    public async Task Files_are_counted_as_skipped_attachments_and_bots_get_accounts()
    {
        var sink = await ReadAsync();

        sink.SkippedOf("attachment").ShouldBe(4);
        sink.Accounts.Values.Where(a => a.IsBot).ShouldNotBeEmpty();
        sink.Messages.Values.Where(m => m.Kind == MessageKind.Bot).ShouldAllBe(m => sink.Accounts.ContainsKey(m.AuthorExternalId!));
    }
}
