using Pulse.Demo.Bench;

namespace Pulse.Connectors.Tests.Bench;

/// <summary>The synthetic benchmark export's burst: a trend only where it is meant to be.</summary>
public sealed class BenchYammerExportTests
{
    [Fact]
    public void The_burst_phrase_is_only_in_the_last_two_weeks_and_grows_towards_the_end()
    {
        // 60,000 messages 30 s apart: 500 hours, 20 days and 20 hours; the last 14 days hold the burst.
        var messages = BenchYammerExport.Create(60_000, users: 200, vocabulary: BenchVocabulary.ZipfBurst).Messages.ToList();
        var end = messages[^1].CreatedAt;
        int[] perDay = new int[21];
        int[] withPhrase = new int[21];
        foreach (var message in messages)
        {
            var daysFromEnd = (int)((end - message.CreatedAt).TotalSeconds / 86_400);
            perDay[daysFromEnd]++;
            if (message.Body.Contains(BenchYammerExport.BurstPhrase, StringComparison.Ordinal)) withPhrase[daysFromEnd]++;
        }

        withPhrase.Skip(14).ShouldAllBe(n => n == 0);
        // About 30 % of the last day's 2,880 messages (0.3 × 14/14), about 2 % of the 14th-last day's (0.3 × 1/14).
        ((double)withPhrase[0] / perDay[0]).ShouldBeInRange(0.27, 0.33);
        ((double)withPhrase[13] / perDay[13]).ShouldBeInRange(0.01, 0.035);
        BenchYammerExport.Create(60_000, users: 200, vocabulary: BenchVocabulary.Zipf).Messages
            .ShouldNotContain(m => m.Body.Contains(BenchYammerExport.BurstPhrase, StringComparison.Ordinal));
    }
}
