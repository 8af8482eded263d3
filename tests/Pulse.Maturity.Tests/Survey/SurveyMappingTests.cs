using Pulse.Maturity.Model;
using Pulse.Connectors.Survey;
using Pulse.Maturity.Survey;
using Pulse.Maturity.Tests.Support;

namespace Pulse.Maturity.Tests.Survey;

/// <summary>
/// The shipped example mappings read synthetic exports laid out as LimeSurvey and Qualtrics write
/// them (see TestData/README.md for what each synthetic row answers).
/// </summary>
public sealed class SurveyMappingTests
{
    private static readonly MaturityModel V1 = ModelCatalog.Get("v1");

    [Fact]
    public void The_LimeSurvey_example_reads_its_export_recoding_answer_codes_and_skipping_incomplete_responses()
    {
        var mapping = ReadMapping("limesurvey.example.json");
        var result = mapping.Import(V1, Csv.ReadFile("Survey/TestData/limesurvey-synthetic-export.csv"), "export.csv");

        result.Errors.ShouldBeEmpty();
        result.Responses.Select(r => (r.Organisation, r.Respondent)).ShouldBe([("synthetic-a", "1"), ("synthetic-b", "2"), ("synthetic-d", "4")]);
        var a = Values(result.Responses[0]);
        a["pe_faster"].ShouldBe("4");
        a["pe_little_use"].ShouldBe("4");
        a["mod_who"].ShouldBe("one_department");
        a["gl_level"].ShouldBe("platform");
        a["own_departments"].ShouldBe("communication;hr");
        a["has_community"].ShouldBe("yes");
        a["active_share"].ShouldBe("62.5");
        a["management_participation"].ShouldBe("most");
        var b = Values(result.Responses[1]);
        b["ee_clear"].ShouldBe("2");
        b["mod_who"].ShouldBe("none");
        b["own_departments"].ShouldBeNull();
        b["active_share"].ShouldBeNull();
        var d = Values(result.Responses[2]);
        d["has_community"].ShouldBe("no");
        d.Where(v => v.Key != "has_community" && v.Key != "target_all").ShouldAllBe(v => v.Value == null);
    }

    [Fact]
    public void The_Qualtrics_example_skips_the_extra_header_rows_previews_and_unfinished_responses_and_recodes_choice_texts()
    {
        var mapping = ReadMapping("qualtrics.example.json");
        mapping.ExtraHeaderRows.ShouldBe(2);
        var result = mapping.Import(V1, Csv.ReadFile("Survey/TestData/qualtrics-synthetic-export.csv"), "export.csv");

        result.Errors.ShouldBeEmpty();
        result.Responses.Select(r => (r.Organisation, r.Respondent)).ShouldBe([("synthetic-a", "R_synthA1"), ("synthetic-a", "R_synthA2")]);
        var first = Values(result.Responses[0]);
        first["pe_faster"].ShouldBe("4");
        Values(result.Responses[1])["pe_faster"].ShouldBe("5");
        first["mod_who"].ShouldBe("several_departments");
        first["gov_instruments"].ShouldBe("guidelines;training");
        first["sys_linked"].ShouldBe("sso;intranet");
        first["has_community"].ShouldBe("yes");
        first["active_share"].ShouldBe("55");
        first["management_participation"].ShouldBe("most");
    }

    [Fact]
    public void Rows_keep_their_export_line_numbers_so_a_bad_value_points_at_the_export()
    {
        var rows = Csv.ReadFile("Survey/TestData/limesurvey-synthetic-export.csv");
        var header = rows[0].Fields.ToList();
        var broken = rows.Select(r => r.Line == 3 ? r with { Fields = [.. r.Fields.Select((f, i) => header[i] == "PE[SQ002]" ? "A9" : f)] } : r);

        var result = ReadMapping("limesurvey.example.json").Import(V1, broken, "export.csv");

        result.IsValid.ShouldBeFalse();
        var error = result.Errors.ShouldHaveSingleItem();
        (error.File, error.Line, error.Value).ShouldBe(("export.csv", 3L, "A9"));
        error.Column.ShouldBe("pe_quality (from PE[SQ002])");
        error.Message.ShouldContain("expected a whole number from 1 to 5");
    }

    [Fact]
    public void Apply_gives_answer_file_rows_that_the_file_parser_reads()
    {
        var mapping = ReadMapping("qualtrics.example.json");
        var rows = mapping.Apply(Csv.ReadFile("Survey/TestData/qualtrics-synthetic-export.csv"), "export.csv");
        rows[0].Fields.Take(2).ShouldBe(["organisation", "respondent"]);
        rows[0].Line.ShouldBe(1);
        rows.Skip(1).Select(r => r.Line).ShouldBe([4L, 5L]);
        SurveyFileParser.Parse(V1, rows, "export.csv").Responses.Count.ShouldBe(2);
    }

    [Fact]
    public void An_export_column_that_is_neither_mapped_nor_ignored_refuses_the_file()
    {
        var rows = Csv.ReadFile("Survey/TestData/limesurvey-synthetic-export.csv");
        var extended = rows.Select(r => r with { Fields = [.. r.Fields, r.Line == 1 ? "NEWQ" : "x"] });
        var result = ReadMapping("limesurvey.example.json").Import(V1, extended, "export.csv");
        var error = result.Errors.ShouldHaveSingleItem();
        (error.Line, error.Column).ShouldBe((1L, "NEWQ"));
        error.Message.ShouldContain("neither mapped nor ignored");
        Should.Throw<SurveyMappingException>(() => ReadMapping("limesurvey.example.json").Apply(extended)).Errors.Count.ShouldBe(1);
    }

    [Fact]
    public void A_mapped_column_missing_from_the_export_refuses_the_file()
    {
        var rows = Csv.ReadFile("Survey/TestData/limesurvey-synthetic-export.csv");
        var index = rows[0].Fields.ToList().IndexOf("MODWHO");
        var without = rows.Select(r => r with { Fields = [.. r.Fields.Where((_, i) => i != index)] });
        var error = ReadMapping("limesurvey.example.json").Import(V1, without, "export.csv").Errors.ShouldHaveSingleItem();
        error.Column.ShouldBe("MODWHO");
        error.Message.ShouldContain("is not in the export");
    }

    [Fact]
    public void A_mapping_to_an_item_the_model_does_not_have_is_refused_before_reading_rows()
    {
        var mapping = SurveyMappingReader.Read("""{ "organisation": { "fixed": "acme" }, "items": { "pe_fastr": "Q1" } }""", "typo.json");
        var error = mapping.Import(V1, [new SurveyRow(1, ["Q1"]), new SurveyRow(2, ["3"])], "export.csv").Errors.ShouldHaveSingleItem();
        (error.File, error.Column).ShouldBe(("typo.json", "items.pe_fastr"));
    }

    [Fact]
    public void A_fixed_organisation_and_option_columns_read_an_employee_survey_of_one_organisation()
    {
        var mapping = SurveyMappingReader.Read("""
            {
              "organisation": { "fixed": "acme" },
              "respondent": "rid",
              "items": {
                "pe_faster": { "column": "q1", "recode": { "Helemaal eens": "5", "Eens": "4" } },
                "gov_instruments": { "columns": { "g_1": "guidelines", "g_2": "training", "g_3": "none" } }
              }
            }
            """, "employees.json");
        var rows = Csv.Read("rid,q1,g_1,g_2,g_3\n1,Eens,Y,,\n2,helemaal eens ,1,1,\n3,,,,N\n");
        var result = mapping.Import(V1, rows, "employees.csv");
        result.Errors.ShouldBeEmpty();
        result.Responses.ShouldAllBe(r => r.Organisation == "acme");
        result.Responses.Select(r => Values(r)["pe_faster"]).ShouldBe(["4", "5", null]);
        result.Responses.Select(r => Values(r)["gov_instruments"]).ShouldBe(["guidelines", "guidelines;training", null]);
    }

    [Fact]
    public void An_unexpected_value_in_an_option_column_is_reported_not_taken_as_chosen()
    {
        var mapping = SurveyMappingReader.Read("""
            { "organisation": { "fixed": "acme" }, "items": { "gov_instruments": { "columns": { "g_1": "guidelines", "g_2": "training" } } } }
            """, "m.json");
        var error = mapping.Import(V1, Csv.Read("g_1,g_2\nY,maybe\n"), "e.csv").Errors.ShouldHaveSingleItem();
        (error.Line, error.Value).ShouldBe((2L, "guidelines;maybe"));
        error.Message.ShouldContain("'maybe'");
    }

    [Fact]
    public void A_broken_mapping_file_lists_every_problem()
    {
        var error = Should.Throw<SurveyMappingException>(() => SurveyMappingReader.Read("""
            {
              "organisation": { "column": "org", "fixed": "acme" },
              "extraHeaderRows": -1,
              "items": { "pe_faster": { "column": "Q1", "recode": "agree7" }, "x": { } },
              "colour": "blue"
            }
            """, "broken.json"));
        error.Errors.Select(e => e.Column).ShouldBe(["colour", "extraHeaderRows", "organisation", "items.pe_faster.recode", "items.x"], ignoreOrder: true);
        error.Errors.ShouldAllBe(e => e.File == "broken.json");
    }

    [Fact]
    public void Invalid_json_in_a_mapping_file_is_refused()
    {
        Should.Throw<SurveyMappingException>(() => SurveyMappingReader.Read("{ \"items\": ", "broken.json"))
            .Errors.ShouldHaveSingleItem().Message.ShouldContain("not valid JSON");
    }

    private static SurveyMapping ReadMapping(string fileName) =>
        SurveyMappingReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Mappings", fileName)), fileName);

    private static Dictionary<string, string?> Values(Pulse.Maturity.Answers.Response response) =>
        V1.AllItems.Select((item, i) => (item.Id, response.Values[i])).ToDictionary(p => p.Id, p => p.Item2);
}
