using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Pulse.Monitoring.Text.Sentiment;

/// <summary>
/// Scores a text in [-1, 1] by lexicon and rules, in the manner of VADER (Hutto &amp; Gilbert 2014):
/// each sentiment word's valence (-4..+4) is adjusted by capitals, boosters and diminishers,
/// negation and contrast; the sum is normalised with x / √(x² + 15). On top of that come Dutch
/// morphology and the workplace rules: a question, a suggestion and an announcement are not
/// complaints, and the problem after "bedankt voor" is solved, not complained about.
/// Pure and thread-safe; the text is lower-cased into a stack buffer and looked up as spans.
/// The hot methods are marked AggressiveOptimization: `pulse sentiment` is a short process, and
/// tiered compilation would otherwise run most of a 100,000-line pipe in unoptimised code.
/// </summary>
public sealed class SentimentAnalyzer
{
    /// <summary>VADER's normalisation constant: the raw sum at which the score reaches about ±0.25 per word is kept.</summary>
    public const double Alpha = 15;

    /// <summary>A negated word keeps 74 % of its strength with the opposite sign (VADER's N_SCALAR).</summary>
    public const double NegationScalar = -0.74;

    /// <summary>An all-capitals word in a mixed-case text gains this much (VADER's C_INCR).</summary>
    public const double CapsIncrement = 0.733;

    /// <summary>Each '!' (up to four) adds this much in the direction of the sum (VADER).</summary>
    public const double ExclamationIncrement = 0.292;

    /// <summary>Before a contrast word a clause weighs half, after it one and a half (VADER's "but").</summary>
    public const double BeforeContrast = 0.5;

    public const double AfterContrast = 1.5;

    /// <summary>A question keeps this share of its sentiment, unless a word is strong (|valence| ≥ <see cref="StrongValence"/>).</summary>
    public const double QuestionScalar = 0.15;

    /// <summary>A suggestion ("zou het handig zijn als…") keeps this share: it proposes, it does not judge.</summary>
    public const double SuggestionScalar = 0.1;

    /// <summary>An announcement keeps this share of its negative words ("wegens onderhoud niet beschikbaar").</summary>
    public const double AnnouncementScalar = 0.1;

    public const double StrongValence = 2.5;

    private const int MaxLookBack = 3;
    private const int StackLimit = 512;
    private static readonly double[] Decay = [1.0, 0.95, 0.9];

    private readonly SentimentLexicon dutch;
    private readonly SentimentLexicon english;
    private readonly SentimentLexicon emoji;
    private readonly SentimentLexicon none = new([]);

    public SentimentAnalyzer(SentimentLexicon dutch, SentimentLexicon english, SentimentLexicon emoji, LanguageDetector? detector = null)
    {
        this.dutch = dutch ?? throw new ArgumentNullException(nameof(dutch));
        this.english = english ?? throw new ArgumentNullException(nameof(english));
        this.emoji = emoji ?? throw new ArgumentNullException(nameof(emoji));
        Detector = detector ?? LanguageDetector.Default;
    }

    /// <summary>The built-in lexicons (docs/sentiment.md).</summary>
    public static SentimentAnalyzer Default => DefaultAnalyzer.Value;

    private static readonly Lazy<SentimentAnalyzer> DefaultAnalyzer = new(() => new(BuiltInLexicons.Dutch, BuiltInLexicons.English, BuiltInLexicons.Emoji));

    public LanguageDetector Detector { get; }

    /// <summary>This analyzer with an organisation's own entries on top of both the Dutch and the English lexicon.</summary>
    public SentimentAnalyzer WithExtra(IReadOnlyCollection<LexiconEntry> extra) =>
        extra.Count == 0 ? this : new(dutch.With(extra), english.With(extra), emoji, Detector);

    /// <summary>
    /// The sentiment of <paramref name="text"/>. Without a <paramref name="language"/> it is detected,
    /// falling back to <paramref name="fallback"/> for short texts; "other" texts count only emoji.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SentimentResult Analyze(string text, TextLanguage? language = null, TextLanguage fallback = TextLanguage.Dutch)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lang = language ?? DetectLanguage(text, fallback);
        var (lexicon, rules) = lang switch
        {
            TextLanguage.Dutch => (dutch, SentimentRules.Dutch),
            TextLanguage.English => (english, SentimentRules.English),
            _ => (none, SentimentRules.None),
        };

        char[]? rentedText = null;
        Token[]? rentedTokens = null;
        try
        {
            var lower = text.Length <= StackLimit ? stackalloc char[text.Length] : (rentedText = ArrayPool<char>.Shared.Rent(text.Length)).AsSpan(0, text.Length);
            text.AsSpan().ToLowerInvariant(lower);
            var tokens = text.Length <= StackLimit / 2 ? stackalloc Token[text.Length + 1] : (rentedTokens = ArrayPool<Token>.Shared.Rent(text.Length + 1)).AsSpan();
            Span<Sentence> sentences = stackalloc Sentence[64];
            var (count, sentenceCount, mixedCase) = Tokenize(text, lower, tokens, sentences, emoji);
            return Score(text, lower, tokens[..count], sentences[..sentenceCount], mixedCase, lang, lexicon, rules);
        }
        finally
        {
            if (rentedText is not null) ArrayPool<char>.Shared.Return(rentedText);
            if (rentedTokens is not null) ArrayPool<Token>.Shared.Return(rentedTokens);
        }
    }

    /// <summary>
    /// The language by function words (<see cref="LanguageDetector"/>); when they do not decide
    /// ("Stupid rain. Stupid treadmill hell."), by which lexicon knows more of the words.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TextLanguage DetectLanguage(string text, TextLanguage fallback = TextLanguage.Dutch)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Detector.TryDetect(text, out var words) is { } decided) return decided;
        if (text.AsSpan().IndexOfAnyExceptInRange('\0', '\u024F') >= 0 && Detector.Detect(text, fallback) == TextLanguage.Other) return TextLanguage.Other;
        int inDutch = 0, inEnglish = 0;
        Span<char> lower = stackalloc char[32];
        foreach (var range in text.AsSpan().SplitAny(" \t.,;:!?()\"'"))
        {
            var word = text.AsSpan()[range];
            if (word.IsEmpty || word.Length > lower.Length) continue;
            word.ToLowerInvariant(lower);
            if (dutch.TryGet(lower[..word.Length], out var nl) && nl != 0) inDutch++;
            if (english.TryGet(lower[..word.Length], out var en) && en != 0) inEnglish++;
        }

        if (inDutch > inEnglish) return TextLanguage.Dutch;
        if (inEnglish > inDutch) return TextLanguage.English;
        return words >= 6 ? TextLanguage.Other : fallback;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private SentimentResult Score(string text, ReadOnlySpan<char> lower, ReadOnlySpan<Token> tokens, Span<Sentence> sentences, bool mixedCase, TextLanguage language, SentimentLexicon lexicon, SentimentRules rules)
    {
        var found = new List<Found>();
        Span<char> phrase = stackalloc char[96];
        var t = 0;
        var floor = 0;
        while (t < tokens.Length)
        {
            var token = tokens[t];
            var word = lower.Slice(token.Start, token.Length);
            double valence;
            string rule;
            var span = 1;
            if (token.Kind == TokenKind.Emoji)
            {
                emoji.TryGet(word, out valence);
                rule = "emoji";
            }
            else if (TryPhrase(lower, tokens, t, lexicon, phrase, out span, out valence))
            {
                rule = "phrase";
            }
            else if (IsRuleWord(lower, tokens, t, rules) && !LoneNo(lower, tokens, t, lexicon, rules))
            {
                t++;
                continue;
            }
            else if (lexicon.TryGet(word, out valence))
            {
                rule = "lexicon";
            }
            else if (emoji.TryGet(word, out valence))
            {
                rule = "emoticon";
            }
            else if (rules.DutchMorphology && lexicon.TryMorphology(word, out valence, out rule))
            {
            }
            else
            {
                t++;
                continue;
            }

            if (valence == 0)
            {
                t += span;
                continue;
            }

            var applied = new List<string>(4) { rule };
            if (mixedCase && token.AllCaps && token.Kind == TokenKind.Word)
            {
                valence += Math.Sign(valence) * CapsIncrement;
                applied.Add("caps");
            }

            // Emoji carry their own feeling: "niet" before 😡 belongs to the words, not to the face.
            if (token.Kind == TokenKind.Word) valence = LookBack(lower, tokens, t, floor, rules, valence, applied);
            found.Add(new Found(tokens[t].Start, tokens[t + span - 1].Start + tokens[t + span - 1].Length, token.Sentence, t, valence, applied));
            t += span;
            if (span > 1) floor = t;
        }

        ApplyWorkplaceRules(lower, tokens, sentences, rules, found);
        ApplyContrast(lower, tokens, rules, found);
        var sum = 0.0;
        foreach (var f in found)
        {
            sum += f.Valence;
        }

        var evidence = new List<SentimentEvidence>(found.Count + 1);
        foreach (var f in found)
        {
            evidence.Add(new SentimentEvidence(text[f.Start..f.End], Math.Round(f.Valence, 3), f.Rules));
        }

        var exclamations = 0;
        foreach (var s in sentences)
        {
            exclamations += s.Exclamations;
        }

        if (sum != 0 && exclamations > 0)
        {
            var boost = Math.Min(exclamations, 4) * ExclamationIncrement * Math.Sign(sum);
            sum += boost;
            evidence.Add(new SentimentEvidence(new string('!', Math.Min(exclamations, 4)), Math.Round(boost, 3), ["exclamation"]));
        }

        var questionMarks = 0;
        foreach (var s in sentences)
        {
            questionMarks += s.QuestionMarks;
        }

        // VADER: two or more '?' emphasise; where questions are a genre (Dutch) they damp instead.
        if (sum != 0 && questionMarks > 1 && !rules.WorkplaceGenres)
        {
            var boost = (questionMarks <= 3 ? questionMarks * 0.18 : 0.96) * Math.Sign(sum);
            sum += boost;
            evidence.Add(new SentimentEvidence(new string('?', Math.Min(questionMarks, 4)), Math.Round(boost, 3), ["question-marks"]));
        }

        var score = Math.Clamp(sum / Math.Sqrt((sum * sum) + Alpha), -1, 1);
        score = Math.Round(score, 4);
        return new SentimentResult(language, score, SentimentLabels.Of(score), evidence);
    }

    /// <summary>Boosters and diminishers shift the valence away from or toward zero; a negator flips it (VADER's window of three words).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double LookBack(ReadOnlySpan<char> lower, ReadOnlySpan<Token> tokens, int t, int floor, SentimentRules rules, double valence, List<string> applied)
    {
        var negated = false;
        for (var k = 1; k <= MaxLookBack && t - k >= floor; k++)
        {
            var previous = tokens[t - k];
            // A comma ends the clause: "niet meer kapot, dank aan…" does not negate "dank".
            // Dutch clauses end at a comma or a full stop; English keeps VADER's plain three-word window.
            if (previous.Kind != TokenKind.Word || (rules.WorkplaceGenres && (previous.Sentence != tokens[t].Sentence || tokens[t - k + 1].AfterPunctuation))) break;
            var word = lower.Slice(previous.Start, previous.Length);
            if (t - k - 1 >= floor && PairScalar(lower, tokens, t - k - 1, rules, out var pair))
            {
                valence += Math.Sign(valence) * pair * Decay[k - 1];
                applied.Add("booster:" + lower.Slice(tokens[t - k - 1].Start, previous.Start + previous.Length - tokens[t - k - 1].Start).ToString());
                k++;
                continue;
            }

            if (rules.BoosterLookup.TryGetValue(word, out var scalar))
            {
                valence += Math.Sign(valence) * scalar * Decay[k - 1];
                applied.Add((scalar > 0 ? "booster:" : "diminisher:") + word.ToString());
            }
            else if (!negated && IsNegator(word, rules) && NeverSo(lower, tokens, t - k, t))
            {
                // "nooit eerder zo'n goed…", "never so good": the negator intensifies (VADER's "never so/this").
                valence *= 1.25;
                applied.Add("booster:" + word.ToString());
                negated = true;
            }
            else if (!negated && IsNegator(word, rules))
            {
                negated = true;
                valence *= NegationScalar;
                applied.Add("negation:" + word.ToString());
            }
        }

        return valence;
    }

    /// <summary>VADER: "no" before a sentiment word negates it, elsewhere ("no way", "no.") it is itself negative.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool LoneNo(ReadOnlySpan<char> lower, ReadOnlySpan<Token> tokens, int t, SentimentLexicon lexicon, SentimentRules rules) =>
        rules == SentimentRules.English && lower.Slice(tokens[t].Start, tokens[t].Length).SequenceEqual("no")
        && !(t + 1 < tokens.Length && lexicon.TryGet(lower.Slice(tokens[t + 1].Start, tokens[t + 1].Length), out _));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool NeverSo(ReadOnlySpan<char> lower, ReadOnlySpan<Token> tokens, int negator, int word)
    {
        var never = lower.Slice(tokens[negator].Start, tokens[negator].Length);
        if (!never.SequenceEqual("nooit") && !never.SequenceEqual("never")) return false;
        for (var i = negator + 1; i < word; i++)
        {
            var between = lower.Slice(tokens[i].Start, tokens[i].Length);
            if (between is "zo" or "zo'n" or "so" or "this" or "such") return true;
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsNegator(ReadOnlySpan<char> word, SentimentRules rules) =>
        rules.NegatorLookup.Contains(word)
        || (rules == SentimentRules.English && (word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("n’t", StringComparison.Ordinal)));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool PairScalar(ReadOnlySpan<char> lower, ReadOnlySpan<Token> tokens, int first, SentimentRules rules, out double scalar)
    {
        scalar = 0;
        if (first + 1 >= tokens.Length || tokens[first].Sentence != tokens[first + 1].Sentence) return false;
        var a = lower.Slice(tokens[first].Start, tokens[first].Length);
        if (!rules.PairStarts.Contains(a)) return false;
        Span<char> pair = stackalloc char[48];
        var b = lower.Slice(tokens[first + 1].Start, tokens[first + 1].Length);
        if (a.Length + b.Length + 1 > pair.Length) return false;
        a.CopyTo(pair);
        pair[a.Length] = ' ';
        b.CopyTo(pair[(a.Length + 1)..]);
        return rules.PairLookup.TryGetValue(pair[..(a.Length + b.Length + 1)], out scalar);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsRuleWord(ReadOnlySpan<char> lower, ReadOnlySpan<Token> tokens, int t, SentimentRules rules)
    {
        var word = lower.Slice(tokens[t].Start, tokens[t].Length);
        return IsNegator(word, rules)
            || rules.BoosterLookup.Contains(word)
            || PairScalar(lower, tokens, t, rules, out _)
            || (t > 0 && PairScalar(lower, tokens, t - 1, rules, out _));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryPhrase(ReadOnlySpan<char> lower, ReadOnlySpan<Token> tokens, int t, SentimentLexicon lexicon, Span<char> buffer, out int span, out double valence)
    {
        span = 1;
        valence = 0;
        var first = lower.Slice(tokens[t].Start, tokens[t].Length);
        if (lexicon.MaxPhraseWords < 2 || !lexicon.StartsPhrase(first)) return false;
        for (var words = Math.Min(lexicon.MaxPhraseWords, tokens.Length - t); words >= 2; words--)
        {
            var length = 0;
            var fits = true;
            for (var w = 0; w < words && fits; w++)
            {
                var token = tokens[t + w];
                if (token.Sentence != tokens[t].Sentence || token.Kind != TokenKind.Word || length + token.Length + 1 > buffer.Length)
                {
                    fits = false;
                    break;
                }

                if (w > 0) buffer[length++] = ' ';
                lower.Slice(token.Start, token.Length).CopyTo(buffer[length..]);
                length += token.Length;
            }

            if (fits && lexicon.TryGet(buffer[..length], out valence))
            {
                span = words;
                return true;
            }
        }

        return false;
    }

    /// <summary>Questions, suggestions, announcements and thanks-for, per sentence.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ApplyWorkplaceRules(ReadOnlySpan<char> lower, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, SentimentRules rules, List<Found> found)
    {
        if (found.Count == 0) return;
        var thanks = rules.ThanksLookup;
        var suggestion = rules.SuggestionLookup;
        var announcement = rules.AnnouncementLookup;
        var questionStarts = rules.QuestionLookup;
        for (var s = 0; s < sentences.Length; s++)
        {
            var thanksFrom = int.MaxValue;
            var isSuggestion = false;
            var isAnnouncement = false;
            var isQuestion = sentences[s].Question && rules.WorkplaceGenres;
            var firstInSentence = true;
            var position = 0;
            for (var t = 0; t < tokens.Length; t++)
            {
                if (tokens[t].Sentence != s || tokens[t].Kind != TokenKind.Word) continue;
                var word = lower.Slice(tokens[t].Start, tokens[t].Length);
                // "Wat een gedoe!" exclaims, "Wat is de planning" asks.
                if (firstInSentence && questionStarts.Contains(word) && rules == SentimentRules.Dutch && sentences[s].Exclamations == 0
                    && !(t + 1 < tokens.Length && lower.Slice(tokens[t + 1].Start, tokens[t + 1].Length).SequenceEqual("een"))) isQuestion = true;
                // Announcements say so at the start: "Herinnering:", "Wegens onderhoud…", "FYI".
                isAnnouncement |= rules.WorkplaceGenres && position < 3 && announcement.Contains(word);
                position++;
                firstInSentence = false;
                if (rules.WorkplaceGenres && thanksFrom == int.MaxValue && thanks.Contains(word))
                {
                    for (var k = 1; k <= MaxLookBack && t + k < tokens.Length && tokens[t + k].Sentence == s; k++)
                    {
                        if (lower.Slice(tokens[t + k].Start, tokens[t + k].Length).SequenceEqual(rules.ThanksFor)) thanksFrom = t + k;
                    }
                }

                isSuggestion |= rules.WorkplaceGenres && suggestion.Contains(word);
            }

            foreach (var f in found)
            {
                if (f.Sentence != s) continue;
                if (f.Token > thanksFrom && f.Valence < 0)
                {
                    f.Valence = 0;
                    f.Rules.Add("thanks-for");
                    continue;
                }

                if (isQuestion && Math.Abs(f.Valence) < StrongValence && f.Token < thanksFrom)
                {
                    f.Valence *= QuestionScalar;
                    f.Rules.Add("question");
                }
                else if (isSuggestion)
                {
                    f.Valence *= SuggestionScalar;
                    f.Rules.Add("suggestion");
                }
                else if (isAnnouncement && f.Valence < 0 && !f.Rules.Contains("emoji"))
                {
                    f.Valence *= AnnouncementScalar;
                    f.Rules.Add("announcement");
                }
            }
        }
    }

    /// <summary>
    /// The first contrast word divides the text. Dutch "maar" is also a particle ("laat maar weten"),
    /// so it only contrasts at a clause start or after sentiment has been expressed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ApplyContrast(ReadOnlySpan<char> lower, ReadOnlySpan<Token> tokens, SentimentRules rules, List<Found> found)
    {
        if (found.Count == 0) return;
        var contrast = rules.ContrastLookup;
        for (var t = 0; t < tokens.Length; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || !contrast.Contains(lower.Slice(tokens[t].Start, tokens[t].Length))) continue;
            var clauseStart = t == 0 || tokens[t].AfterPunctuation || tokens[t - 1].Sentence != tokens[t].Sentence;
            var sentimentBefore = found.Exists(f => f.Token < t && f.Valence != 0);
            if (!clauseStart && !sentimentBefore) continue;
            foreach (var f in found)
            {
                var before = f.Token < t;
                f.Valence *= before ? BeforeContrast : AfterContrast;
                f.Rules.Add(before ? "contrast:before" : "contrast:after");
            }

            return;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int Tokens, int Sentences, bool MixedCase) Tokenize(ReadOnlySpan<char> text, ReadOnlySpan<char> lower, Span<Token> tokens, Span<Sentence> sentences, SentimentLexicon emoji)
    {
        var count = 0;
        var sentence = 0;
        var hasUpper = false;
        var hasLower = false;
        var afterPunctuation = false;
        sentences[0] = default;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                var upper = 0;
                var letters = 0;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' or '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > start)))
                {
                    if (char.IsUpper(text[i])) upper++;
                    if (char.IsLetter(text[i])) letters++;
                    i++;
                }

                hasUpper |= upper > 0;
                hasLower |= upper < letters;
                tokens[count++] = new Token(start, i - start, TokenKind.Word, sentence, letters > 1 && upper == letters, afterPunctuation);
                afterPunctuation = false;
                continue;
            }

            if (IsEmoji(text, i, out var emojiLength))
            {
                tokens[count++] = new Token(i, emojiLength, TokenKind.Emoji, sentence, false, afterPunctuation);
                i += emojiLength;
                continue;
            }

            // An emoticon is a whole whitespace-delimited token made of punctuation: ":)", ":-(", "<3".
            var end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
            if (end - i >= 2 && emoji.TryGet(lower[i..end], out _))
            {
                tokens[count++] = new Token(i, end - i, TokenKind.Emoji, sentence, false, afterPunctuation);
                i = end;
                continue;
            }

            switch (c)
            {
                case '!':
                    sentences[sentence].Exclamations++;
                    break;
                case '?':
                    sentences[sentence].Question = true;
                    sentences[sentence].QuestionMarks++;
                    break;
            }

            afterPunctuation = true;
            i++;
            // A sentence ends at . ! ? followed by a space or the end ("i.v.m." and "3.5" stay whole).
            if (c is '.' or '!' or '?' && (i >= text.Length || char.IsWhiteSpace(text[i])) && sentence < sentences.Length - 1 && count > 0 && tokens[count - 1].Sentence == sentence)
            {
                sentence++;
                sentences[sentence] = default;
            }
        }

        return (count, sentence + 1, hasUpper && hasLower);
    }

    /// <summary>An emoji: a symbol outside letters and punctuation, with its modifiers (skin tone, variation selector, zero-width joiner sequences).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsEmoji(ReadOnlySpan<char> text, int i, out int length)
    {
        length = 0;
        if (Rune.DecodeFromUtf16(text[i..], out var rune, out var consumed) != OperationStatus.Done) return false;
        var category = Rune.GetUnicodeCategory(rune);
        if (category is not (UnicodeCategory.OtherSymbol or UnicodeCategory.MathSymbol) || rune.Value < 0x2000) return false;
        length = consumed;
        while (i + length < text.Length && Rune.DecodeFromUtf16(text[(i + length)..], out var next, out var n) == OperationStatus.Done)
        {
            if (next.Value is 0xFE0F or 0x20E3 || next.Value is >= 0x1F3FB and <= 0x1F3FF)
            {
                length += n;
            }
            else if (next.Value == 0x200D && i + length + n < text.Length && Rune.DecodeFromUtf16(text[(i + length + n)..], out _, out var joined) == OperationStatus.Done)
            {
                length += n + joined;
            }
            else
            {
                break;
            }
        }

        return true;
    }

    private enum TokenKind : byte
    {
        Word,
        Emoji,
    }

    private readonly record struct Token(int Start, int Length, TokenKind Kind, int Sentence, bool AllCaps, bool AfterPunctuation);

    private struct Sentence
    {
        public int Exclamations;
        public bool Question;
        public int QuestionMarks;
    }

    /// <summary>A scored word or phrase on its way to becoming evidence; the rules adjust it in place.</summary>
    private sealed class Found(int start, int end, int sentence, int token, double valence, List<string> rules)
    {
        public int Start { get; } = start;

        public int End { get; } = end;

        public int Sentence { get; } = sentence;

        public int Token { get; } = token;

        public double Valence { get; set; } = valence;

        public List<string> Rules { get; } = rules;
    }
}
