using Pulse.Connectors.Slack;
using Pulse.Monitoring.Import;
using Pulse.Monitoring.Model;

namespace Pulse.Connectors.Tests.Slack;

/// <summary>Slack Events API bodies to messages: the same ids, kinds and privacy as the export reader gives.</summary>
public sealed class SlackEventsTests
{
    private static string Callback(string inner) => $$"""{"type":"event_callback","event_id":"Ev1","event":{{inner}}}""";

    [Fact]
    public void A_message_in_a_channel_is_a_post_with_the_exports_id()
    {
        var message = SlackEvents.Read(Callback("""{"type":"message","channel":"C1","channel_type":"channel","user":"U1","text":"hoi &amp; dag","ts":"1764410000.000100","thread_ts":"1764400000.000001"}"""))!;

        message.ExternalId.ShouldBe("C1:1764410000.000100");
        message.ThreadExternalId.ShouldBe("C1:1764400000.000001");
        message.ParentExternalId.ShouldBe("C1:1764400000.000001");
        message.GroupExternalId.ShouldBe("C1");
        message.AuthorExternalId.ShouldBe("U1");
        message.Kind.ShouldBe(MessageKind.Post);
        message.IsPrivate.ShouldBeFalse();
        message.Body.ShouldBe("hoi & dag");
        message.CreatedAt.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1764410000).AddTicks(1000));
    }

    [Fact]
    public void Direct_messages_are_private_bots_are_bots_and_hidden_notices_and_reactions_are_nothing()
    {
        SlackEvents.Read(Callback("""{"type":"message","channel":"D1","channel_type":"im","user":"U1","text":"x","ts":"1764410000.000100"}"""))!
            .ShouldSatisfyAllConditions(m => m.IsPrivate.ShouldBeTrue(), m => m.GroupExternalId.ShouldBeNull());
        SlackEvents.Read(Callback("""{"type":"message","subtype":"bot_message","channel":"C1","channel_type":"channel","bot_id":"B1","text":"x","ts":"1764410000.000100"}"""))!
            .Kind.ShouldBe(MessageKind.Bot);
        SlackEvents.Read(Callback("""{"type":"message","subtype":"message_replied","hidden":true,"channel":"C1","channel_type":"channel","ts":"1764410000.000100","message":{"type":"message","user":"U1","text":"x","ts":"1764400000.000001"}}""")).ShouldBeNull();
        SlackEvents.Read(Callback("""{"type":"reaction_added","user":"U1","reaction":"thumbsup"}""")).ShouldBeNull();
    }

    [Fact]
    public void An_edit_without_its_own_mark_takes_the_events_time_and_a_deletion_is_a_tombstone()
    {
        var edited = SlackEvents.Read(Callback("""{"type":"message","subtype":"message_changed","hidden":true,"channel":"C1","channel_type":"channel","ts":"1764420000.000000","message":{"type":"message","user":"U1","text":"nieuw","ts":"1764410000.000100"}}"""))!;
        var deleted = SlackEvents.Read(Callback("""{"type":"message","subtype":"message_deleted","hidden":true,"channel":"C1","channel_type":"channel","ts":"1764430000.000000","deleted_ts":"1764410000.000100","previous_message":{"type":"message","user":"U1","text":"nieuw","ts":"1764410000.000100"}}"""))!;

        edited.ExternalId.ShouldBe("C1:1764410000.000100");
        edited.Body.ShouldBe("nieuw");
        edited.EditedAt.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1764420000));
        deleted.ExternalId.ShouldBe("C1:1764410000.000100");
        deleted.DeletedAt.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1764430000));
        deleted.Body.ShouldBe(string.Empty);
        deleted.AuthorExternalId.ShouldBeNull();
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"type":"event_callback","event":{"type":"message","text":"no channel","ts":"1764410000.000100"}}""")]
    [InlineData("""{"type":"event_callback","event":{"type":"message","channel":"C1","ts":"yesterday"}}""")]
    public void What_cannot_be_read_is_an_import_exception(string body) =>
        Should.Throw<ImportException>(() => SlackEvents.Read(body));
}
