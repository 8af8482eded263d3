using Pulse.Monitoring.Metrics;
using Pulse.Monitoring.Model;
using Pulse.Testing;

namespace Pulse.Storage.Tests;

/// <summary>
/// <see cref="AggregatedParticipation.ActiveDays"/> (the reality check's "active on at least 10 of the
/// last 28 days") must give, per target-group member and per directory entry, the distinct UTC days with
/// a countable message that a plain count over the stored messages gives — written here from the
/// definitions, sharing no production helper — on the random organisations of <see cref="AggregateTests"/>,
/// with and without a directory, with and without private conversations, before and after a second import.
/// </summary>
public sealed class ActiveDaysTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Active_days_from_the_aggregates_equal_a_count_over_every_message(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var organisation = (await new OrganisationStore(test.Database).AddAsync("gemeente-lindeloo", "Gemeente", null)).Id;
        var random = new Random(28102026);
        var (accounts, messages) = AggregateTests.Generate(random, accounts: 40, threads: 400);
        await AggregateTests.ImportAsync(test, organisation, accounts, messages);

        // No directory yet: the target group is the people behind active human accounts.
        await CompareAsync(test, organisation, random);

        await new DirectoryStore(test.Database).ReplaceAsync(organisation, AggregateTests.Directory(accounts, random));
        await CompareAsync(test, organisation, random);

        var changed = messages.Select(m => random.Next(10) == 0 ? m with { CreatedAt = m.CreatedAt.AddDays(2) } : m).ToList();
        var changedAccounts = accounts.Select((a, i) => i == 5 ? a with { Email = accounts[6].Email } : a).ToList();
        await AggregateTests.ImportAsync(test, organisation, changedAccounts, changed);
        await CompareAsync(test, organisation, random);
    }

    private static async Task CompareAsync(TestDatabase test, long organisation, Random random)
    {
        var store = new MonitoringStore(test.Database);
        var aggregates = await new Aggregates.AggregateStore(test.Database).LoadAsync(organisation);
        var directory = await new DirectoryStore(test.Database).ListAsync(organisation);
        var accounts = await store.AccountsAsync(organisation);
        foreach (var includePrivate in new[] { false, true })
        {
            var messages = await store.MessagesAsync(organisation, includePrivate: includePrivate);
            var figures = new AggregatedParticipation(aggregates, directory, includePrivate);
            var someoneOften = false;
            for (var i = 0; i < 8; i++)
            {
                var from = AggregateTests.Start.AddDays(random.Next(-5, 110));
                var period = new Period(from, from.AddDays(i == 0 ? 120 : 1 + random.Next(40)));
                var (targetGroup, wholeDirectory) = Count(messages, accounts, directory, period);
                var label = $"{period.From:yyyy-MM-dd}..{period.To:yyyy-MM-dd}, private {includePrivate}, directory {directory.Count}";
                figures.ActiveDays(period).Order().ShouldBe(targetGroup.Order(), label);
                figures.ActiveDays(period, wholeDirectory: true).Order().ShouldBe(wholeDirectory.Order(), label);
                someoneOften |= targetGroup.Any(days => days >= 10);
            }

            // The random data is not degenerate: someone is active on many days, the counts differ.
            someoneOften.ShouldBeTrue();
        }
    }

    /// <summary>The reference: per person, the set of UTC dates of their countable messages.</summary>
    private static (List<int> TargetGroup, List<int> WholeDirectory) Count(
        IReadOnlyList<Message> messages, IReadOnlyList<Account> accounts, IReadOnlyList<DirectoryEntry> directory, Period period)
    {
        static string Key(string email) => email.Trim().ToLowerInvariant();
        var accountById = accounts.ToDictionary(a => a.ExternalId);
        string PersonOf(Account account) => string.IsNullOrWhiteSpace(account.Email) ? "account:" + account.ExternalId : Key(account.Email);

        var dates = new Dictionary<string, HashSet<DateOnly>>();
        foreach (var message in messages)
        {
            if (message.Kind != MessageKind.Post || message.DeletedAt is not null) continue;
            if (message.CreatedAt < period.From || message.CreatedAt >= period.To) continue;
            if (message.AuthorExternalId is null || !accountById.TryGetValue(message.AuthorExternalId, out var author) || author.IsBot) continue;
            var person = PersonOf(author);
            if (!dates.TryGetValue(person, out var set)) dates[person] = set = [];
            set.Add(DateOnly.FromDateTime(message.CreatedAt.UtcDateTime));
        }

        int DaysOf(string person) => dates.TryGetValue(person, out var set) ? set.Count : 0;
        var wholeDirectory = directory.Select(e => DaysOf(Key(e.Email))).ToList();
        var targetGroup = directory.Count > 0
            ? directory.Where(e => e.InTargetGroup).Select(e => DaysOf(Key(e.Email))).ToList()
            : accounts.Where(a => a.State == AccountState.Active && !a.IsBot).Select(PersonOf).Distinct().Select(DaysOf).ToList();
        return (targetGroup, wholeDirectory);
    }
}
