using Pulse.Monitoring.Trends;

namespace Pulse.Monitoring.Tests.Trends;

public sealed class TrendTermsTests
{
    private static readonly TermVocabulary Vocabulary = new(["de", "het", "en", "van"], ["jansen"]);

    private static HashSet<string> Terms(string body, params string[] topics) =>
        TrendTerms.Of(new TrendText("m1", DateTimeOffset.UnixEpoch, body, topics), Vocabulary);

    [Fact]
    public void Words_phrases_hashtags_and_topics_are_terms_once_each()
    {
        // "nieuwe werkplek" twice: once. "de" is a stop word and breaks the phrase chain, "Jansen" is a
        // name and does too; "op" is too short; "2026" is only digits; the hashtag stands alone.
        Terms("De nieuwe werkplek, de nieuwe werkplek! Jansen zegt: op 2026 #Verbouwing klaar", " #Omgevingswet ", "#")
            .Order(StringComparer.Ordinal).ShouldBe(
            [
                "#omgevingswet",
                "#verbouwing",
                "klaar",
                "nieuwe",
                "nieuwe werkplek",
                "werkplek",
                "zegt",
            ]);
    }

    [Fact]
    public void Inner_hyphens_and_apostrophes_join_a_word_and_accents_stay()
    {
        // "collega's" and "e-mail" are one word each; a trailing hyphen is not part of the word;
        // "Café" keeps its accent, lower case.
        Terms("Collega's e-mail- Café").Order(StringComparer.Ordinal).ShouldBe(
            ["café", "collega's", "collega's e-mail", "e-mail", "e-mail café"]);
    }

    [Fact]
    public void A_word_longer_than_the_longest_is_no_term_and_breaks_the_phrase()
    {
        var longest = new string('a', TrendTerms.LongestWord);
        var tooLong = new string('b', TrendTerms.LongestWord + 1);

        Terms($"{longest} {tooLong} eind #{tooLong}").Order(StringComparer.Ordinal).ShouldBe([longest, "eind"]);
    }

    [Fact]
    public void The_tally_counts_each_term_once_per_message()
    {
        var tally = new TermTally(new TermVocabulary(["de"]));
        tally.Add("De werkplek, de werkplek", []);
        tally.Add("Nieuwe werkplek", ["Werkplek"]);
        tally.Add("Nieuwe werkplek nieuwe werkplek", []);

        // werkplek: in all three; nieuwe and "nieuwe werkplek": in the last two; "werkplek nieuwe": the
        // last one only (it repeats "nieuwe werkplek" after itself); #werkplek: the second.
        tally.Messages.ShouldBe(3);
        tally.Terms.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (t.Key, t.Value)).ShouldBe(
        [
            ("#werkplek", 1),
            ("nieuwe", 2),
            ("nieuwe werkplek", 2),
            ("werkplek", 3),
            ("werkplek nieuwe", 1),
        ]);
    }
}
