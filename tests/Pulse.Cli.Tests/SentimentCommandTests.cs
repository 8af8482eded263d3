using System.Text.Json;

namespace Pulse.Cli.Tests;

public sealed class SentimentCommandTests
{
    [Fact]
    public async Task Each_line_gets_one_json_object_with_language_score_label_and_evidence()
    {
        var run = await CliRun.RunWithInputAsync(
            "Bedankt voor het oplossen van de storing!\nThe update is not bad at all\nDe wifi doet het weer niet 😡\n\n",
            "sentiment");

        run.ExitCode.ShouldBe(0, run.Error);
        var lines = run.JsonLines();
        lines.Count.ShouldBe(4);
        lines[0].GetProperty("language").GetString().ShouldBe("nl");
        lines[0].GetProperty("label").GetString().ShouldBe("positive");
        lines[0].GetProperty("score").GetDouble().ShouldBeInRange(0.05, 1);
        lines[0].GetProperty("evidence").EnumerateArray().ShouldContain(e => e.GetProperty("text").GetString() == "Bedankt");
        lines[1].GetProperty("language").GetString().ShouldBe("en");
        lines[1].GetProperty("label").GetString().ShouldBe("positive");
        lines[1].GetProperty("evidence")[0].GetProperty("rules").EnumerateArray().Select(r => r.GetString()).ShouldContain("negation:not");
        lines[2].GetProperty("label").GetString().ShouldBe("negative");
        lines[3].GetProperty("label").GetString().ShouldBe("neutral");
        lines[3].GetProperty("evidence").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Lang_forces_the_language_and_json_is_accepted()
    {
        var run = await CliRun.RunWithInputAsync("goed\n", "sentiment", "--lang", "en", "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        var line = run.JsonLines().Single();
        line.GetProperty("language").GetString().ShouldBe("en");
        // "goed" is no English word: nothing carries the score.
        line.GetProperty("label").GetString().ShouldBe("neutral");
    }

    [Fact]
    public async Task Extra_lexicons_in_afinn_vader_and_pattern_format_are_laid_over_the_built_in_one()
    {
        var folder = Directory.CreateTempSubdirectory("pulse-lexicon-");
        try
        {
            var afinn = Path.Combine(folder.FullName, "afinn.txt");
            var vader = Path.Combine(folder.FullName, "vader.txt");
            var pattern = Path.Combine(folder.FullName, "eigen.xml");
            await File.WriteAllTextAsync(afinn, "reorganisatie\t-3\nflexwerken\t2\n");
            await File.WriteAllTextAsync(vader, "hackathon\t2.5\t0.5\t[2, 3]\n");
            await File.WriteAllTextAsync(pattern, "<sentiment><word form=\"kantoortuin\" polarity=\"-0.8\" /></sentiment>");

            var run = await CliRun.RunWithInputAsync(
                "De reorganisatie van de afdeling\nflexwerken op vrijdag\nde hackathon van de afdeling\nde kantoortuin op de derde\n",
                "sentiment", "--lang", "nl", "--lexicon", afinn, vader, "--lexicon", pattern);

            run.ExitCode.ShouldBe(0, run.Error);
            run.JsonLines().Select(l => l.GetProperty("label").GetString()).ShouldBe(["negative", "positive", "positive", "negative"]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_or_broken_lexicon_is_wrong_usage_in_one_sentence()
    {
        var missing = await CliRun.RunWithInputAsync("goed\n", "sentiment", "--lexicon", "/nonexistent/lexicon.txt");
        missing.ExitCode.ShouldBe(2);
        missing.Error.ShouldContain("/nonexistent/lexicon.txt");

        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, "goed 2\n");
            var broken = await CliRun.RunWithInputAsync("goed\n", "sentiment", "--lexicon", file);
            broken.ExitCode.ShouldBe(2);
            broken.Error.ShouldContain("line 1");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_wrong_language_is_wrong_usage()
    {
        var run = await CliRun.RunWithInputAsync("goed\n", "sentiment", "--lang", "de");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("de");
    }

    [Fact]
    public async Task Bench_sentiment_reports_sentences_per_second()
    {
        var run = await CliRun.RunAsync("bench", "sentiment", "--sentences", "2000", "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        var result = run.Json();
        result.GetProperty("sentences").GetInt32().ShouldBe(2000);
        result.GetProperty("sentencesPerSecond").GetDouble().ShouldBeGreaterThan(0);
        (result.GetProperty("positive").GetInt32() + result.GetProperty("neutral").GetInt32() + result.GetProperty("negative").GetInt32()).ShouldBe(2000);
    }

    [Fact]
    public async Task Every_output_line_is_valid_json_even_for_quotes_and_control_characters()
    {
        var run = await CliRun.RunWithInputAsync("\"Top\" zei ze\t\\ \u0001 👍\n", "sentiment");

        run.ExitCode.ShouldBe(0, run.Error);
        Should.NotThrow(() => JsonDocument.Parse(run.Output.Trim()));
        run.JsonLines().Single().GetProperty("evidence").EnumerateArray().ShouldContain(e => e.GetProperty("text").GetString() == "👍");
    }
}
