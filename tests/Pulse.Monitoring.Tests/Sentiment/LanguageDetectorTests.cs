using Pulse.Monitoring.Text;

namespace Pulse.Monitoring.Tests.Sentiment;

public sealed class LanguageDetectorTests
{
    private static readonly LanguageDetector Detector = LanguageDetector.Default;

    [Theory]
    [InlineData("Weet iemand waar de sleutel van het archief ligt?", TextLanguage.Dutch)]
    [InlineData("Does anyone know where the key to the archive is?", TextLanguage.English)]
    [InlineData("Weiß jemand, wo der Schlüssel für das Archiv ist?", TextLanguage.Other)]
    [InlineData("Est-ce que quelqu'un sait où est la clé des archives ?", TextLanguage.Other)]
    [InlineData("¿Alguien sabe dónde está la llave del archivo?", TextLanguage.Other)]
    [InlineData("Кто-нибудь знает, где ключ от архива?", TextLanguage.Other)]
    public void Languages_are_told_apart(string text, TextLanguage expected) => Detector.Detect(text).ShouldBe(expected);

    [Theory]
    [InlineData("Top! 👍", TextLanguage.English)]
    [InlineData("Super bedankt", TextLanguage.English)]
    [InlineData("", TextLanguage.Dutch)]
    public void Short_texts_fall_back_to_the_default(string text, TextLanguage fallback) => Detector.Detect(text, fallback).ShouldBe(fallback);

    [Fact]
    public void Measured_on_labelled_text()
    {
        var dutch = LabelledSets.Dutch("nl-dev.tsv").Concat(LabelledSets.Dutch("nl-test.tsv")).Select(s => (Gold: TextLanguage.Dutch, s.Text));
        var english = LabelledSets.Vader("tweets").Take(500).Select(s => (Gold: TextLanguage.English, s.Text));
        var other = LabelledSets.Dutch("other-languages.tsv").Select(s => (Gold: TextLanguage.Other, s.Text));
        // What `pulse sentiment --lang auto` uses: function words, then lexicon coverage when they do not decide.
        var results = dutch.Concat(english).Concat(other).Select(s => (s.Gold, Detected: Pulse.Monitoring.Text.Sentiment.SentimentAnalyzer.Default.DetectLanguage(s.Text, TextLanguage.Dutch))).ToList();
        foreach (var group in results.GroupBy(r => r.Gold))
        {
            var accuracy = group.Count(r => r.Detected == r.Gold) / (double)group.Count();
            File.AppendAllLines(Path.Combine(Path.GetTempPath(), "pulse-language-evaluation.md"), [$"| {group.Key} | {group.Count()} | {accuracy:P1} |"]);
            accuracy.ShouldBeGreaterThanOrEqualTo(group.Key == TextLanguage.Other ? 0.85 : 0.90, $"{group.Key}");
        }
    }
}
