using System.Collections.Frozen;

namespace Pulse.Monitoring.Text.Sentiment;

/// <summary>
/// The closed word classes the rules of <see cref="SentimentAnalyzer"/> need for one language:
/// negators, boosters (positive) and diminishers (negative scalars), contrast words, and the cues
/// of workplace genres that are not complaints (questions, suggestions, announcements, thanks).
/// </summary>
public sealed record SentimentRules(
    FrozenSet<string> Negators,
    FrozenDictionary<string, double> Boosters,
    FrozenDictionary<string, double> PairBoosters,
    FrozenSet<string> Contrast,
    FrozenSet<string> QuestionStarts,
    FrozenSet<string> SuggestionCues,
    FrozenSet<string> AnnouncementCues,
    FrozenSet<string> ThanksCues,
    string ThanksFor,
    bool DutchMorphology,
    bool WorkplaceGenres)
{
    // Span lookups made once: scoring asks these for every word.
    internal SpanTable<bool> NegatorLookup { get; } = SpanTable.Set(Negators);

    internal SpanTable<double> BoosterLookup { get; } = new(Boosters);

    internal SpanTable<double> PairLookup { get; } = new(PairBoosters);

    /// <summary>The first words of <see cref="PairBoosters"/> ("best" of "best wel"), so most words skip building a pair.</summary>
    internal SpanTable<bool> PairStarts { get; } = SpanTable.Set(PairBoosters.Keys.Select(k => k[..k.IndexOf(' ', StringComparison.Ordinal)]));

    internal SpanTable<bool> ContrastLookup { get; } = SpanTable.Set(Contrast);

    internal SpanTable<bool> QuestionLookup { get; } = SpanTable.Set(QuestionStarts);

    internal SpanTable<bool> SuggestionLookup { get; } = SpanTable.Set(SuggestionCues);

    internal SpanTable<bool> AnnouncementLookup { get; } = SpanTable.Set(AnnouncementCues);

    internal SpanTable<bool> ThanksLookup { get; } = SpanTable.Set(ThanksCues);

    /// <summary>VADER's booster step: an intensifier adds this much to the valence of the word it modifies.</summary>
    public const double Boost = 0.293;

    public static SentimentRules Dutch { get; } = new(
        Set("niet", "geen", "nooit", "niets", "niks", "nergens", "noch", "zonder", "nimmer", "allerminst"),
        Scalars(
            ("heel", Boost), ("erg", Boost), ("zeer", Boost), ("super", Boost), ("echt", Boost), ("enorm", Boost), ("ontzettend", Boost),
            ("ontzettende", Boost), ("hartstikke", Boost), ("bijzonder", Boost), ("extreem", Boost), ("uiterst", Boost), ("buitengewoon", Boost),
            ("zo", Boost * 0.7), ("ongelofelijk", Boost), ("ongelooflijk", Boost), ("mega", Boost), ("reuze", Boost), ("vreselijk", Boost),
            ("verschrikkelijk", Boost), ("absoluut", Boost), ("totaal", Boost), ("volledig", Boost), ("helemaal", Boost), ("behoorlijk", Boost * 0.7),
            ("flink", Boost * 0.7), ("zó", Boost), ("ernstig", Boost), ("hele", Boost), ("erge", Boost), ("te", Boost * 0.5),
            ("beetje", -Boost), ("beetje", -Boost), ("ietwat", -Boost), ("enigszins", -Boost), ("nogal", -Boost * 0.5), ("tamelijk", -Boost * 0.5),
            ("redelijk", -Boost * 0.5), ("vrij", -Boost * 0.5), ("iets", -Boost * 0.5), ("licht", -Boost * 0.5),
            ("lichtelijk", -Boost), ("tikje", -Boost), ("tikkeltje", -Boost), ("soms", -Boost * 0.5), ("amper", -Boost), ("minder", -Boost)),
        Scalars(("best wel", -Boost * 0.5), ("een beetje", -Boost), ("wel erg", Boost), ("wel heel", Boost), ("heel erg", Boost * 1.5)),
        Set("maar", "echter", "alleen", "desondanks"),
        Set("wie", "wat", "waar", "waarom", "wanneer", "hoe", "welke", "hoeveel", "waarmee", "waarover", "hoezo"),
        Set("zou", "zouden", "misschien", "wellicht", "suggestie", "suggesties", "voorstel", "voorstellen", "idee", "ideeën",
            "tip", "tips", "aanbeveling", "overwegen", "verbetervoorstel", "voorstelletje", "mogelijkheid"),
        Set("herinnering", "reminder", "mededeling", "aankondiging", "info", "fyi", "attentie", "onderhoud", "gepland", "uitnodiging",
            "wegens", "vanwege", "aanmelden", "inschrijven", "nieuwsbrief", "update", "let", "vanaf"),
        Set("bedankt", "dank", "dankjewel", "dankje", "dankuwel", "bedank", "bedanken", "thanks", "merci"),
        "voor",
        DutchMorphology: true,
        WorkplaceGenres: true);

    public static SentimentRules English { get; } = new(
        // VADER's negation list; "no" is a negator too, as VADER treats the two words after it.
        Set("aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt", "dont", "hadnt", "hasnt", "havent", "isnt",
            "mightnt", "mustnt", "neither", "neednt", "never", "none", "nope", "nor", "not", "nothing", "nowhere", "oughtnt", "shant",
            "shouldnt", "uhuh", "wasnt", "werent", "uh-uh", "without", "wont", "wouldnt", "rarely", "seldom", "despite", "no"),
        // VADER's booster and dampener list, so English scores stay comparable with VADER's.
        Scalars(
            [.. "absolutely amazingly awfully completely considerable considerably decidedly deeply effing enormous enormously entirely especially exceptional exceptionally extreme extremely fabulously flipping flippin frackin fracking fricking frickin frigging friggin fully fuckin fucking fuggin fugging greatly hella highly hugely incredible incredibly intensely major majorly more most particularly purely quite really remarkably so substantially thoroughly total totally tremendous tremendously uber unbelievably unusually utter utterly very"
                .Split(' ').Select(w => (w, Boost)),
            .. "almost barely hardly kinda kindof kind-of less little marginal marginally occasional occasionally partly scarce scarcely slight slightly somewhat sorta sortof sort-of"
                .Split(' ').Select(w => (w, -Boost))]),
        Scalars(("kind of", -Boost), ("sort of", -Boost), ("a bit", -Boost), ("a little", -Boost), ("a tad", -Boost)),
        Set("but"),
        Set("who", "what", "where", "why", "when", "how", "which", "does", "do", "is", "are", "can", "could", "would", "will", "has", "have"),
        Set("suggest", "suggestion", "suggestions", "idea", "ideas", "proposal", "propose", "maybe", "perhaps", "consider", "could", "would", "should"),
        Set("reminder", "fyi", "announcement", "notice", "scheduled", "maintenance", "invitation", "agenda", "update", "newsletter"),
        Set("thanks", "thank", "thx", "cheers"),
        "for",
        DutchMorphology: false,
        // Measured on VADER's English sets (reviews, tweets, editorials), damping questions and
        // "would/could" sentences cost 1–2 points: English keeps VADER's behaviour until we have English workplace data.
        WorkplaceGenres: false);

    /// <summary>Rules for texts in other languages: only emoji and emoticons count.</summary>
    public static SentimentRules None { get; } = new(
        Set(), Scalars(), Scalars(), Set(), Set(), Set(), Set(), Set(), "\0", DutchMorphology: false, WorkplaceGenres: false);

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, double> Scalars(params (string Word, double Scalar)[] pairs) =>
        pairs.GroupBy(p => p.Word, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.Last().Scalar, StringComparer.Ordinal);
}
