using System.Diagnostics;
using System.Globalization;
using Pulse.Monitoring.Metrics;
using Pulse.Monitoring.Model;

namespace Pulse.Monitoring.Tests.Metrics;

/// <summary>
/// The size the issue asks for: 1,000,000 messages and 20,000 accounts in well under 5 seconds on one
/// thread. Explicit, because a timing on a shared 2-core machine is not a fit for every test run:
/// <c>dotnet test tests/Pulse.Monitoring.Tests -- xUnit.Explicit=only</c>.
/// </summary>
public sealed class ParticipationPerformanceTests
{
    [Fact(Explicit = true)]
    public void A_million_messages_of_twenty_thousand_people_are_computed_within_five_seconds_on_one_thread()
    {
        var input = Synthetic(messages: 1_000_000, people: 20_000);
        var march = new Period(new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 4, 1, 0, 0, 0, TimeSpan.Zero));
        Participation.Compute(input, march); // warm-up: JIT, not part of the figure

        var clock = Stopwatch.StartNew();
        var report = Participation.Compute(input, march);
        clock.Stop();

        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"1,000,000 messages: {clock.Elapsed.TotalMilliseconds:F0} ms, {report.Messages} in March"));
        report.Messages.ShouldBeGreaterThan(250_000);
        // The requirement itself; the printed figure says how far under it we are (about 1 s on a loaded 2-core box).
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    /// <summary>Synthetic: people with one account each, threads of four over three months.</summary>
    private static ParticipationInput Synthetic(int messages, int people)
    {
        var random = new Random(42);
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var directory = new DirectoryEntry[people];
        var accounts = new Account[people];
        for (var p = 0; p < people; p++)
        {
            var email = string.Create(CultureInfo.InvariantCulture, $"person{p}@example.org");
            var department = "Department " + (p % 40).ToString(CultureInfo.InvariantCulture);
            directory[p] = new DirectoryEntry(email, null, department, p % 10 == 0, p % 20 != 0, null, null);
            accounts[p] = new Account("u" + p.ToString(CultureInfo.InvariantCulture), null, email, department, null, null, AccountState.Active, false, null);
        }

        var list = new List<Message>(messages);
        string[] noTopics = [];
        while (list.Count < messages)
        {
            var id = "m" + list.Count.ToString(CultureInfo.InvariantCulture);
            var at = start.AddMinutes(random.Next(90 * 24 * 60));
            list.Add(new Message(id, id, null, "g", accounts[random.Next(people)].ExternalId, at, null, null, false, MessageKind.Post, "", 0, false, noTopics));
            for (var r = 0; r < 3 && list.Count < messages; r++)
            {
                var reply = "m" + list.Count.ToString(CultureInfo.InvariantCulture);
                list.Add(new Message(reply, id, id, "g", accounts[random.Next(people)].ExternalId, at.AddMinutes(random.Next(4000)), null,
                    random.Next(50) == 0 ? at : null, false, MessageKind.Post, "", 0, false, noTopics));
            }
        }

        return new ParticipationInput(list, accounts, directory);
    }
}
