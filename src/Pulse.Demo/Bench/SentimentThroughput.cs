using System.Diagnostics;
using Pulse.Monitoring.Text.Sentiment;

namespace Pulse.Demo.Bench;

/// <summary>What `pulse bench sentiment` measured: scoring alone, in-process, with language detection.</summary>
public sealed record SentimentBenchmarkResult(int Sentences, double Seconds, double SentencesPerSecond, long AllocatedBytesPerSentence, int Positive, int Neutral, int Negative);

/// <summary>Scores generated sentences with the built-in analyzer (after one warm-up pass) and times it.</summary>
public static class SentimentThroughput
{
    public static SentimentBenchmarkResult Measure(int sentences)
    {
        var texts = BenchSentences.Generate(sentences).ToArray();
        var analyzer = SentimentAnalyzer.Default;
        foreach (var text in texts.Take(Math.Min(5_000, texts.Length)))
        {
            analyzer.Analyze(text);
        }

        Span<int> labels = stackalloc int[3];
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        foreach (var text in texts)
        {
            labels[(int)analyzer.Analyze(text).Label]++;
        }

        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        return new SentimentBenchmarkResult(
            texts.Length, clock.Elapsed.TotalSeconds, texts.Length / clock.Elapsed.TotalSeconds, allocated / Math.Max(1, texts.Length),
            labels[(int)SentimentLabel.Positive], labels[(int)SentimentLabel.Neutral], labels[(int)SentimentLabel.Negative]);
    }
}
