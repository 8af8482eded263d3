using Pulse.Connectors.Mapped;
using Pulse.Monitoring.Import;
using Pulse.Monitoring.Model;

namespace Pulse.Connectors.Tests.Mapped;

/// <summary>Synthetic CSV exports of an imaginary forum, read through mappings.</summary>
public sealed class MappedCsvReaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static readonly ImportMapping ForumMapping = ImportMapping.Parse("""
        {
          // comments are allowed in mapping files
          "id": "Bericht",
          "threadId": "Onderwerp",
          "parentId": "Antwoord op",
          "group": "Forum",
          "authorEmail": "E-mail",
          "authorName": "Naam",
          "created": "Geplaatst",
          "edited": "Gewijzigd",
          "deleted": "Verwijderd",
          "private": "Privé",
          "body": "Tekst",
          "likes": "Duimpjes",
          "accepted": "Beste antwoord",
          "topics": "Labels",
          "topicSeparator": "|",
          "timestampFormat": "dd-MM-yyyy HH:mm",
          "booleans": { "true": ["ja", "x"], "false": ["nee", ""] },
        }
        """);

    private const string ForumCsv =
        "Bericht;Onderwerp;Antwoord op;Forum;E-mail;Naam;Geplaatst;Gewijzigd;Verwijderd;Privé;Tekst;Duimpjes;Beste antwoord;Labels;Extra\r\n" +
        "1;1;;HR;Anna@Example.org;Anna;01-03-2024 09:30;;nee;nee;\"Vraag; met puntkomma\";3;nee;beleid|verlof;?\r\n" +
        "2;1;1;HR;bram@example.org;Bram;01-03-2024 10:00;01-03-2024 10:05;;nee;Antwoord;-2;ja;;\r\n" +
        "3;1;2;HR;anna@example.org;Anna;01-03-2024 11:00;;ja;;Weg;0;;;\r\n" +
        "4;;;;bram@example.org;Bram;02-03-2024 08:00;;;x;Privé;;;;\r\n";

    private async Task<RecordingSink> ReadAsync(ImportMapping mapping, string csv)
    {
        var path = _temp.Write("forum.csv", csv);
        var sink = new RecordingSink();
        await new MappedCsvReader(mapping).ReadAsync(path, sink, null, TestContext.Current.CancellationToken);
        return sink;
    }

    [Fact]
    public async Task Every_mapped_column_lands_in_its_field()
    {
        var sink = await ReadAsync(ForumMapping, ForumCsv);

        var question = sink.Messages["1"];
        question.ShouldBe(new Message("1", "1", null, "HR", "anna@example.org", new DateTimeOffset(2024, 3, 1, 9, 30, 0, TimeSpan.Zero), null, null, false, MessageKind.Post, "Vraag; met puntkomma", 3, false, question.Topics));
        question.Topics.ShouldBe(["beleid", "verlof"]);
        var answer = sink.Messages["2"];
        answer.ParentExternalId.ShouldBe("1");
        answer.EditedAt.ShouldBe(new DateTimeOffset(2024, 3, 1, 10, 5, 0, TimeSpan.Zero));
        answer.Likes.ShouldBe(0); // negative counts as 0
        answer.IsAccepted.ShouldBeTrue();
    }

    [Fact]
    public async Task A_yes_in_the_deleted_column_deletes_at_creation_time()
    {
        var sink = await ReadAsync(ForumMapping, ForumCsv);

        sink.Messages["3"].DeletedAt.ShouldBe(sink.Messages["3"].CreatedAt);
        sink.Messages["1"].DeletedAt.ShouldBeNull();
    }

    [Fact]
    public async Task Without_thread_and_parent_a_message_starts_its_thread_and_the_private_flag_is_read()
    {
        var sink = await ReadAsync(ForumMapping, ForumCsv);

        sink.Messages["4"].IsThreadStarter.ShouldBeTrue();
        sink.Messages["4"].IsPrivate.ShouldBeTrue();
        sink.Messages["4"].GroupExternalId.ShouldBeNull();
    }

    [Fact]
    public async Task Authors_known_only_by_email_get_one_account_each_and_groups_and_topics_are_pushed_once()
    {
        var sink = await ReadAsync(ForumMapping, ForumCsv);

        sink.Accounts.Keys.Order(StringComparer.Ordinal).ShouldBe(["anna@example.org", "bram@example.org"]);
        sink.Accounts["anna@example.org"].Name.ShouldBe("Anna");
        sink.Groups.Keys.ShouldBe(["HR"]);
        sink.Topics.Keys.Order(StringComparer.Ordinal).ShouldBe(["beleid", "verlof"]);
        sink.Pushes.ShouldBe(2 + 1 + 2 + 4);
    }

    [Fact]
    public async Task A_thread_without_thread_column_hangs_under_the_parent()
    {
        var mapping = ImportMapping.Parse("""{"id": "id", "parentId": "parent", "created": "at", "body": "text"}""");

        var sink = await ReadAsync(mapping, "id,parent,at,text\n10,,2024-01-01T10:00:00Z,a\n11,10,1704103200,b\n12,10,1704103200000,c\n");

        sink.Messages["11"].ThreadExternalId.ShouldBe("10");
        sink.Messages["11"].ParentExternalId.ShouldBe("10");
        sink.Messages["11"].CreatedAt.ShouldBe(new DateTimeOffset(2024, 1, 1, 10, 0, 0, TimeSpan.Zero)); // Unix seconds
        sink.Messages["12"].CreatedAt.ShouldBe(new DateTimeOffset(2024, 1, 1, 10, 0, 0, TimeSpan.Zero)); // Unix milliseconds
        sink.Messages["10"].IsThreadStarter.ShouldBeTrue();
    }

    [Fact]
    public async Task A_column_the_file_lacks_is_refused_on_the_header_line()
    {
        var error = await Should.ThrowAsync<ImportException>(() => ReadAsync(ForumMapping, "Bericht;Tekst\n1;x\n"));

        error.File.ShouldBe("forum.csv");
        error.Line.ShouldBe(1);
        error.Field.ShouldBe("Onderwerp");
    }

    [Fact]
    public async Task A_date_in_another_form_is_refused_with_line_and_column()
    {
        var error = await Should.ThrowAsync<ImportException>(() => ReadAsync(ForumMapping, ForumCsv.Replace("02-03-2024 08:00", "2024-03-02 08:00", StringComparison.Ordinal)));

        error.Line.ShouldBe(5);
        error.Field.ShouldBe("Geplaatst");
        error.Problem.ShouldBe("'2024-03-02 08:00' is not a timestamp in the form 'dd-MM-yyyy HH:mm'");
    }

    [Fact]
    public async Task A_word_outside_the_boolean_words_is_refused()
    {
        var error = await Should.ThrowAsync<ImportException>(() => ReadAsync(ForumMapping, ForumCsv.Replace(";x;Privé", ";yes;Privé", StringComparison.Ordinal)));

        error.Field.ShouldBe("Privé");
        error.Problem.ShouldBe("'yes' is neither yes nor no");
    }

    [Fact]
    public async Task A_row_without_id_is_refused()
    {
        var error = await Should.ThrowAsync<ImportException>(() => ReadAsync(ForumMapping, ForumCsv + ";1;;HR;a@example.org;A;01-03-2024 09:30;;;;t;;;;\r\n"));

        error.Line.ShouldBe(6);
        error.Field.ShouldBe("Bericht");
    }

    [Fact]
    public void A_mapping_with_an_unknown_key_is_refused_naming_it()
    {
        var error = Should.Throw<ImportException>(() => ImportMapping.Parse("{\"id\": \"a\", \"created\": \"b\", \"body\": \"c\",\n \"auteur\": \"d\"}", "map.json"));

        error.File.ShouldBe("map.json");
        error.Line.ShouldBe(2);
        error.Problem.ShouldContain("auteur");
    }

    [Fact]
    public void A_mapping_without_body_is_refused()
    {
        Should.Throw<ImportException>(() => ImportMapping.Parse("{\"id\": \"a\", \"created\": \"b\"}"));
    }

    [Fact]
    public void A_mapping_with_a_word_both_true_and_false_is_refused()
    {
        var error = Should.Throw<ImportException>(() => ImportMapping.Parse("""{"id": "a", "created": "b", "body": "c", "booleans": {"true": ["ja"], "false": ["JA"]}}"""));

        error.Field.ShouldBe("booleans");
    }
}
