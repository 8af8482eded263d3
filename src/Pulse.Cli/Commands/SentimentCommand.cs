using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Pulse.Application.Sentiment;
using Pulse.Monitoring.Text;
using Pulse.Monitoring.Text.Sentiment;

namespace Pulse.Cli.Commands;

/// <summary>
/// `pulse sentiment`: one text per line on standard input, one JSON object per line out
/// (`{"language","score","label","evidence"}`), streamed so a pipe of any length works in constant memory.
/// </summary>
public static class SentimentCommand
{
    /// <summary>Emoji and accents stay readable in the output; every line is still valid JSON.</summary>
    private static readonly JsonSerializerOptions LineOptions = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var lang = new Option<string>("--lang") { Description = "Language of the texts: nl, en, or auto (detected per line).", DefaultValueFactory = _ => "auto", HelpName = "nl|en|auto" };
        lang.AcceptOnlyFromAmong("nl", "en", "auto");
        var fallback = new Option<string>("--default-lang") { Description = "With --lang auto: the language of lines too short to tell.", DefaultValueFactory = _ => "nl", HelpName = "nl|en" };
        fallback.AcceptOnlyFromAmong("nl", "en");
        var lexicons = new Option<string[]>("--lexicon")
        {
            Description = "Extra lexicon file(s) on top of the built-in ones: VADER or AFINN (tab-separated) or pattern XML (docs/sentiment.md).",
            HelpName = "FILE",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("sentiment", "Score the sentiment of each line on standard input; writes one JSON object per line (--json is implied).") { lang, fallback, lexicons };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var analyzer = SentimentLexiconFiles.Analyzer(parse.GetValue(lexicons) ?? []);
            var language = parse.GetValue(lang) is "auto" or null ? (TextLanguage?)null : TextLanguageCodes.Parse(parse.GetValue(lang)!);
            var defaultLanguage = TextLanguageCodes.Parse(parse.GetValue(fallback) ?? "nl");
            while (await session.In.ReadLineAsync(cancellationToken) is { } line)
            {
                var result = analyzer.Analyze(line, language, defaultLanguage);
                await session.Out.WriteLineAsync(JsonSerializer.Serialize(
                    new SentimentLine(result.Language.Code(), result.Score, result.Label.Code(), result.Evidence), LineOptions));
            }

            await session.Out.FlushAsync(cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The promised shape of one output line.</summary>
    private sealed record SentimentLine(string Language, double Score, string Label, IReadOnlyList<SentimentEvidence> Evidence);
}
