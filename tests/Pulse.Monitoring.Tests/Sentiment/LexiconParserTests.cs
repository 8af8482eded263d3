using Pulse.Monitoring.Text;
using Pulse.Monitoring.Text.Sentiment;

namespace Pulse.Monitoring.Tests.Sentiment;

public sealed class LexiconParserTests
{
    [Fact]
    public void Vader_lines_give_their_mean()
    {
        var entries = LexiconParser.Parse("good\t1.9\t0.9434\t[2, 1, 1, 3, 2, 4, 2, 2, 1, 1]\n:)\t2.0\t1.18322\t[2, 2, 1, 1, 1, 1, 4, 3, 4, 1]\n", LexiconFormat.Vader);
        entries.ShouldBe([new LexiconEntry("good", 1.9), new LexiconEntry(":)", 2.0)]);
    }

    [Fact]
    public void Afinn_integers_are_scaled_to_four()
    {
        var entries = LexiconParser.Parse("abandon\t-2\nbreathtaking\t5\n", LexiconFormat.Afinn);
        entries.ShouldBe([new LexiconEntry("abandon", -1.6), new LexiconEntry("breathtaking", 4.0)]);
        Should.Throw<FormatException>(() => LexiconParser.Parse("x\t1.5\n", LexiconFormat.Afinn)).Message.ShouldContain("line 1");
    }

    [Fact]
    public void Pattern_senses_are_averaged_and_scaled()
    {
        const string xml = """
            <sentiment language="nl">
              <word form="Fijn" pos="JJ" polarity="0.6" subjectivity="1.0" />
              <word form="fijn" pos="JJ" polarity="0.2" subjectivity="0.6" />
              <word form="slecht" pos="JJ" polarity="-0.7" subjectivity="0.9" />
            </sentiment>
            """;
        var entries = LexiconParser.Parse(xml, LexiconFormat.PatternXml).ToDictionary(e => e.Term, e => e.Valence);
        entries["fijn"].ShouldBe(0.4 * 3.5, 1e-9);
        entries["slecht"].ShouldBe(-0.7 * 3.5, 1e-9);
    }

    [Fact]
    public void Pulse_files_skip_comments_and_refuse_bad_lines()
    {
        LexiconParser.Parse("# header\nwerkt niet\t-2\n", LexiconFormat.Pulse).Single().Term.ShouldBe("werkt niet");
        Should.Throw<FormatException>(() => LexiconParser.Parse("# x\ngoed 2\n", LexiconFormat.Pulse)).Message.ShouldContain("line 2");
        Should.Throw<ArgumentOutOfRangeException>(() => LexiconParser.Parse("goed\t9\n", LexiconFormat.Pulse));
    }

    [Theory]
    [InlineData("<sentiment><word form=\"a\" polarity=\"1\"/></sentiment>", LexiconFormat.PatternXml)]
    [InlineData("good\t1.9\t0.9\t[2, 1]\n", LexiconFormat.Vader)]
    [InlineData("abandon\t-2\nbreathtaking\t5\n", LexiconFormat.Afinn)]
    [InlineData("# Pulse\ngoed\t1.9\n", LexiconFormat.Pulse)]
    public void The_format_is_recognised_from_the_content(string text, LexiconFormat expected) => LexiconParser.Detect(text).ShouldBe(expected);

    [Fact]
    public void Extra_entries_override_the_built_in_lexicon()
    {
        var analyzer = SentimentAnalyzer.Default.WithExtra([new LexiconEntry("reorganisatie", -2.0), new LexiconEntry("goed", -1.0)]);
        analyzer.Analyze("De reorganisatie", TextLanguage.Dutch).Label.ShouldBe(SentimentLabel.Negative);
        analyzer.Analyze("goed", TextLanguage.Dutch).Label.ShouldBe(SentimentLabel.Negative);
        SentimentAnalyzer.Default.Analyze("goed", TextLanguage.Dutch).Label.ShouldBe(SentimentLabel.Positive);
    }

    [Fact]
    public void The_built_in_lexicons_have_thousands_of_entries()
    {
        BuiltInLexicons.Dutch.Count.ShouldBeGreaterThan(2500);
        BuiltInLexicons.English.Count.ShouldBeGreaterThan(7000);
        BuiltInLexicons.Emoji.Count.ShouldBeGreaterThan(500);
    }
}
