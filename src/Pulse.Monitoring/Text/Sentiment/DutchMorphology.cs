using System.Runtime.CompilerServices;

namespace Pulse.Monitoring.Text.Sentiment;

/// <summary>
/// Finds a Dutch word that is not in the lexicon through its lemma or its compound head:
/// inflections ("kapotte", "mooiste", "duidelijkheid", "positieve", "grote"), compounds whose
/// last part is known ("klantvriendelijker" → vriendelijk), intensifying first parts
/// ("superhandig"), and "-loos"/"-vrij" after a negative word ("probleemloos" is good).
/// </summary>
internal static class DutchMorphology
{
    private static readonly string[] Suffixes = ["heden", "heid", "ste", "ere", "ers", "er", "st", "en", "e", "s", "t", "d"];

    private static readonly string[] IntensifyingPrefixes = ["super", "mega", "hyper", "kei", "reuze", "bere", "oer", "snoei", "dood", "bloed", "top", "wereld", "ultra", "hart"];

    private const int MinimumPart = 3;

    /// <summary>Shorter stems are too often other words ("weet" is not "wee", "laten" not "lat").</summary>
    private const int MinimumStem = 4;
    /// <summary>Short heads split too many words wrongly ("vergoed" is not ver+goed, "parkeerterrein" not …+rein).</summary>
    private const int MinimumHead = 6;

    /// <summary>The valence of <paramref name="word"/> (lower case) through its lemma or compound head, with the rule that found it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryLookup(SentimentLexicon lexicon, ReadOnlySpan<char> word, out double valence, out string rule)
    {
        var hyphen = word.LastIndexOf('-');
        if (hyphen > 0 && hyphen < word.Length - 1 && TryLemma(lexicon, word[(hyphen + 1)..], out valence))
        {
            rule = "compound:" + word[(hyphen + 1)..].ToString();
            return true;
        }

        if (TryInflected(lexicon, word, out valence))
        {
            rule = "inflection";
            return true;
        }

        // "-loos" and "-vrij" turn a problem into its absence.
        foreach (var absence in (ReadOnlySpan<string>)["loos", "loze", "vrij", "vrije"])
        {
            if (word.Length > absence.Length + MinimumPart && word.EndsWith(absence, StringComparison.Ordinal))
            {
                var stem = word[..^absence.Length];
                if (stem.EndsWith('s')) stem = stem[..^1];
                if (TryLemma(lexicon, stem, out var problem) && problem < 0)
                {
                    valence = Math.Min(2.0, -problem * 0.8);
                    rule = "compound:-" + absence;
                    return true;
                }
            }
        }

        // The longest known head wins: "klantvriendelijker" is vriendelijk(er), not "er".
        for (var split = MinimumPart; split <= word.Length - MinimumHead; split++)
        {
            var head = word[split..];
            if (!TryLemma(lexicon, head, out valence)) continue;
            var modifier = word[..split];
            foreach (var prefix in IntensifyingPrefixes)
            {
                if (modifier.SequenceEqual(prefix))
                {
                    valence = Math.Clamp(valence + (Math.Sign(valence) * SentimentRules.Boost * 2), -4, 4);
                    rule = "compound-intensifier:" + prefix;
                    return true;
                }
            }

            rule = "compound:" + head.ToString();
            return true;
        }

        valence = 0;
        rule = string.Empty;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryLemma(SentimentLexicon lexicon, ReadOnlySpan<char> word, out double valence) =>
        (lexicon.TryGet(word, out valence) && valence != 0) || TryInflected(lexicon, word, out valence);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryInflected(SentimentLexicon lexicon, ReadOnlySpan<char> word, out double valence)
    {
        Span<char> buffer = stackalloc char[64];
        foreach (var suffix in Suffixes)
        {
            if (word.Length < suffix.Length + MinimumStem || word.Length > buffer.Length || !word.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = word[..^suffix.Length];
            if (Found(lexicon, stem, out valence)) return true;
            var last = stem[^1];
            // kapotte → kapot (doubled consonant), positieve → positief, boze → boos, grote → groot (open syllable).
            if (stem.Length > MinimumPart && stem[^2] == last && !IsVowel(last) && Found(lexicon, stem[..^1], out valence)) return true;
            if (last is 'v' or 'z')
            {
                stem.CopyTo(buffer);
                buffer[stem.Length - 1] = last == 'v' ? 'f' : 's';
                if (Found(lexicon, buffer[..stem.Length], out valence)) return true;
                if (stem.Length >= 3 && IsVowel(stem[^2]) && !IsVowel(stem[^3]) && Doubled(buffer, stem.Length, out var doubledLength) && Found(lexicon, buffer[..doubledLength], out valence)) return true;
            }
            else if (stem.Length >= 3 && !IsVowel(last) && IsVowel(stem[^2]) && !IsVowel(stem[^3]))
            {
                stem.CopyTo(buffer);
                if (Doubled(buffer, stem.Length, out var doubledLength) && Found(lexicon, buffer[..doubledLength], out valence)) return true;
            }
        }

        valence = 0;
        return false;
    }

    /// <summary>"grot" → "groot": doubles the vowel before the last consonant, in place.</summary>
    private static bool Doubled(Span<char> buffer, int length, out int newLength)
    {
        newLength = length + 1;
        if (newLength > buffer.Length || buffer[length - 2] is 'i') return false;
        buffer[length] = buffer[length - 1];
        buffer[length - 1] = buffer[length - 2];
        return true;
    }

    private static bool Found(SentimentLexicon lexicon, ReadOnlySpan<char> stem, out double valence) =>
        lexicon.TryGet(stem, out valence) && valence != 0;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'é' or 'ë';
}
