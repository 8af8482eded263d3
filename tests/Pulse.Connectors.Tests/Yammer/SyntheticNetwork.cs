using Pulse.Demo.Yammer;

namespace Pulse.Connectors.Tests.Yammer;

/// <summary>
/// A synthetic Yammer network of any size, generated deterministically: every fifth message starts
/// a thread, the others reply to the previous message of their thread. Invented names only.
/// </summary>
internal static class SyntheticNetwork
{
    private static readonly DateTimeOffset Start = new(2023, 1, 2, 8, 0, 0, TimeSpan.Zero);

    public static YammerExportContent Create(int messages, int users = 200, int groups = 12) => new(
        Enumerable.Range(1, users).Select(i => new YammerUserRow(1000 + i, $"Medewerker {i}", $"medewerker{i}@example.org")
        {
            Department = $"Afdeling {i % 9}",
            JoinedAt = Start.AddDays(-i),
        }),
        Enumerable.Range(1, groups).Select(i => new YammerGroupRow(2000 + i, $"Groep {i}") { IsPrivate = i % 5 == 0, CreatedAt = Start }),
        Enumerable.Range(1, 20).Select(i => new YammerTopicRow(3000 + i, $"onderwerp{i}")),
        Messages(messages, users, groups));

    private static IEnumerable<YammerMessageRow> Messages(int count, int users, int groups)
    {
        long thread = 0;
        long previous = 0;
        for (var i = 0; i < count; i++)
        {
            long id = 10_000_000 + i;
            var starter = i % 5 == 0;
            if (starter) thread = id;
            var group = 2001 + (thread % groups);
            yield return new YammerMessageRow(
                id,
                thread,
                1001 + (i * 7 % users),
                Start.AddSeconds(i * 37),
                $"Bericht {i} over \"onderwerp {i % 20}\", met een komma en een vermelding van [[user:{1001 + (i % users)}]]. " +
                "Dit is opvultekst zodat een bericht ongeveer zo lang wordt als een gewoon bericht op een intern netwerk, " +
                "met nog wat meer woorden erachter; en een tweede zin die net zo gewoon is als de eerste.")
            {
                RepliedToId = starter ? null : previous,
                GroupId = group,
                GroupName = $"Groep {group - 2000}",
                InPrivateGroup = (group - 2000) % 5 == 0,
                SenderName = $"Medewerker {1 + (i * 7 % users)}",
            };
            previous = id;
        }
    }
}
