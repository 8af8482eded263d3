using Pulse.Maturity.Model;
using Pulse.Maturity.Survey;
using Pulse.Maturity.Tests.Support;

namespace Pulse.Maturity.Tests.Survey;

/// <summary>The answer file: all or nothing, with every error naming line, column and value.</summary>
public sealed class SurveyFileParserTests
{
    private static readonly MaturityModel Model = TestModels.Build(
        [TestModels.Precondition("p", TestModels.Construct("c",
            TestModels.Likert("agree"),
            TestModels.Choice("level", ("none", 0), ("one_department", 30)),
            TestModels.Multi("tools", ("wiki", 40), ("chat", 40))))]);

    [Fact]
    public void A_valid_file_gives_one_response_per_row_with_values_in_model_order()
    {
        var result = Parse("""
            organisation,respondent,level,agree,active_share,tools
            acme,r1,One_Department,4,"62,5",chat;wiki
            acme,r2,,dk,,
            beta-2,r1,none,1,100%,wiki
            """);
        result.IsValid.ShouldBeTrue();
        result.Responses.Count.ShouldBe(3);
        var first = result.Responses[0];
        first.Organisation.ShouldBe("acme");
        first.Respondent.ShouldBe("r1");
        first.Values[Model.IndexOf("agree")].ShouldBe("4");
        first.Values[Model.IndexOf("level")].ShouldBe("one_department");
        first.Values[Model.IndexOf("tools")].ShouldBe("wiki;chat");
        first.Values[Model.IndexOf(FactIds.ActiveShare)].ShouldBe("62.5");
        first.Values[Model.IndexOf(FactIds.HasCommunity)].ShouldBeNull();
        result.Responses[1].Values.ShouldAllBe(v => v == null);
    }

    [Fact]
    public void Without_a_respondent_column_each_organisation_is_one_response_named_1()
    {
        var result = Parse("""
            organisation,agree
            acme,3
            beta,5
            """);
        result.Responses.Select(r => (r.Organisation, r.Respondent)).ShouldBe([("acme", "1"), ("beta", "1")]);
    }

    [Fact]
    public void A_likert_9_refuses_the_file_naming_line_column_and_value()
    {
        var result = Parse("""
            organisation,agree
            acme,4
            beta,9
            """, "wave1.csv");
        result.IsValid.ShouldBeFalse();
        result.Responses.ShouldBeEmpty();
        var error = result.Errors.ShouldHaveSingleItem();
        error.ShouldBe(new SurveyError("wave1.csv", 3, "agree", "9", "'9' is not an answer to agree: expected a whole number from 1 to 5, or empty for don't know."));
        error.ToString().ShouldStartWith("wave1.csv:3 [agree]: '9'");
    }

    [Fact]
    public void An_unknown_option_refuses_the_file()
    {
        var error = Parse("organisation,level\nacme,two_departments\n").Errors.ShouldHaveSingleItem();
        (error.Line, error.Column, error.Value).ShouldBe((2L, "level", "two_departments"));
        error.Message.ShouldContain("expected one of none, one_department");
    }

    [Fact]
    public void A_percentage_of_140_refuses_the_file()
    {
        var error = Parse("organisation,active_share\nacme,140\n").Errors.ShouldHaveSingleItem();
        (error.Line, error.Column, error.Value).ShouldBe((2L, "active_share", "140"));
    }

    [Fact]
    public void An_unknown_item_column_refuses_the_file_naming_it()
    {
        var error = Parse("organisation,agree,agrea\nacme,4,5\n").Errors.ShouldHaveSingleItem();
        (error.Line, error.Column).ShouldBe((1L, "agrea"));
        error.Message.ShouldContain("unknown column 'agrea'");
    }

    [Fact]
    public void A_repeated_column_refuses_the_file()
    {
        var error = Parse("organisation,agree,Agree\nacme,4,5\n").Errors.ShouldHaveSingleItem();
        error.Message.ShouldContain("column 'Agree' appears more than once");
    }

    [Fact]
    public void A_header_without_organisation_refuses_the_file()
    {
        var error = Parse("agree\n4\n5\n3\n").Errors.ShouldHaveSingleItem();
        (error.Line, error.Column).ShouldBe((1L, "organisation"));
        error.Message.ShouldContain("no 'organisation' column");
    }

    [Fact]
    public void An_organisation_appearing_twice_without_respondents_refuses_the_file()
    {
        var error = Parse("organisation,agree\nacme,4\nbeta,3\nacme,5\n").Errors.ShouldHaveSingleItem();
        (error.Line, error.Column, error.Value).ShouldBe((4L, "organisation", "acme"));
        error.Message.ShouldContain("first on line 2");
    }

    [Fact]
    public void A_respondent_appearing_twice_in_one_organisation_refuses_the_file_but_the_same_id_elsewhere_is_fine()
    {
        Parse("organisation,respondent,agree\nacme,r1,4\nbeta,r1,3\n").IsValid.ShouldBeTrue();
        var error = Parse("organisation,respondent,agree\nacme,r1,4\nacme,r1,3\n").Errors.ShouldHaveSingleItem();
        (error.Line, error.Column, error.Value).ShouldBe((3L, "respondent", "r1"));
    }

    [Fact]
    public void A_blank_respondent_refuses_the_file()
    {
        Parse("organisation,respondent,agree\nacme, ,4\n").Errors.ShouldHaveSingleItem().Column.ShouldBe("respondent");
    }

    [Theory]
    [InlineData("Acme")]
    [InlineData("acme corp")]
    [InlineData("-acme")]
    [InlineData("ac_me")]
    [InlineData("")]
    public void A_bad_organisation_slug_refuses_the_file(string slug)
    {
        var error = Parse($"organisation,agree\n\"{slug}\",4\n").Errors.ShouldHaveSingleItem();
        (error.Line, error.Column, error.Value).ShouldBe((2L, "organisation", slug));
        error.Message.ShouldContain("is not an organisation slug");
    }

    [Fact]
    public void A_slug_of_63_characters_is_the_longest_accepted()
    {
        SurveyFileParser.IsSlug(new string('a', 63)).ShouldBeTrue();
        SurveyFileParser.IsSlug(new string('a', 64)).ShouldBeFalse();
        SurveyFileParser.IsSlug("0-acme").ShouldBeTrue();
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_refuses_the_file()
    {
        var error = Parse("organisation,agree\nacme,4,5\n").Errors.ShouldHaveSingleItem();
        (error.Line, error.Column, error.Value).ShouldBe((2L, string.Empty, (string?)null));
        error.Message.ShouldBe("the row has 3 fields but the header has 2");
    }

    [Fact]
    public void Every_error_of_the_file_is_reported_in_line_order()
    {
        var result = Parse("""
            organisation,agree,level,nonsense
            acme,9,none,x
            Beta,3,maybe,x
            """);
        result.Errors.Select(e => (e.Line, e.Column)).ShouldBe([(1L, "nonsense"), (2L, "agree"), (3L, "organisation"), (3L, "level")]);
        result.ErrorsTruncated.ShouldBeFalse();
    }

    [Fact]
    public void Reading_stops_at_100_errors_and_says_so()
    {
        var rows = new List<SurveyRow> { new(1, ["organisation", "agree"]) };
        rows.AddRange(Enumerable.Range(2, 500).Select(line => new SurveyRow(line, [$"org{line}", "9"])));
        var result = SurveyFileParser.Parse(Model, rows, "many.csv");
        result.Errors.Count.ShouldBe(100);
        result.ErrorsTruncated.ShouldBeTrue();
    }

    [Fact]
    public void Blank_rows_are_skipped_and_header_names_ignore_case_spaces_and_a_byte_order_mark()
    {
        var result = Parse("\uFEFFOrganisation , AGREE\n\nacme,2\n,\n");
        result.IsValid.ShouldBeTrue();
        result.Responses.ShouldHaveSingleItem().Values[Model.IndexOf("agree")].ShouldBe("2");
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        SurveyFileParser.Parse(Model, [], "empty.csv").Errors.ShouldHaveSingleItem().Message.ShouldContain("the file is empty");
    }

    [Fact]
    public void The_template_header_reads_back_without_errors()
    {
        var v1 = ModelCatalog.Get("v1");
        var result = SurveyFileParser.Parse(v1, [new SurveyRow(1, SurveyTemplate.Header(v1))], "template.csv");
        result.IsValid.ShouldBeTrue();
        result.Responses.ShouldBeEmpty();
    }

    private static SurveyParseResult Parse(string csv, string fileName = "answers.csv") =>
        SurveyFileParser.Parse(Model, Csv.Read(csv.ReplaceLineEndings("\n") + "\n"), fileName);
}
