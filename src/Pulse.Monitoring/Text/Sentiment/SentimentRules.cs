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
    bool DutchMorphology)
{
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
            ("lichtelijk", -Boost), ("tikje", -Boost), ("tikkeltje", -Boost), ("soms", -Boost * 0.5), ("amper", -Boost)),
        Scalars(("best wel", -Boost * 0.5), ("een beetje", -Boost), ("wel erg", Boost), ("wel heel", Boost), ("heel erg", Boost * 1.5)),
        Set("maar", "echter", "alleen", "desondanks"),
        Set("wie", "wat", "waar", "waarom", "wanneer", "hoe", "welke", "hoeveel", "waarmee", "waarover", "hoezo"),
        Set("zou", "zouden", "misschien", "wellicht", "suggestie", "suggesties", "voorstel", "voorstellen", "idee", "ideeën",
            "tip", "tips", "aanbeveling", "overwegen", "verbetervoorstel", "voorstelletje", "mogelijkheid"),
        Set("herinnering", "reminder", "mededeling", "aankondiging", "info", "fyi", "attentie", "onderhoud", "gepland", "uitnodiging",
            "agenda", "wegens", "vanwege", "aanmelden", "inschrijven", "rooster", "planning", "nieuwsbrief", "update", "let", "vanaf",
            "per", "morgen", "vandaag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"),
        Set("bedankt", "dank", "dankjewel", "dankje", "dankuwel", "bedank", "bedanken", "thanks", "merci"),
        "voor",
        DutchMorphology: true);

    public static SentimentRules English { get; } = new(
        Set("not", "no", "never", "none", "nothing", "nowhere", "neither", "nor", "without", "cannot", "cant", "dont", "doesnt",
            "didnt", "isnt", "wasnt", "arent", "werent", "wont", "wouldnt", "shouldnt", "couldnt", "aint", "hardly", "rarely",
            "seldom", "nope", "nobody", "neednt", "darent", "hasnt", "havent", "hadnt", "mightnt", "mustnt", "uhuh", "uh-uh"),
        Scalars(
            ("absolutely", Boost), ("amazingly", Boost), ("awfully", Boost), ("completely", Boost), ("considerably", Boost), ("decidedly", Boost),
            ("deeply", Boost), ("effing", Boost), ("enormously", Boost), ("entirely", Boost), ("especially", Boost), ("exceptionally", Boost),
            ("extremely", Boost), ("fabulously", Boost), ("flipping", Boost), ("freaking", Boost), ("fucking", Boost), ("greatly", Boost),
            ("hella", Boost), ("highly", Boost), ("hugely", Boost), ("incredibly", Boost), ("intensely", Boost), ("majorly", Boost), ("more", Boost),
            ("most", Boost), ("particularly", Boost), ("purely", Boost), ("quite", Boost), ("really", Boost), ("remarkably", Boost), ("so", Boost),
            ("substantially", Boost), ("thoroughly", Boost), ("totally", Boost), ("tremendously", Boost), ("uber", Boost), ("unbelievably", Boost),
            ("unusually", Boost), ("utterly", Boost), ("very", Boost), ("super", Boost), ("too", Boost * 0.5), ("such", Boost * 0.7),
            ("almost", -Boost), ("barely", -Boost), ("hardly", -Boost), ("less", -Boost), ("little", -Boost), ("marginally", -Boost),
            ("occasionally", -Boost), ("partly", -Boost), ("scarcely", -Boost), ("slightly", -Boost), ("somewhat", -Boost), ("kinda", -Boost),
            ("kindof", -Boost), ("sorta", -Boost), ("sortof", -Boost), ("fairly", -Boost * 0.5), ("rather", -Boost * 0.5)),
        Scalars(("kind of", -Boost), ("sort of", -Boost), ("a bit", -Boost), ("a little", -Boost), ("a tad", -Boost)),
        Set("but", "however", "although", "though", "yet"),
        Set("who", "what", "where", "why", "when", "how", "which", "does", "do", "is", "are", "can", "could", "would", "will", "has", "have"),
        Set("suggest", "suggestion", "suggestions", "idea", "ideas", "proposal", "propose", "maybe", "perhaps", "consider", "could", "would", "should"),
        Set("reminder", "fyi", "announcement", "notice", "scheduled", "maintenance", "invitation", "agenda", "update", "newsletter"),
        Set("thanks", "thank", "thx", "cheers"),
        "for",
        DutchMorphology: false);

    /// <summary>Rules for texts in other languages: only emoji and emoticons count.</summary>
    public static SentimentRules None { get; } = new(
        Set(), Scalars(), Scalars(), Set(), Set(), Set(), Set(), Set(), "\0", DutchMorphology: false);

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, double> Scalars(params (string Word, double Scalar)[] pairs) =>
        pairs.GroupBy(p => p.Word, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.Last().Scalar, StringComparer.Ordinal);
}
