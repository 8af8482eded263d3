using Pulse.Search.Themes;

namespace Pulse.Search.Tests.Themes;

public sealed class ThemeQueryParseTests
{
    private static string Parsed(string query) => ThemeQuery.Parse(query).ToString();

    private static ThemeQueryException Refused(string query) =>
        Should.Throw<ThemeQueryException>(() => ThemeQuery.Parse(query));

    [Fact]
    public void The_example_of_the_issue_binds_NOT_then_AND_then_OR()
    {
        Parsed("reorganisatie OR \"nieuwe werkplek\" AND NOT test")
            .ShouldBe("(reorganisatie OR (\"nieuwe werkplek\" AND NOT test))");
    }

    [Fact]
    public void The_tree_is_made_of_records_that_compare_by_value()
    {
        ThemeQuery.Parse("a OR b c").ShouldBe(
            new ThemeQuery.Or(
                new ThemeQuery.Word("a"),
                new ThemeQuery.And(new ThemeQuery.Word("b"), new ThemeQuery.Word("c"))));
    }

    [Fact]
    public void AND_binds_tighter_than_OR_on_either_side()
    {
        Parsed("a AND b OR c").ShouldBe("((a AND b) OR c)");
        Parsed("a OR b AND c").ShouldBe("(a OR (b AND c))");
    }

    [Fact]
    public void Operators_of_one_kind_associate_to_the_left()
    {
        Parsed("a OR b OR c").ShouldBe("((a OR b) OR c)");
        Parsed("a AND b AND c").ShouldBe("((a AND b) AND c)");
    }

    [Fact]
    public void Adjacent_operands_are_joined_by_an_implicit_AND_that_binds_like_AND()
    {
        Parsed("nieuwe werkplek").ShouldBe("(nieuwe AND werkplek)");
        Parsed("a b OR c").ShouldBe("((a AND b) OR c)");
        Parsed("a NOT b").ShouldBe("(a AND NOT b)");
        Parsed("a (b OR c)").ShouldBe("(a AND (b OR c))");
    }

    [Fact]
    public void Parentheses_override_precedence()
    {
        Parsed("(a OR b) AND c").ShouldBe("((a OR b) AND c)");
        Parsed("NOT (a OR b)").ShouldBe("NOT (a OR b)");
        Parsed("((a))").ShouldBe("a");
    }

    [Fact]
    public void NOT_applies_to_the_next_operand_only_and_may_repeat()
    {
        Parsed("NOT a b").ShouldBe("(NOT a AND b)");
        Parsed("NOT NOT a").ShouldBe("NOT NOT a");
    }

    [Fact]
    public void Operators_are_recognised_in_any_case()
    {
        Parsed("a or b and not c").ShouldBe("(a OR (b AND NOT c))");
        Parsed("a Or b").ShouldBe("(a OR b)");
    }

    [Fact]
    public void A_quoted_operator_is_a_word_to_match()
    {
        ThemeQuery.Parse("\"not\"").ShouldBe(new ThemeQuery.Phrase("not"));
    }

    [Fact]
    public void A_phrase_keeps_its_words_and_loses_outer_spaces()
    {
        ThemeQuery.Parse("\" nieuwe werkplek \"").ShouldBe(new ThemeQuery.Phrase("nieuwe werkplek"));
        Parsed("\"a b\"\"c d\"").ShouldBe("(\"a b\" AND \"c d\")");
    }

    [Fact]
    public void A_missing_closing_quote_is_reported_at_the_opening_quote()
    {
        //        1234567890123456789
        var e = Refused("reorganisatie OR \"nieuwe werkplek");
        e.Position.ShouldBe(18);
        e.Message.ShouldBe("position 18: a closing quote is missing for the phrase that starts here");
    }

    [Fact]
    public void An_empty_query_is_refused_at_position_1()
    {
        Refused("").Position.ShouldBe(1);
        Refused("   ").Message.ShouldStartWith("position 1: the query is empty");
    }

    [Fact]
    public void An_operator_without_a_right_operand_is_reported_one_past_the_end()
    {
        var e = Refused("werkplek AND");
        e.Position.ShouldBe(13);
        e.Message.ShouldBe("position 13: a word, a \"phrase\", NOT or '(' was expected after AND, found the end of the query");
    }

    [Fact]
    public void Two_operators_in_a_row_are_reported_at_the_second()
    {
        var e = Refused("a OR AND b");
        e.Position.ShouldBe(6);
        e.Message.ShouldContain("after OR, found 'AND'");
    }

    [Fact]
    public void A_query_cannot_start_with_a_binary_operator()
    {
        Refused("OR a").Position.ShouldBe(1);
    }

    [Fact]
    public void An_unclosed_parenthesis_names_where_it_was_opened()
    {
        var e = Refused("(a OR b");
        e.Position.ShouldBe(8);
        e.Message.ShouldBe("position 8: a closing parenthesis ')' was expected for the '(' at position 1, found the end of the query");
    }

    [Fact]
    public void A_closing_parenthesis_without_an_opening_one_is_refused()
    {
        var e = Refused("a OR b)");
        e.Position.ShouldBe(7);
        e.Message.ShouldBe("position 7: ')' has no matching '('");
    }

    [Fact]
    public void Empty_parentheses_and_empty_phrases_are_refused()
    {
        Refused("a ()").Position.ShouldBe(4);
        var e = Refused("a \"\"");
        e.Position.ShouldBe(3);
        e.Message.ShouldBe("position 3: the phrase is empty; write words between the quotes");
    }

    [Fact]
    public void A_word_of_punctuation_alone_would_match_nothing_and_is_refused()
    {
        var e = Refused("werkplek AND !!");
        e.Position.ShouldBe(14);
        e.Message.ShouldBe("position 14: '!!' holds no letters or digits to match");
    }

    [Fact]
    public void The_written_form_parses_back_to_the_same_tree()
    {
        foreach (var query in new[] { "reorganisatie OR \"nieuwe werkplek\" AND NOT test", "a (b OR NOT c) d", "NOT (a b) OR c" })
        {
            var tree = ThemeQuery.Parse(query);
            ThemeQuery.Parse(tree.ToString()).ShouldBe(tree);
        }
    }
}
