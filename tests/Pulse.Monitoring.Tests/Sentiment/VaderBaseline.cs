using System.Globalization;

namespace Pulse.Monitoring.Tests.Sentiment;

/// <summary>
/// VADER (Hutto &amp; Gilbert, ICWSM 2014) as published, written here for comparison from its
/// documented algorithm and its lexicon (vader_lexicon.txt, emoji_utf8_lexicon.txt): whitespace
/// tokens with edge punctuation stripped, booster/dampener words with decay over three words,
/// negation (N_SCALAR -0.74, "never so", "without doubt"), "least", ALL-CAPS emphasis, "but",
/// '!' and '?' emphasis, emoji replaced by their names, and normalisation x/√(x²+15).
/// Left out: the table of special idioms ("the bomb", "yeah right"), which touches few texts.
/// </summary>
public sealed class VaderBaseline
{
    private const double BIncr = 0.293;
    private const double BDecr = -0.293;
    private const double CIncr = 0.733;
    private const double NScalar = -0.74;

    private static readonly HashSet<string> Negate = new(StringComparer.Ordinal)
    {
        "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt", "ain't", "aren't", "can't", "couldn't", "daren't",
        "didn't", "doesn't", "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither", "don't", "hadn't", "hasn't",
        "haven't", "isn't", "mightn't", "mustn't", "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
        "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent", "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
        "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite",
    };

    private static readonly Dictionary<string, double> Boosters = Build();

    private readonly Dictionary<string, double> lexicon;
    private readonly Dictionary<string, string> emoji;

    public VaderBaseline(string lexiconPath, string emojiPath)
    {
        // A token listed twice keeps its last line, as a Python dict built line by line does.
        lexicon = File.ReadLines(lexiconPath).Select(l => l.Split('\t')).Where(p => p.Length >= 2)
            .GroupBy(p => p[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => double.Parse(g.Last()[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
        emoji = File.ReadLines(emojiPath).Select(l => l.Split('\t')).Where(p => p.Length >= 2)
            .GroupBy(p => p[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal);
    }

    public double Score(string text)
    {
        text = ReplaceEmoji(text);
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(StripPunctuationIfWord).ToList();
        var capsDiff = words.Any(IsUpper) && !words.All(IsUpper);
        var sentiments = new List<double>();
        for (var i = 0; i < words.Count; i++)
        {
            var lower = words[i].ToLowerInvariant();
            if (Boosters.ContainsKey(lower) || (i < words.Count - 1 && lower == "kind" && words[i + 1].Equals("of", StringComparison.OrdinalIgnoreCase)))
            {
                sentiments.Add(0);
                continue;
            }

            sentiments.Add(Valence(words, i, capsDiff));
        }

        ButCheck(words, sentiments);
        if (sentiments.Count == 0) return 0;
        var sum = sentiments.Sum();
        var emphasis = Math.Min(text.Count(c => c == '!'), 4) * 0.292;
        var questions = text.Count(c => c == '?');
        if (questions > 1) emphasis += questions <= 3 ? questions * 0.18 : 0.96;
        if (sum > 0) sum += emphasis;
        else if (sum < 0) sum -= emphasis;
        return Math.Clamp(sum / Math.Sqrt((sum * sum) + 15), -1, 1);
    }

    private double Valence(List<string> words, int i, bool capsDiff)
    {
        var item = words[i];
        var lower = item.ToLowerInvariant();
        if (!lexicon.TryGetValue(lower, out var valence)) return 0;
        if (lower == "no" && i != words.Count - 1 && lexicon.ContainsKey(words[i + 1].ToLowerInvariant())) valence = 0;
        if ((i > 0 && words[i - 1].Equals("no", StringComparison.OrdinalIgnoreCase)) || (i > 1 && words[i - 2].Equals("no", StringComparison.OrdinalIgnoreCase))
            || (i > 2 && words[i - 3].Equals("no", StringComparison.OrdinalIgnoreCase) && words[i - 1].ToLowerInvariant() is "or" or "nor"))
        {
            valence *= NScalar;
        }

        if (IsUpper(item) && capsDiff) valence += valence > 0 ? CIncr : -CIncr;
        for (var start = 0; start < 3; start++)
        {
            if (i > start && !lexicon.ContainsKey(words[i - (start + 1)].ToLowerInvariant()))
            {
                var s = ScalarIncDec(words[i - (start + 1)], valence, capsDiff);
                if (start == 1 && s != 0) s *= 0.95;
                if (start == 2 && s != 0) s *= 0.9;
                valence += s;
                valence = NegationCheck(valence, words, start, i);
            }
        }

        return LeastCheck(valence, words, i);
    }

    private static double ScalarIncDec(string word, double valence, bool capsDiff)
    {
        if (!Boosters.TryGetValue(word.ToLowerInvariant(), out var scalar)) return 0;
        if (valence < 0) scalar *= -1;
        if (IsUpper(word) && capsDiff) scalar += valence > 0 ? CIncr : -CIncr;
        return scalar;
    }

    private static double NegationCheck(double valence, List<string> words, int start, int i)
    {
        string W(int back) => words[i - back].ToLowerInvariant();
        switch (start)
        {
            case 0:
                if (Negated(W(1))) valence *= NScalar;
                break;
            case 1:
                if (W(2) == "never" && W(1) is "so" or "this") valence *= 1.25;
                else if (W(2) == "without" && W(1) == "doubt") { }
                else if (Negated(W(2))) valence *= NScalar;
                break;
            case 2:
                if (W(3) == "never" && (W(2) is "so" or "this" || W(1) is "so" or "this")) valence *= 1.25;
                else if (W(3) == "without" && (W(2) == "doubt" || W(1) == "doubt")) { }
                else if (Negated(W(3))) valence *= NScalar;
                break;
        }

        return valence;
    }

    private double LeastCheck(double valence, List<string> words, int i)
    {
        if (i > 1 && !lexicon.ContainsKey(words[i - 1].ToLowerInvariant()) && words[i - 1].Equals("least", StringComparison.OrdinalIgnoreCase))
        {
            if (words[i - 2].ToLowerInvariant() is not ("at" or "very")) valence *= NScalar;
        }
        else if (i > 0 && !lexicon.ContainsKey(words[i - 1].ToLowerInvariant()) && words[i - 1].Equals("least", StringComparison.OrdinalIgnoreCase))
        {
            valence *= NScalar;
        }

        return valence;
    }

    private static void ButCheck(List<string> words, List<double> sentiments)
    {
        var index = words.FindIndex(w => w.Equals("but", StringComparison.OrdinalIgnoreCase));
        if (index < 0) return;
        for (var s = 0; s < sentiments.Count; s++)
        {
            if (s < index) sentiments[s] *= 0.5;
            else if (s > index) sentiments[s] *= 1.5;
        }
    }

    private static bool Negated(string word) => Negate.Contains(word) || word.Contains("n't", StringComparison.Ordinal);

    private static bool IsUpper(string word) => word.Any(char.IsLetter) && !word.Any(char.IsLower);

    private static string StripPunctuationIfWord(string token)
    {
        var stripped = token.Trim("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".ToCharArray());
        return stripped.Length <= 2 ? token : stripped;
    }

    private string ReplaceEmoji(string text)
    {
        if (text.All(c => c < 0x2000)) return text;
        var builder = new System.Text.StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var s = rune.ToString();
            builder.Append(emoji.TryGetValue(s, out var name) ? " " + name + " " : s);
        }

        return builder.ToString();
    }

    private static Dictionary<string, double> Build()
    {
        var up = "absolutely amazingly awfully completely considerable considerably decidedly deeply effing enormous enormously entirely especially exceptional exceptionally extreme extremely fabulously flipping flippin frackin fracking fricking frickin frigging friggin fully fuckin fucking fuggin fugging greatly hella highly hugely incredible incredibly intensely major majorly more most particularly purely quite really remarkably so substantially thoroughly total totally tremendous tremendously uber unbelievably unusually utter utterly very";
        var down = "almost barely hardly kinda kindof kind-of less little marginal marginally occasional occasionally partly scarce scarcely slight slightly somewhat sorta sortof sort-of";
        var map = up.Split(' ').ToDictionary(w => w, _ => BIncr, StringComparer.Ordinal);
        foreach (var w in down.Split(' ')) map[w] = BDecr;
        return map;
    }
}
