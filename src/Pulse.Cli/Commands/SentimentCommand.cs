using System.Buffers;
using System.CommandLine;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text;
using Pulse.Application.Sentiment;
using Pulse.Monitoring.Text.Sentiment;
using Pulse.Monitoring.Text;

namespace Pulse.Cli.Commands;

/// <summary>
/// `pulse sentiment`: one text per line on standard input, one JSON object per line out
/// (`{"language","score","label","evidence"}`), streamed so a pipe of any length works in constant memory.
/// </summary>
public static class SentimentCommand
{
    /// <summary>Emoji and accents stay readable in the output; every line is still valid JSON.</summary>
    private static readonly JsonWriterOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

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
        runner.Bind(command, (session, parse, cancellationToken) =>
        {
            var analyzer = SentimentLexiconFiles.Analyzer(parse.GetValue(lexicons) ?? []);
            var language = parse.GetValue(lang) is "auto" or null ? (TextLanguage?)null : TextLanguageCodes.Parse(parse.GetValue(lang)!);
            var defaultLanguage = TextLanguageCodes.Parse(parse.GetValue(fallback) ?? "nl");
            Run(session, line => analyzer.Analyze(line, language, defaultLanguage), cancellationToken);
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    /// <summary>
    /// On the real console, bytes go straight to a buffered standard output (flushed per line only
    /// when a person types the input); elsewhere (tests) through the given writers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Run(CliSession session, Func<string, SentimentResult> score, CancellationToken cancellationToken)
    {
        var console = ReferenceEquals(session.Out, Console.Out);
        var interactive = console && !Console.IsInputRedirected;
        using var input = ReferenceEquals(session.In, Console.In) && Console.IsInputRedirected
            ? new StreamReader(Console.OpenStandardInput(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16)
            : null;
        var reader = input ?? session.In;
        using var stdout = console ? new BufferedStream(Console.OpenStandardOutput(), 1 << 16) : null;
        var buffer = new ArrayBufferWriter<byte>(1024);
        using var json = new Utf8JsonWriter(buffer, LineOptions);
        while (reader.ReadLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Write(json, score(line));
            json.Flush();
            if (stdout is not null)
            {
                stdout.Write(buffer.WrittenSpan);
                stdout.WriteByte((byte)'\n');
                if (interactive) stdout.Flush();
            }
            else
            {
                session.Out.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
            }

            buffer.ResetWrittenCount();
            json.Reset();
        }

        stdout?.Flush();
        session.Out.Flush();
    }

    /// <summary>The promised shape of one output line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Write(Utf8JsonWriter json, SentimentResult result)
    {
        json.WriteStartObject();
        json.WriteString("language", result.Language.Code());
        json.WriteNumber("score", result.Score);
        json.WriteString("label", result.Label.Code());
        json.WriteStartArray("evidence");
        foreach (var evidence in result.Evidence)
        {
            json.WriteStartObject();
            json.WriteString("text", evidence.Text);
            json.WriteNumber("weight", evidence.Weight);
            json.WriteStartArray("rules");
            foreach (var rule in evidence.Rules)
            {
                json.WriteStringValue(rule);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
