namespace Pulse.Monitoring.Text.Sentiment;

/// <summary>
/// The lexicons shipped inside the assembly (Text/Lexicons, credited in each file's header):
/// a generated base from openly licensed data, overlaid with the team's hand-written corrections.
/// </summary>
public static class BuiltInLexicons
{
    private static readonly Lazy<SentimentLexicon> DutchLexicon = new(() => Load("nl.tsv", "nl-workplace.tsv"));
    private static readonly Lazy<SentimentLexicon> EnglishLexicon = new(() => Load("en.tsv", "en-workplace.tsv"));
    private static readonly Lazy<SentimentLexicon> EmojiLexicon = new(() => Load("emoji.tsv", "emoji-extra.tsv"));

    /// <summary>pattern's Dutch adjectives (PDDL) plus Dutch workplace words.</summary>
    public static SentimentLexicon Dutch => DutchLexicon.Value;

    /// <summary>VADER's words (MIT) plus English workplace words.</summary>
    public static SentimentLexicon English => EnglishLexicon.Value;

    /// <summary>Emoji and emoticons, for every language.</summary>
    public static SentimentLexicon Emoji => EmojiLexicon.Value;

    /// <summary>The text of one built-in lexicon file, e.g. "nl.tsv".</summary>
    public static string ReadResource(string fileName)
    {
        using var stream = typeof(BuiltInLexicons).Assembly.GetManifestResourceStream($"Pulse.Monitoring.Text.Lexicons.{fileName}")
            ?? throw new InvalidOperationException($"built-in lexicon '{fileName}' is missing from the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static SentimentLexicon Load(params string[] layers) =>
        new(layers.SelectMany(file => LexiconParser.Parse(ReadResource(file), LexiconFormat.Pulse)));
}
