using Pulse.Maturity.Answers;
using Pulse.Maturity.Model;
using Pulse.Maturity.Tests.Support;

namespace Pulse.Maturity.Tests.Answers;

/// <summary>Every accepted and refused form of an answer, per scale.</summary>
public sealed class AnswerParserTests
{
    private static readonly Item Likert5 = TestModels.Likert("agree");
    private static readonly Item Likert7 = TestModels.Likert("agree7", scale: Scale.Likert7);
    private static readonly Item YesNo = TestModels.YesNo("has");
    private static readonly Item Percent = TestModels.Percent("share");
    private static readonly Item Choice = TestModels.Choice("level", ("none", 0), ("one_department", 30), ("formal_roles", 100));
    private static readonly Item Multi = TestModels.Multi("tools", ("wiki", 30), ("chat", 30), ("intranet", 50));

    [Theory]
    [InlineData("1", "1")]
    [InlineData("5", "5")]
    [InlineData(" 3 ", "3")]
    [InlineData("03", "3")]
    public void Likert_answers_are_whole_numbers_from_1_to_k(string raw, string canonical)
    {
        AnswerParser.Parse(Likert5, raw).Value.ShouldBe(canonical);
    }

    [Theory]
    [InlineData("9")]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("3.0")]
    [InlineData("-1")]
    [InlineData("+3")]
    [InlineData("agree")]
    public void Other_likert_answers_are_refused_naming_the_value_and_the_range(string raw)
    {
        var parsed = AnswerParser.Parse(Likert5, raw);
        parsed.IsValid.ShouldBeFalse();
        parsed.Error.ShouldBe($"'{raw}' is not an answer to agree: expected a whole number from 1 to 5, or empty for don't know.");
    }

    [Fact]
    public void A_seven_point_item_accepts_7_and_refuses_8()
    {
        AnswerParser.Parse(Likert7, "7").Value.ShouldBe("7");
        AnswerParser.Parse(Likert7, "8").Error!.ShouldContain("from 1 to 7");
    }

    [Theory]
    [InlineData("yes", "yes")]
    [InlineData("YES", "yes")]
    [InlineData("Ja", "yes")]
    [InlineData("y", "yes")]
    [InlineData("j", "yes")]
    [InlineData("true", "yes")]
    [InlineData("1", "yes")]
    [InlineData("no", "no")]
    [InlineData("Nee", "no")]
    [InlineData("N", "no")]
    [InlineData("false", "no")]
    [InlineData("0", "no")]
    public void Yes_and_no_are_accepted_in_Dutch_English_and_as_booleans(string raw, string canonical)
    {
        AnswerParser.Parse(YesNo, raw).Value.ShouldBe(canonical);
    }

    [Theory]
    [InlineData("misschien")]
    [InlineData("2")]
    [InlineData("yess")]
    public void Other_yes_no_answers_are_refused(string raw)
    {
        AnswerParser.Parse(YesNo, raw).Error!.ShouldStartWith($"'{raw}' is not an answer to has: expected yes or no");
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("100", "100")]
    [InlineData("40", "40")]
    [InlineData("62.5", "62.5")]
    [InlineData("62,5", "62.5")]
    [InlineData("62,5%", "62.5")]
    [InlineData(" 62.5 % ", "62.5")]
    [InlineData("40%", "40")]
    [InlineData("40.0", "40")]
    [InlineData(".5", "0.5")]
    public void Percentages_accept_a_point_or_comma_and_an_optional_percent_sign(string raw, string canonical)
    {
        AnswerParser.Parse(Percent, raw).Value.ShouldBe(canonical);
    }

    [Theory]
    [InlineData("140")]
    [InlineData("100.01")]
    [InlineData("-1")]
    public void Percentages_outside_0_to_100_are_refused_not_clamped(string raw)
    {
        var parsed = AnswerParser.Parse(Percent, raw);
        parsed.Value.ShouldBeNull();
        parsed.Error!.ShouldContain($"'{raw}'");
        parsed.Error!.ShouldContain("from 0 to 100");
    }

    [Theory]
    [InlineData("1,000.5")]
    [InlineData("1,2,3")]
    [InlineData("1e2")]
    [InlineData("veel")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    public void Text_that_is_not_a_percentage_is_refused(string raw)
    {
        AnswerParser.Parse(Percent, raw).Error!.ShouldContain("a percentage from 0 to 100");
    }

    [Theory]
    [InlineData("one_department", "one_department")]
    [InlineData("One_Department", "one_department")]
    [InlineData(" formal_roles ", "formal_roles")]
    public void Single_choices_match_option_values_ignoring_case(string raw, string canonical)
    {
        AnswerParser.Parse(Choice, raw).Value.ShouldBe(canonical);
    }

    [Fact]
    public void An_unknown_option_is_refused_listing_the_options()
    {
        AnswerParser.Parse(Choice, "two_departments").Error
            .ShouldBe("'two_departments' is not an answer to level: expected one of none, one_department, formal_roles, or empty for don't know.");
    }

    [Theory]
    [InlineData("wiki", "wiki")]
    [InlineData("intranet;wiki", "wiki;intranet")]
    [InlineData("CHAT; wiki ;chat", "wiki;chat")]
    [InlineData("wiki;", "wiki")]
    public void Multiple_choices_come_back_in_model_order_without_duplicates(string raw, string canonical)
    {
        AnswerParser.Parse(Multi, raw).Value.ShouldBe(canonical);
    }

    [Fact]
    public void A_multiple_choice_with_an_unknown_option_is_refused_naming_it()
    {
        AnswerParser.Parse(Multi, "wiki;forum").Error!.ShouldStartWith("'forum' in 'wiki;forum' is not an answer to tools");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("dk")]
    [InlineData("DK")]
    [InlineData("weet niet")]
    [InlineData("Weet Niet")]
    [InlineData("don't know")]
    [InlineData("don’t know")]
    [InlineData("n/a")]
    [InlineData("N/A")]
    [InlineData(";")]
    public void Blank_and_dont_know_are_missing_for_every_scale(string? raw)
    {
        foreach (var item in new[] { Likert5, YesNo, Percent, Choice, Multi })
        {
            var parsed = AnswerParser.Parse(item, raw);
            if (raw == ";" && item.Scale != Scale.Multi)
            {
                parsed.IsValid.ShouldBeFalse();
                continue;
            }

            parsed.IsMissing.ShouldBeTrue($"{item.Id} '{raw}'");
        }
    }

    [Fact]
    public void Canonical_values_are_shared_instances_not_new_strings()
    {
        ReferenceEquals(AnswerParser.Parse(Likert5, " 4").Value, AnswerParser.Parse(Likert5, "4 ").Value).ShouldBeTrue();
        ReferenceEquals(AnswerParser.Parse(Choice, "ONE_DEPARTMENT").Value, Choice.Options[1].Value).ShouldBeTrue();
        ReferenceEquals(AnswerParser.Parse(YesNo, "ja").Value, AnswerParser.Parse(YesNo, "true").Value).ShouldBeTrue();
        ReferenceEquals(AnswerParser.Parse(Percent, "40%").Value, AnswerParser.Parse(Percent, "40").Value).ShouldBeTrue();
        ReferenceEquals(AnswerParser.Parse(Multi, "chat;wiki").Value, AnswerParser.Parse(Multi, "wiki;chat").Value).ShouldBeTrue();
    }

    [Fact]
    public void Parsing_a_canonical_value_gives_it_back()
    {
        foreach (var (item, raw) in new[] { (Likert5, "2"), (YesNo, "no"), (Percent, "12.25"), (Choice, "none"), (Multi, "wiki;intranet") })
        {
            var once = AnswerParser.Parse(item, raw).Value;
            AnswerParser.Parse(item, once).Value.ShouldBe(once);
        }
    }
}
