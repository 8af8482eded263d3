using System.Text.RegularExpressions;
using Pulse.Connectors.Mapped;

namespace Pulse.Connectors.Tests.Mapped;

/// <summary>The example in docs/import-mapping.md works as the text says.</summary>
public sealed partial class ImportMappingDocumentationTests
{
    [GeneratedRegex("```(csv|json)\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [Fact]
    public async Task The_documented_mapping_reads_the_documented_csv_as_described()
    {
        var doc = await File.ReadAllTextAsync(SharedData.RepositoryFileOrSkip("docs", "import-mapping.md"), TestContext.Current.CancellationToken);
        var blocks = CodeBlock().Matches(doc).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        using var temp = new TempFolder();
        var csv = temp.Write("forum.csv", blocks["csv"]);
        var sink = new RecordingSink();

        await new MappedCsvReader(ImportMapping.Parse(blocks["json"])).ReadAsync(csv, sink, null, TestContext.Current.CancellationToken);

        sink.Messages["1"].IsThreadStarter.ShouldBeTrue();
        sink.Messages["1"].GroupExternalId.ShouldBe("HR");
        sink.Messages["1"].AuthorExternalId.ShouldBe("anna@example.org");
        sink.Messages["1"].Topics.ShouldBe(["verlof", "beleid"]);
        sink.Messages["1"].Body.ShouldBe("Hoe vraag ik verlof aan; en bij wie?");
        sink.Messages["2"].ParentExternalId.ShouldBe("1");
        sink.Messages["2"].IsAccepted.ShouldBeTrue();
        sink.Messages["2"].Likes.ShouldBe(5);
        sink.Messages["3"].DeletedAt.ShouldBe(sink.Messages["3"].CreatedAt);
        sink.Messages["3"].ParentExternalId.ShouldBe("2");
    }
}
