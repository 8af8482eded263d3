using Lucene.Net.Analysis;
using Pulse.Search.Analysis;

namespace Pulse.Search.Tests.Analysis;

// Expected terms are written by hand from the rules in docs/search.md, not taken from a run.
public sealed class SearchAnalyzersTests
{
    private static string[] Words(string text) => Terms(SearchAnalyzers.Words, "words", text);

    private static string[] Dutch(string text) => Terms(SearchAnalyzers.Dutch, "nl", text);

    private static string[] English(string text) => Terms(SearchAnalyzers.English, "en", text);

    private static string[] Terms(Analyzer analyzer, string field, string text) =>
        [.. SearchAnalyzers.Terms(analyzer, field, text).Select(t => t.Term)];

    [Fact]
    public void Punctuation_never_sticks_to_a_word_and_case_is_ignored()
    {
        Words("Reorganisatie, nu!").ShouldBe(["reorganisatie", "nu"]);
        Words("(REORGANISATIE)").ShouldBe(["reorganisatie"]);
        Words("Werkplek? Werkplek. werkplek…").ShouldBe(["werkplek", "werkplek", "werkplek"]);
    }

    [Fact]
    public void Accents_are_folded_so_cafe_and_café_are_one_word()
    {
        Words("Café").ShouldBe(["cafe"]);
        Words("geïnteresseerd in één idee").ShouldBe(["geinteresseerd", "in", "een", "idee"]);
        Words("naïve résumé").ShouldBe(["naive", "resume"]);
    }

    [Fact]
    public void Whole_words_are_not_stemmed_and_keep_their_stop_words()
    {
        Words("De reorganisaties van het team").ShouldBe(["de", "reorganisaties", "van", "het", "team"]);
    }

    [Fact]
    public void A_hyphen_splits_a_word_in_two()
    {
        Words("e-mail").ShouldBe(["e", "mail"]);
    }

    [Fact]
    public void Dutch_plurals_and_inflections_meet_their_singular()
    {
        Dutch("reorganisaties").ShouldBe(Dutch("reorganisatie"));
        Dutch("organisaties").ShouldBe(Dutch("organisatie"));
        Dutch("werkplekken").ShouldBe(["werkplek"]);
        Dutch("medewerkers").ShouldBe(["medewerker"]);
        Dutch("vergaderingen").ShouldBe(Dutch("vergadering"));
        Dutch("collega's").ShouldBe(Dutch("collega"));
        Dutch("Café's").ShouldBe(Dutch("café"));
    }

    [Fact]
    public void A_short_word_ending_in_ies_keeps_its_s()
    {
        // "vies" (dirty) is not the plural of "vie".
        Dutch("vies").ShouldNotBe(Dutch("vie"));
    }

    [Fact]
    public void Dutch_stop_words_are_left_out_of_the_stemmed_field()
    {
        Dutch("de nieuwe werkplek van het team").ShouldBe(["nieuw", "werkplek", "team"]);
    }

    [Fact]
    public void English_plurals_and_inflections_meet_their_stem()
    {
        English("meetings").ShouldBe(English("meeting"));
        English("companies").ShouldBe(English("company"));
        English("running").ShouldBe(["run"]);
        English("The new workplace").ShouldBe(["new", "workplac"]);
    }
}
