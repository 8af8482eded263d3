using System.Globalization;
using Pulse.Application.Monitoring;
using Pulse.Monitoring.Model;
using Pulse.Monitoring.Privacy;
using Pulse.Monitoring.Trends;
using Pulse.Search.Analysis;
using Pulse.Storage;
using Pulse.Storage.Import;
using Pulse.Testing;

namespace Pulse.Application.Tests;

/// <summary>
/// Trends ranked from the counts the import keeps must be the trends of the definition: what
/// <see cref="Trending.Compute"/> gives from every body of every window, read back from the database
/// as the query did before the counts existed. On a generated organisation of ten weeks with bursts,
/// bots, private conversations, deletions, system messages and names of people.
/// </summary>
public sealed class TrendsQueryTests
{
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] Words =
    [
        "de", "het", "van", "en", "werk", "team", "planning", "overleg", "intranet", "koffie", "project", "vraag", "antwoord",
        "collega's", "e-mail", "Café", "vandaag", "morgen", "Jansen", "Piet", "2026", "ok", "#Intranet", "budget",
    ];

    private static Account[] Accounts() =>
    [
        new("piet", "Piet Jansen", "piet@lindeloo.nl", "ICT", null, null, AccountState.Active, false, Start),
        new("anna", "Anna de Vries", "anna@lindeloo.nl", "HR", null, null, AccountState.Active, false, Start),
        new("kees", "Kees Bakker", "kees@lindeloo.nl", "HR", null, null, AccountState.Active, false, Start),
        new("robot", "Planning Robot", null, null, null, null, AccountState.Active, true, Start),
    ];

    /// <summary>
    /// Ten weeks of everyday chatter, then bursts in the last week: "webinar omgevingswet" (also
    /// by the bot, which must not count), the topic Verbouwing, "Anna" (a person), and "reorganisatie"
    /// in private conversations only. Some messages are deleted or system events.
    /// </summary>
    private static List<Message> Export(int seed = 7)
    {
        var random = new Random(seed);
        var messages = new List<Message>();
        string[] authors = ["piet", "anna", "kees"];
        for (var i = 0; i < 1400; i++)
        {
            // Every 20th message falls exactly on a midnight, the edge of a day and of a window.
            var at = i % 20 == 0 ? Start.AddDays(i / 20) : Start.AddMinutes(random.Next(70 * 24 * 60));
            var late = at >= Start.AddDays(63);
            var body = string.Join(' ', Enumerable.Range(0, 4 + random.Next(10)).Select(_ => Words[random.Next(Words.Length)]));
            if (late && random.Next(3) == 0) body += " Webinar Omgevingswet, met Anna!";
            var isPrivate = random.Next(15) == 0;
            if (isPrivate && late) body += " reorganisatie";
            var author = random.Next(12) == 0 ? "robot" : authors[random.Next(authors.Length)];
            if (author == "robot") body += " webinar omgevingswet";
            var kind = random.Next(40) == 0 ? MessageKind.System : MessageKind.Post;
            DateTimeOffset? deleted = random.Next(30) == 0 ? at.AddHours(1) : null;
            string[] topics = late && random.Next(4) == 0 ? ["Verbouwing"] : [];
            var id = (1000 + i).ToString(CultureInfo.InvariantCulture);
            messages.Add(new Message(id, id, null, isPrivate ? null : "g1", author, at, null, deleted, isPrivate, kind, body, 0, false, topics));
        }

        return messages;
    }

    private static async Task ImportAsync(TestDatabase test, long organisation, IEnumerable<Message> messages)
    {
        await using var session = await ImportSession.BeginAsync(test.Database, organisation, Source.Yammer, null, CancellationToken.None);
        foreach (var account in Accounts()) await session.AddAccountAsync(account);
        foreach (var message in messages) await session.AddMessageAsync(message);
        await session.CommitAsync(CancellationToken.None);
    }

    private static async Task<(TestDatabase Test, long Organisation)> SeedAsync(string provider, bool includePrivate = false)
    {
        var test = await TestDatabase.CreateAsync(provider);
        var organisations = new OrganisationStore(test.Database);
        var organisation = (await organisations.AddAsync("lindeloo", "Gemeente Lindeloo", null)).Id;
        if (includePrivate) await organisations.UpdateAsync("lindeloo", new OrganisationChanges(IncludePrivate: true));
        await ImportAsync(test, organisation, Export());
        return (test, organisation);
    }

    /// <summary>The definition: every countable body of the nine (or fifteen) windows, through <see cref="Trending.Compute"/>.</summary>
    private static async Task<List<string>> ReferenceAsync(TestDatabase test, long organisation, DateTimeOffset end, bool daily, bool includePrivate)
    {
        var options = daily ? new TrendOptions { Window = TimeSpan.FromDays(1), BaselineWindows = 14 } : new TrendOptions();
        var start = end - (options.Window * (options.BaselineWindows + 1));
        var texts = await new MonitoringStore(test.Database).TextsAsync(organisation, start, end, includePrivate);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var account in Accounts())
        {
            foreach (var part in NameParts.Of(account.Name!).Concat(NameParts.Of(account.ExternalId))) names.Add(part.ToLowerInvariant());
        }

        var terms = Trending.Compute(texts.Select(t => new TrendText(t.Id, t.CreatedAt, t.Body, t.Topics)), end, StopWords.DutchAndEnglish, names, options);
        return Describe(terms);
    }

    private static List<string> Describe(IEnumerable<TrendingTerm> terms) =>
        [.. terms.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Term}|{t.Count}|{t.Baseline:R}|{t.Z:R}|{string.Join(',', t.Messages)}"))];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Weekly_trends_from_the_kept_counts_equal_those_from_every_body(string provider)
    {
        var (test, organisation) = await SeedAsync(provider);
        await using var _ = test;
        var trends = new TrendsQuery(test.Database);

        var view = await trends.RunAsync("lindeloo", null);

        // The default end: the day after the latest message (the last one is on day 69 of 70).
        view.At.ShouldBe(Start.AddDays(70));
        var terms = Describe(view.Terms);
        terms.ShouldBe(await ReferenceAsync(test, organisation, view.At, daily: false, includePrivate: false));
        view.Terms.Select(t => t.Term).ShouldContain("webinar omgevingswet");
        view.Terms.Select(t => t.Term).ShouldContain("#verbouwing");
        view.Terms.ShouldNotContain(t => t.Term.Contains("anna", StringComparison.Ordinal) || t.Term.Contains("reorganisatie", StringComparison.Ordinal));
        view.Terms.ShouldAllBe(t => t.Messages.Count == Math.Min(t.Count, Trending.EvidencePerTerm));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Daily_trends_and_a_moment_within_a_day_follow_the_definition(string provider)
    {
        var (test, organisation) = await SeedAsync(provider);
        await using var _ = test;
        var trends = new TrendsQuery(test.Database);

        foreach (var at in new[] { Start.AddDays(66), Start.AddDays(64).AddHours(13) })
        {
            var view = await trends.RunAsync("lindeloo", at, daily: true);

            // Counts are kept per day: a moment within a day ends the window at the next midnight.
            view.At.ShouldBe(at.TimeOfDay == TimeSpan.Zero ? at : at.Date.AddDays(1));
            Describe(view.Terms).ShouldBe(await ReferenceAsync(test, organisation, view.At, daily: true, includePrivate: false));
            view.Terms.ShouldNotBeEmpty(); // a day of the burst
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Private_conversations_count_when_the_organisation_opted_in(string provider)
    {
        var (test, organisation) = await SeedAsync(provider, includePrivate: true);
        await using var _ = test;

        var view = await new TrendsQuery(test.Database).RunAsync("lindeloo", null);

        Describe(view.Terms).ShouldBe(await ReferenceAsync(test, organisation, view.At, daily: false, includePrivate: true));
        view.Terms.Select(t => t.Term).ShouldContain("reorganisatie");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task After_a_re_import_with_edits_and_deletions_the_trends_still_follow_the_definition(string provider)
    {
        var (test, organisation) = await SeedAsync(provider);
        await using var _ = test;
        var trends = new TrendsQuery(test.Database);
        var before = Describe((await trends.RunAsync("lindeloo", null)).Terms);

        // The same export again: nothing changes.
        await ImportAsync(test, organisation, Export());
        Describe((await trends.RunAsync("lindeloo", null)).Terms).ShouldBe(before);

        // Edit a third of the bursting messages away, delete another third, and move some to weeks earlier.
        var changed = Export().Select((m, i) => !m.Body.Contains("Webinar", StringComparison.Ordinal) ? m : (i % 3) switch
        {
            0 => m with { Body = "Niets bijzonders vandaag" },
            1 => m with { DeletedAt = m.CreatedAt.AddMinutes(5) },
            _ => i % 2 == 0 ? m with { CreatedAt = m.CreatedAt.AddDays(-21) } : m,
        }).ToList();
        await ImportAsync(test, organisation, changed);

        var view = await trends.RunAsync("lindeloo", Start.AddDays(70));
        var after = Describe(view.Terms);
        after.ShouldBe(await ReferenceAsync(test, organisation, view.At, daily: false, includePrivate: false));
        after.ShouldNotBe(before);
    }
}
