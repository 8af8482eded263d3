using Pulse.Monitoring.Text;
using Pulse.Monitoring.Text.Sentiment;

namespace Pulse.Monitoring.Tests.Sentiment;

/// <summary>Laws that hold for any input: no exception, a score in range, evidence taken from the text, same answer on any thread.</summary>
public sealed class SentimentRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "goed", "niet", "heel", "maar", "kapot", "?", "!", ",", ".", " ", "  ", "👍", "😡", "🤦‍♀️", "👍🏽", ":)", ":-(", "GOED", "super",
        "bedankt voor", "een beetje", "best wel", "klantvriendelijker", "é", "\t", "\u0001", "\uD83D", "i.v.m.", "3.5", "don't", "not", "but", "-", "'",
    ];

    [Fact]
    public void Random_texts_score_in_range_with_evidence_from_the_text()
    {
        var random = new Random(9);
        for (var n = 0; n < 5_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => Pieces[random.Next(Pieces.Length)] + (random.Next(3) == 0 ? " " : "")));
            foreach (var language in new TextLanguage?[] { null, TextLanguage.Dutch, TextLanguage.English, TextLanguage.Other })
            {
                var result = SentimentAnalyzer.Default.Analyze(text, language);
                result.Score.ShouldBeInRange(-1, 1, text);
                result.Label.ShouldBe(SentimentLabels.Of(result.Score), text);
                foreach (var evidence in result.Evidence.Where(e => !e.Rules.Contains("exclamation") && !e.Rules.Contains("question-marks")))
                {
                    text.ShouldContain(evidence.Text, Case.Sensitive, text);
                }
            }
        }
    }

    [Fact]
    public void The_analyzer_gives_the_same_answers_on_many_threads()
    {
        var texts = LabelledSets.Dutch("nl-dev.tsv").Select(s => s.Text).ToArray();
        var expected = texts.Select(t => SentimentAnalyzer.Default.Analyze(t).Score).ToArray();
        var fresh = new SentimentAnalyzer(BuiltInLexicons.Dutch, BuiltInLexicons.English, BuiltInLexicons.Emoji);
        var actual = new double[texts.Length];
        Parallel.For(0, texts.Length * 20, i => actual[i % texts.Length] = fresh.Analyze(texts[i % texts.Length]).Score);
        actual.ShouldBe(expected);
    }
}
