using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Pulse.Monitoring.Metrics;
using Pulse.Monitoring.Model;

namespace Pulse.Benchmarks;

/// <summary>Participation figures over 1,000,000 messages of 20,000 people (in memory, one thread).</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser(displayGenColumns: false)]
public class ParticipationBenchmarks
{
    private ParticipationInput input = null!;
    private readonly Period march = new(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero));

    [GlobalSetup]
    public void Setup()
    {
        const int people = 20_000;
        const int messages = 1_000_000;
        var random = new Random(42);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var directory = new DirectoryEntry[people];
        var accounts = new Account[people];
        for (var p = 0; p < people; p++)
        {
            var email = $"p{p}@example.org";
            directory[p] = new DirectoryEntry(email, null, "Department " + (p % 40), p % 12 == 0, p % 20 != 0, null, null);
            accounts[p] = new Account("a" + p, null, email, null, null, null, AccountState.Active, false, null);
        }

        var list = new Message[messages];
        var thread = "m0";
        for (var i = 0; i < messages; i++)
        {
            var id = "m" + i;
            var starter = i % 4 == 0;
            if (starter) thread = id;
            var author = "a" + (int)(people * Math.Pow(random.NextDouble(), 3));
            var at = start.AddMinutes(i * 0.13);
            list[i] = new Message(id, thread, starter ? null : thread, "g", author, at, null, null, false, MessageKind.Post, string.Empty, 0, false, []);
        }

        input = new ParticipationInput(list, accounts, directory);
    }

    [Benchmark(Description = "participation over 1,000,000 messages, 20,000 people")]
    public int Compute() => Participation.Compute(input, march).Messages;
}
