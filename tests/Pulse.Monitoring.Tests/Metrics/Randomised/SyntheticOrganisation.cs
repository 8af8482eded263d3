using System.Globalization;
using Pulse.Monitoring.Metrics;
using Pulse.Monitoring.Model;

namespace Pulse.Monitoring.Tests.Metrics.Randomised;

/// <summary>
/// A seeded generator of a realistic, entirely synthetic organisation over three months
/// (January–March 2025): a directory with departments of very different sizes and managers, accounts
/// in several states (some without e-mail, some twice for one person, bots, guests), and threads
/// with replies carrying every hazard the definitions care about — deleted, private, bot and system
/// rows, unknown authors, self-replies, replies to replies, missing parents and starters, replies
/// exactly 24 hours later, a little clock skew. Messages come out shuffled.
/// </summary>
internal static class SyntheticOrganisation
{
    public static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset End = new(2025, 4, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly (string Name, int Min, int Max)[] Departments =
    [
        ("Engineering", 50, 80), ("Sales", 35, 60), ("Support", 20, 30), ("R&D", 10, 20),
        ("Marketing", 5, 12), ("Finance", 6, 12), ("HR", 3, 7), ("Legal", 2, 6), ("Board", 1, 4),
    ];

    public static ParticipationInput Generate(int seed, bool withDirectory, int threads = 900)
    {
        var random = new Random(seed);
        var directory = new List<DirectoryEntry>();
        var accounts = new List<Account>();

        foreach (var (name, min, max) in Departments)
        {
            var size = random.Next(min, max + 1);
            for (var k = 0; k < size; k++)
            {
                var department = random.NextDouble() switch
                {
                    < 0.03 => null,
                    < 0.04 => "  ",
                    _ => name,
                };
                var email = string.Create(CultureInfo.InvariantCulture, $"{name.ToLowerInvariant()}.{k}@example.org");
                directory.Add(new DirectoryEntry(
                    email, null, department, random.NextDouble() < 0.12, random.NextDouble() < 0.9, null, null));
            }
        }

        foreach (var person in directory)
        {
            if (random.NextDouble() < 0.15)
            {
                continue; // never joined the platform
            }

            accounts.Add(NewAccount(random, "y" + accounts.Count, Spelling(random, person.Email), Department(random, person.Department)));
            if (random.NextDouble() < 0.08)
            {
                // The same person on a second platform, the address spelt differently.
                accounts.Add(NewAccount(random, "s" + accounts.Count, " " + person.Email.ToUpperInvariant(), null));
            }
        }

        for (var k = 0; k < 30; k++)
        {
            var email = string.Create(CultureInfo.InvariantCulture, $"guest{k}@partner.example");
            accounts.Add(NewAccount(random, "g" + accounts.Count, email, random.NextDouble() < 0.5 ? "Partner" : "Sales"));
        }

        for (var k = 0; k < 20; k++)
        {
            // Slack-style members without an address: people of their own, some with a department.
            accounts.Add(NewAccount(random, "u" + accounts.Count, random.NextDouble() < 0.8 ? null : "", random.NextDouble() < 0.5 ? "Support" : null));
        }

        var bots = new List<string>();
        for (var k = 0; k < 3; k++)
        {
            var id = "bot" + accounts.Count;
            bots.Add(id);
            accounts.Add(new Account(id, "Bot", k == 0 ? "bot@example.org" : null, "Engineering", null, null, AccountState.Active, true, null));
        }

        var authors = accounts.Where(a => !a.IsBot).Select(a => a.ExternalId).ToArray();
        random.Shuffle(authors);
        // Power law: a few people write most, a long tail writes little, many never.
        var weights = authors.Select((_, rank) => random.NextDouble() < 0.3 ? 0 : 1 / Math.Pow(rank + 1, 1.1)).ToArray();
        var cumulative = new double[weights.Length];
        var total = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            total += weights[i];
            cumulative[i] = total;
        }

        var messages = new List<Message>();
        var span = (End - Start).Ticks;
        for (var t = 0; t < threads; t++)
        {
            var at = Start.AddTicks((long)(random.NextDouble() * span));
            at = new DateTimeOffset(at.Ticks - (at.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
            if (random.NextDouble() < 0.02)
            {
                at = new DateTimeOffset(at.Date, TimeSpan.Zero); // exactly midnight: period boundaries
            }

            var threadId = "t" + t.ToString(CultureInfo.InvariantCulture);
            var conversationIsPrivate = random.NextDouble() < 0.06;
            var starterAuthor = Author(random, authors, cumulative, bots);
            var thread = new List<Message>();
            var starter = NewMessage(random, threadId, threadId, null, starterAuthor, at, conversationIsPrivate);
            if (random.NextDouble() >= 0.03)
            {
                thread.Add(starter); // else the starter was never imported: an orphan thread
            }

            var replies = random.NextDouble() < 0.25 ? 0 : random.Next(1, 13);
            var replyTimes = new List<DateTimeOffset>();
            for (var r = 0; r < replies; r++)
            {
                var delay = random.NextDouble() switch
                {
                    < 0.10 => TimeSpan.FromHours(24),
                    < 0.13 => TimeSpan.FromHours(24).Add(TimeSpan.FromMinutes(1)),
                    < 0.14 => TimeSpan.FromMinutes(-30), // clock skew
                    _ => TimeSpan.FromMinutes(Math.Round(-Math.Log(1 - random.NextDouble()) * 20 * 60)),
                };
                var author = random.NextDouble() < 0.15 ? starterAuthor : Author(random, authors, cumulative, bots);
                var earlier = thread.Where(m => m.ExternalId != threadId).ToList();
                var parent = random.NextDouble() switch
                {
                    < 0.55 => threadId,
                    < 0.70 => null,
                    < 0.95 when earlier.Count > 0 => earlier[random.Next(earlier.Count)].ExternalId,
                    < 0.95 => threadId,
                    _ => "gone-" + t.ToString(CultureInfo.InvariantCulture),
                };
                var id = threadId + "-r" + r.ToString(CultureInfo.InvariantCulture);
                var isPrivate = conversationIsPrivate || random.NextDouble() < 0.01;
                thread.Add(NewMessage(random, id, threadId, parent, author, at + delay, isPrivate));
            }

            messages.AddRange(thread);
        }

        var shuffled = messages.ToArray();
        random.Shuffle(shuffled);
        return new ParticipationInput(shuffled, accounts, withDirectory ? directory : []);
    }

    private static Account NewAccount(Random random, string id, string? email, string? department)
    {
        var state = random.NextDouble() switch
        {
            < 0.90 => AccountState.Active,
            < 0.94 => AccountState.Pending,
            < 0.97 => AccountState.Suspended,
            _ => AccountState.Deleted,
        };
        return new Account(id, id, email, department, null, null, state, false, null);
    }

    private static string Spelling(Random random, string email) => random.Next(4) switch
    {
        0 => email.ToUpperInvariant(),
        1 => " " + email + " ",
        2 => char.ToUpperInvariant(email[0]) + email[1..],
        _ => email,
    };

    /// <summary>The account's own department: mostly the directory's, sometimes stale, often absent.</summary>
    private static string? Department(Random random, string? directoryDepartment) => random.NextDouble() switch
    {
        < 0.6 => directoryDepartment,
        < 0.7 => "Operations",
        _ => null,
    };

    private static string? Author(Random random, string[] authors, double[] cumulative, List<string> bots)
    {
        var roll = random.NextDouble();
        if (roll < 0.02)
        {
            return null;
        }

        if (roll < 0.03)
        {
            return "ghost-" + random.Next(5).ToString(CultureInfo.InvariantCulture);
        }

        if (roll < 0.05)
        {
            return bots[random.Next(bots.Count)];
        }

        var pick = random.NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, pick);
        return authors[Math.Min(index < 0 ? ~index : index, authors.Length - 1)];
    }

    private static Message NewMessage(
        Random random, string id, string threadId, string? parentId, string? author, DateTimeOffset at, bool isPrivate)
    {
        var kind = random.NextDouble() switch
        {
            < 0.02 => MessageKind.System,
            < 0.03 => MessageKind.Bot,
            _ => MessageKind.Post,
        };
        DateTimeOffset? deleted = random.NextDouble() < 0.05 ? at.AddHours(1) : null;
        return new Message(id, threadId, parentId, isPrivate ? null : "g1", author, at, null, deleted, isPrivate, kind, "synthetic", 0, false, []);
    }
}
