namespace Pulse.Monitoring.Text;

/// <summary>
/// The most frequent function words (articles, pronouns, prepositions, conjunctions, auxiliaries,
/// particles) of each language the detector knows, written by the Pulse team from grammars of
/// these languages. Words shared by two profiles count for both and so do not decide.
/// </summary>
internal static class FunctionWords
{
    public static readonly string[] Dutch =
    [
        "de", "het", "een", "en", "van", "in", "is", "dat", "op", "te", "zijn", "met", "voor", "niet", "aan", "er", "maar",
        "om", "ook", "als", "dan", "bij", "nog", "uit", "wel", "naar", "of", "door", "over", "ze", "zich", "hij", "wij", "we",
        "jullie", "ik", "je", "jij", "u", "hun", "haar", "mijn", "onze", "ons", "deze", "dit", "die", "wat", "wie", "waar",
        "hoe", "waarom", "wanneer", "kan", "kun", "kunnen", "moet", "moeten", "wordt", "worden", "werd", "zal", "zullen", "zou",
        "zouden", "heeft", "hebben", "heb", "had", "waren", "geen", "al", "nu", "hier", "daar", "zo", "veel", "meer", "toch",
        "even", "graag", "morgen", "vandaag", "iemand", "iets", "alle", "alles", "tot", "tegen", "zonder", "na", "omdat",
        "want", "dus", "heel", "erg", "weer", "mee", "ben", "bent", "gaat", "gaan", "komt", "komen", "doen", "doet", "weet",
        "vind", "vindt", "jou", "jouw", "uw", "hem", "mij", "me", "onder", "tussen", "sinds", "tijdens", "bedankt", "dank",
        "ja", "nee", "niks", "niets", "nooit", "altijd", "waarin", "welke", "zoals", "hele", "ieder", "elke", "iedereen",
    ];

    public static readonly string[] English =
    [
        "the", "a", "an", "and", "of", "to", "in", "is", "that", "it", "for", "on", "with", "as", "was", "are", "be", "this",
        "have", "not", "but", "at", "by", "from", "or", "you", "we", "they", "i", "he", "she", "his", "her", "my", "our",
        "your", "their", "what", "who", "where", "how", "why", "when", "can", "will", "would", "should", "could", "has",
        "had", "were", "been", "do", "does", "did", "no", "yes", "all", "about", "there", "here", "so", "very", "more",
        "just", "also", "if", "then", "than", "which", "up", "out", "get", "got", "please", "thanks", "thank", "me", "him",
        "them", "us", "its", "it's", "i'm", "don't", "can't", "isn't", "these", "those", "into", "after", "before", "again",
        "still", "really", "today", "tomorrow", "anyone", "someone", "everyone", "because", "while", "any", "some", "much",
        "many", "too", "only", "other", "new", "one", "am", "being", "doesn't", "won't", "you're", "that's", "there's",
    ];

    public static readonly string[] German =
    [
        "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "einen", "ich", "sie", "es", "mit", "auf", "für", "sich",
        "dem", "den", "des", "auch", "wir", "ihr", "sind", "noch", "wie", "aber", "oder", "wenn", "nach", "bei", "aus",
        "werden", "wird", "kann", "haben", "hat", "habe", "mein", "unser", "über", "zum", "zur", "heute", "morgen", "schon",
        "sehr", "nur", "doch", "bitte", "danke", "warum", "wo", "wann", "wer", "kein", "keine", "bis", "vom",
    ];

    public static readonly string[] French =
    [
        "le", "la", "les", "un", "une", "des", "et", "est", "ne", "pas", "je", "tu", "il", "elle", "nous", "vous", "ils",
        "que", "qui", "dans", "pour", "sur", "avec", "au", "aux", "du", "ce", "cette", "mais", "ou", "où", "sont", "ont",
        "avons", "avez", "suis", "très", "bien", "merci", "aujourd'hui", "demain", "pourquoi", "comment", "quand", "mon",
        "notre", "votre", "leur", "plus", "tout", "tous", "être", "avoir", "fait", "c'est", "j'ai", "il y",
    ];

    public static readonly string[] Spanish =
    [
        "el", "la", "los", "las", "un", "una", "y", "es", "no", "que", "de", "en", "por", "para", "con", "del", "al", "lo",
        "se", "su", "sus", "mi", "nuestro", "pero", "muy", "más", "está", "están", "estoy", "somos", "soy", "hoy", "mañana",
        "gracias", "por qué", "cómo", "cuándo", "dónde", "también", "todo", "todos", "hay", "este", "esta", "yo", "nosotros",
    ];
}
