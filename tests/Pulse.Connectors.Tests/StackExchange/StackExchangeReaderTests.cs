using Pulse.Connectors.StackExchange;
using Pulse.Monitoring.Import;
using Pulse.Monitoring.Model;

namespace Pulse.Connectors.Tests.StackExchange;

/// <summary>
/// The real dumps in ../shared/data. Expected numbers were counted apart from Pulse with a one-off
/// python3 script (xml.etree over Posts.xml and Users.xml: rows per PostTypeId, questions' distinct
/// AcceptedAnswerId values that are answers in the dump, sum of max(0, Score) over questions and
/// answers, distinct tags of questions, posts without OwnerUserId, posts with LastEditDate).
/// coffee: 225 questions, 327 answers, 40 other (20 × type 4, 20 × type 5), 105 accepted,
/// likes 2954, 123 tags, 196 edited, 11 negative scores (post 236: −1). conlang meta: 54
/// questions, 115 answers, 8 other, 11 accepted, likes 871, 20 tags, 6 without owner, 272 users.
/// </summary>
public sealed class StackExchangeReaderTests
{
    private static async Task<RecordingSink> ReadAsync(string folder)
    {
        var path = SharedData.PathOrSkip(folder);
        var sink = new RecordingSink();
        await new StackExchangeReader().ReadAsync(path, sink, null, TestContext.Current.CancellationToken);
        return sink;
    }

    [Fact]
    public async Task Coffee_questions_are_starters_and_answers_are_replies()
    {
        var sink = await ReadAsync("stackexchange-coffee");

        sink.Messages.Values.Count(m => m.IsThreadStarter).ShouldBe(225);
        sink.Messages.Values.Count(m => !m.IsThreadStarter).ShouldBe(327);
        sink.SkippedOf("post").ShouldBe(40);
        sink.Skipped[("post", "PostTypeId 5 (tag wiki) is neither a question nor an answer")].ShouldBe(20);
        sink.Messages.Values.ShouldAllBe(m => m.GroupExternalId == "stackexchange-coffee" && !m.IsPrivate);
    }

    [Fact]
    public async Task Coffee_accepted_answers_scores_and_tags_match_the_dump()
    {
        var sink = await ReadAsync("stackexchange-coffee");

        sink.Messages.Values.Count(m => m.IsAccepted).ShouldBe(105);
        sink.Messages.Values.Sum(m => m.Likes).ShouldBe(2954);
        sink.Messages["236"].Likes.ShouldBe(0); // score −1
        sink.Topics.Count.ShouldBe(123);
        sink.Messages.Values.Count(m => m.EditedAt is not null).ShouldBe(196);
    }

    [Fact]
    public async Task Coffee_question_1_and_its_accepted_answer_24_are_read_field_for_field()
    {
        var sink = await ReadAsync("stackexchange-coffee");

        var question = sink.Messages["1"];
        question.Body.ShouldStartWith("How should I store whole bean coffee?\n\nI just got a pound of microroasted, local coffee");
        question.Topics.ShouldBe(["storage", "whole-bean"]);
        question.Likes.ShouldBe(20);
        question.AuthorExternalId.ShouldBe("4");
        question.CreatedAt.ShouldBe(new DateTimeOffset(2015, 1, 27, 20, 9, 32, 720, TimeSpan.Zero));
        var answer = sink.Messages["24"];
        answer.IsAccepted.ShouldBeTrue();
        answer.ThreadExternalId.ShouldBe("1");
        answer.ParentExternalId.ShouldBe("1");
        answer.Likes.ShouldBe(15);
        answer.AuthorExternalId.ShouldBe("24");
        answer.CreatedAt.ShouldBe(new DateTimeOffset(2015, 1, 27, 21, 17, 34, 843, TimeSpan.Zero));
    }

    [Fact]
    public async Task Conlang_meta_counts_match_the_dump()
    {
        var sink = await ReadAsync("stackexchange-conlang-meta");

        sink.Messages.Values.Count(m => m.IsThreadStarter).ShouldBe(54);
        sink.Messages.Values.Count(m => !m.IsThreadStarter).ShouldBe(115);
        sink.SkippedOf("post").ShouldBe(8);
        sink.Messages.Values.Count(m => m.IsAccepted).ShouldBe(11);
        sink.Messages.Values.Sum(m => m.Likes).ShouldBe(871);
        sink.Topics.Count.ShouldBe(20);
        sink.Messages.Values.Count(m => m.AuthorExternalId is null).ShouldBe(6);
        sink.Messages["2"].IsAccepted.ShouldBeTrue();
        sink.Messages["2"].ParentExternalId.ShouldBe("1");
    }

    [Fact]
    public async Task Conlang_meta_users_become_accounts_and_the_community_user_is_a_bot()
    {
        var sink = await ReadAsync("stackexchange-conlang-meta");

        sink.Accounts.Count.ShouldBe(272);
        sink.Accounts["1"].ShouldBe(new Account("1", "Adam Lear", null, null, null, "New York, NY", AccountState.Active, false, new DateTimeOffset(2018, 2, 6, 19, 55, 45, TimeSpan.Zero)));
        sink.Accounts["-1"].IsBot.ShouldBeTrue();
    }

    [Fact]
    public async Task Pipe_separated_tags_and_a_named_site_are_read_from_a_synthetic_dump()
    {
        using var temp = new TempFolder();
        temp.Write("dump/Posts.xml", """
            <?xml version="1.0" encoding="utf-8"?>
            <posts>
              <row Id="10" PostTypeId="1" AcceptedAnswerId="12" CreationDate="2024-05-01T10:00:00.000" Score="3" Body="&lt;p&gt;Hoe &amp;amp; waarom?&lt;/p&gt;" OwnerUserId="7" Title="Vraag" Tags="|beleid|inkoop|" />
              <row Id="11" PostTypeId="2" ParentId="10" CreationDate="2024-05-01T11:00:00.000" Score="-2" Body="&lt;p&gt;Nee.&lt;/p&gt;" OwnerUserId="8" />
              <row Id="12" PostTypeId="2" ParentId="10" CreationDate="2024-05-01T12:00:00.000" Score="5" Body="&lt;p&gt;Zo.&lt;/p&gt;" OwnerUserId="9" />
            </posts>
            """);
        var sink = new RecordingSink();

        await new StackExchangeReader("Intern vraagbaak").ReadAsync(temp.File("dump"), sink, null, TestContext.Current.CancellationToken);

        sink.Messages["10"].Topics.ShouldBe(["beleid", "inkoop"]);
        sink.Messages["10"].Body.ShouldBe("Vraag\n\nHoe & waarom?");
        sink.Messages["11"].Likes.ShouldBe(0);
        sink.Messages["11"].IsAccepted.ShouldBeFalse();
        sink.Messages["12"].IsAccepted.ShouldBeTrue();
        sink.Groups["Intern vraagbaak"].Name.ShouldBe("Intern vraagbaak");
        sink.Messages["12"].GroupExternalId.ShouldBe("Intern vraagbaak");
    }

    [Fact]
    public async Task Broken_xml_is_refused_with_its_line()
    {
        using var temp = new TempFolder();
        temp.Write("dump/Posts.xml", "<?xml version=\"1.0\"?>\n<posts>\n  <row Id=\"1\" PostTypeId=\"1\" CreationDate=\"2024-05-01T10:00:00\" Body=\"x\" />\n  <row Id=\"2\" PostTypeId=\"2\n</posts>");

        var error = await Should.ThrowAsync<ImportException>(() =>
            new StackExchangeReader().ReadAsync(temp.File("dump"), new RecordingSink(), null, TestContext.Current.CancellationToken));

        error.File.ShouldBe("dump/Posts.xml");
        error.Line.ShouldNotBeNull();
        error.Line!.Value.ShouldBeGreaterThanOrEqualTo(4);
    }

    [Fact]
    public async Task An_answer_without_parent_is_refused_naming_the_field()
    {
        using var temp = new TempFolder();
        temp.Write("dump/Posts.xml", "<posts>\n<row Id=\"1\" PostTypeId=\"2\" CreationDate=\"2024-05-01T10:00:00\" Body=\"x\" />\n</posts>");

        var error = await Should.ThrowAsync<ImportException>(() =>
            new StackExchangeReader().ReadAsync(temp.File("dump"), new RecordingSink(), null, TestContext.Current.CancellationToken));

        error.Line.ShouldBe(2);
        error.Field.ShouldBe("ParentId");
    }

    [Theory]
    [InlineData("<a><b-c>", new[] { "a", "b-c" })]
    [InlineData("|a|b-c|", new[] { "a", "b-c" })]
    [InlineData("", new string[0])]
    public void Both_tag_forms_are_read(string tags, string[] expected)
    {
        StackExchangeReader.Tags(tags).ShouldBe(expected);
    }

    [Fact]
    public async Task A_dump_without_users_xml_warns_that_its_authors_have_no_accounts()
    {
        using var temp = new TempFolder();
        temp.Write("site/Posts.xml", "<posts>\n<row Id=\"1\" PostTypeId=\"1\" CreationDate=\"2020-01-01T00:00:00\" OwnerUserId=\"5\" Body=\"Vraag\" />\n</posts>");

        var sink = await ConnectorRuns.ReadAsync(new StackExchangeReader(), temp.File("site"));

        sink.Messages.Count.ShouldBe(1);
        sink.Accounts.ShouldBeEmpty();
        sink.Skipped.ShouldBe(new Dictionary<(string, string), int>
        {
            [("authors' accounts", "the dump has no Users.xml, so the posts' authors have no accounts: no names, and no one counts as a member")] = 1,
        });
    }
}
