using Pulse.Monitoring.Text;
using Pulse.Monitoring.Text.Sentiment;

namespace Pulse.Monitoring.Tests.Sentiment;

/// <summary>Each rule named in issue 9, on hand-written sentences whose expected label a Dutch speaker gives.</summary>
public sealed class SentimentRuleTests
{
    private static SentimentResult Nl(string text) => SentimentAnalyzer.Default.Analyze(text, TextLanguage.Dutch);

    private static SentimentResult En(string text) => SentimentAnalyzer.Default.Analyze(text, TextLanguage.English);

    private static bool Applied(SentimentResult result, string rule) => result.Evidence.Any(e => e.Rules.Any(r => r.StartsWith(rule, StringComparison.Ordinal)));

    [Theory]
    [InlineData("Het is niet slecht")]
    [InlineData("Geen probleem")]
    [InlineData("De printer is niet meer kapot")]
    [InlineData("De verhuizing verliep zonder problemen")]
    public void Negation_turns_a_negative_word_positive(string text)
    {
        var result = Nl(text);
        result.Label.ShouldBe(SentimentLabel.Positive);
        Applied(result, "negation:").ShouldBeTrue();
    }

    [Fact]
    public void Negation_in_English_and_of_positive_words()
    {
        En("This is not bad").Label.ShouldBe(SentimentLabel.Positive);
        Nl("Ik ben niet tevreden").Label.ShouldBe(SentimentLabel.Negative);
        En("I am not happy").Label.ShouldBe(SentimentLabel.Negative);
    }

    [Fact]
    public void A_comma_ends_the_reach_of_a_negation()
    {
        var result = Nl("De printer is niet meer kapot, dank aan de facilitaire dienst");
        result.Evidence.Single(e => e.Text == "dank").Weight.ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("goed", "heel goed")]
    [InlineData("goed", "erg goed")]
    [InlineData("handig", "super handig")]
    [InlineData("slecht", "heel slecht")]
    public void Intensifiers_make_a_word_stronger(string plain, string intensified) =>
        Math.Abs(Nl(intensified).Score).ShouldBeGreaterThan(Math.Abs(Nl(plain).Score));

    [Theory]
    [InlineData("teleurstellend", "een beetje teleurstellend")]
    [InlineData("goed", "best wel goed")]
    public void Diminishers_make_a_word_weaker_without_flipping_it(string plain, string diminished)
    {
        Math.Abs(Nl(diminished).Score).ShouldBeLessThan(Math.Abs(Nl(plain).Score));
        Nl(diminished).Label.ShouldBe(Nl(plain).Label);
    }

    [Fact]
    public void English_intensifiers_and_diminishers()
    {
        En("very good").Score.ShouldBeGreaterThan(En("good").Score);
        En("slightly good").Score.ShouldBeLessThan(En("good").Score);
    }

    [Theory]
    [InlineData("Het eten was lekker maar de service was slecht", SentimentLabel.Negative)]
    [InlineData("Het was druk, maar de sfeer was geweldig", SentimentLabel.Positive)]
    public void After_a_contrast_the_second_part_weighs_more(string text, SentimentLabel expected)
    {
        var result = Nl(text);
        result.Label.ShouldBe(expected);
        Applied(result, "contrast:after").ShouldBeTrue();
    }

    [Fact]
    public void But_in_English() => En("The food was great but the service was awful").Label.ShouldBe(SentimentLabel.Negative);

    [Fact]
    public void Maar_as_a_particle_is_no_contrast() =>
        Applied(Nl("Laat het maar weten als je vragen hebt, fijn weekend"), "contrast").ShouldBeFalse();

    [Theory]
    [InlineData("Top 👍", SentimentLabel.Positive)]
    [InlineData("De wifi ligt eruit 😡", SentimentLabel.Negative)]
    [InlineData("Fijne dag :)", SentimentLabel.Positive)]
    [InlineData("Weer maandag :(", SentimentLabel.Negative)]
    [InlineData("🎉🎉", SentimentLabel.Positive)]
    public void Emoji_and_emoticons_count(string text, SentimentLabel expected) => Nl(text).Label.ShouldBe(expected);

    [Theory]
    [InlineData("Wat een teleurstellende vergadering", SentimentLabel.Negative)]
    [InlineData("De nieuwe balie is klantvriendelijker", SentimentLabel.Positive)]
    [InlineData("Wat een kapotte boel", SentimentLabel.Negative)]
    [InlineData("De mooiste dag van het jaar", SentimentLabel.Positive)]
    [InlineData("Een superhandige tool", SentimentLabel.Positive)]
    [InlineData("De overstap verliep probleemloos", SentimentLabel.Positive)]
    public void Dutch_inflections_and_compounds_are_recognised(string text, SentimentLabel expected) => Nl(text).Label.ShouldBe(expected);

    [Fact]
    public void A_compound_names_its_head_in_the_evidence()
    {
        var result = Nl("Wat een klantonvriendelijke regeling");
        result.Label.ShouldBe(SentimentLabel.Negative);
        Nl("Een servicevriendelijke aanpak").Evidence.ShouldContain(e => e.Rules.Contains("compound:vriendelijke"));
    }

    [Theory]
    [InlineData("Misschien een idee om de koffieautomaat vaker te laten bijvullen, hij is vaak leeg")]
    [InlineData("Suggestie: zet de agenda een dag eerder rond, dan is het overleg minder chaotisch")]
    public void An_improvement_suggestion_is_not_a_complaint(string text) => Nl(text).Label.ShouldBe(SentimentLabel.Neutral);

    [Theory]
    [InlineData("Weet iemand waarom de printer op de derde niet werkt?")]
    [InlineData("Is er al meer bekend over de storing?")]
    public void A_question_is_not_a_complaint(string text) => Nl(text).Label.ShouldBe(SentimentLabel.Neutral);

    [Theory]
    [InlineData("Herinnering: zaterdag gepland onderhoud, het netwerk is dan niet beschikbaar")]
    [InlineData("Wegens onderhoud is de telefooncentrale zaterdag onbereikbaar")]
    public void A_neutral_announcement_is_not_a_complaint(string text) => Nl(text).Label.ShouldBe(SentimentLabel.Neutral);

    [Fact]
    public void Thanks_for_solving_a_problem_is_positive()
    {
        var result = Nl("Bedankt voor het oplossen van de storing");
        result.Label.ShouldBe(SentimentLabel.Positive);
        Applied(result, "thanks-for").ShouldBeTrue();
        Nl("bedankt voor het oplossen").Label.ShouldBe(SentimentLabel.Positive);
    }

    [Fact]
    public void An_angry_question_stays_negative() =>
        Nl("Waarom is de wifi nu alweer kapot?? Belachelijk").Label.ShouldBe(SentimentLabel.Negative);

    [Fact]
    public void Workplace_complaints_without_adjectives_are_negative()
    {
        Nl("De wifi doet het weer niet").Label.ShouldBe(SentimentLabel.Negative);
        Nl("Ik kan al twee dagen niet inloggen").Label.ShouldBe(SentimentLabel.Negative);
    }

    [Fact]
    public void Capitals_and_exclamation_marks_add_emphasis()
    {
        Nl("Dit is GOED gedaan").Score.ShouldBeGreaterThan(Nl("Dit is goed gedaan").Score);
        Nl("Goed gedaan!!!").Score.ShouldBeGreaterThan(Nl("Goed gedaan").Score);
    }

    [Fact]
    public void Every_score_explains_itself_and_stays_in_range()
    {
        var result = Nl("Heel erg bedankt voor de geweldige hulp!!! 🎉🎉 SUPER");
        result.Score.ShouldBeInRange(-1, 1);
        result.Evidence.ShouldNotBeEmpty();
        result.Evidence.ShouldAllBe(e => e.Rules.Count > 0 && e.Text.Length > 0);
        Nl("De vergadering is om tien uur").Evidence.ShouldBeEmpty();
        Nl("De vergadering is om tien uur").Score.ShouldBe(0);
    }

    [Fact]
    public void Empty_and_long_texts_are_scored()
    {
        Nl("").Label.ShouldBe(SentimentLabel.Neutral);
        var longText = string.Join(' ', Enumerable.Repeat("Het was een goede dag.", 400));
        Nl(longText).Label.ShouldBe(SentimentLabel.Positive);
    }

    [Fact]
    public void Other_languages_count_only_emoji()
    {
        SentimentAnalyzer.Default.Analyze("Das ist sehr gut 👍", TextLanguage.Other).Evidence.Single().Text.ShouldBe("👍");
    }

    [Fact]
    public void Labels_follow_the_thresholds_of_the_metrics()
    {
        SentimentLabels.Of(0.06).ShouldBe(SentimentLabel.Positive);
        SentimentLabels.Of(0.05).ShouldBe(SentimentLabel.Neutral);
        SentimentLabels.Of(-0.05).ShouldBe(SentimentLabel.Neutral);
        SentimentLabels.Of(-0.06).ShouldBe(SentimentLabel.Negative);
    }
}
