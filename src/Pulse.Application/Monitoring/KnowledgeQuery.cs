using Pulse.Monitoring.Metrics;
using Pulse.Search.Themes;
using Pulse.Storage;

namespace Pulse.Application.Monitoring;

/// <summary>Where each theme's knowledge sits in a period.</summary>
public sealed record KnowledgeView(string Organisation, Period Period, IReadOnlyList<ThemeKnowledge> Themes);

/// <summary>
/// `pulse monitor knowledge` (issue 10): per theme, who gives the answers — the replies in the
/// threads where the theme's messages were written (the same matches as the theme's figures), by
/// person (an account's e-mail address, else the account) — and the contributor absence factor;
/// themes that rest on one or two people are flagged. Replies by bots and private conversations
/// never count here, whatever the opt-in: an answer given in private is no knowledge the
/// organisation can find.
/// </summary>
public sealed class KnowledgeQuery(PulseDatabase database, SearchService search)
{
    public async Task<KnowledgeView> RunAsync(string slug, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken = default)
    {
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        var store = new MonitoringStore(database);
        var themes = await new ThemeStore(database).ListAsync(organisation.Id, cancellationToken);
        var period = ParticipationQuery.Resolve(from, to, await store.LatestMessageAsync(organisation.Id, includePrivate: false, cancellationToken));
        if (themes.Count == 0) return new KnowledgeView(organisation.Slug, period, []);

        var matches = await search.WithCurrentIndexAsync(
            slug, force: false, (index, _, _) => themes.Select(t => index.Matches(ThemeQuery.Parse(t.Query), period.From, period.To)).ToList(), cancellationToken);
        var accounts = (await store.AccountsAsync(organisation.Id, cancellationToken)).ToDictionary(a => a.ExternalId, StringComparer.Ordinal);
        var result = new List<ThemeKnowledge>();
        for (var i = 0; i < themes.Count; i++)
        {
            var authors = await store.ThreadReplyAuthorsAsync(organisation.Id, matches[i], cancellationToken);
            result.Add(KnowledgeRisk.Of(themes[i].Name, authors.OfType<string>()
                .Where(author => !(accounts.TryGetValue(author, out var account) && account.IsBot))
                .Select(author => accounts.TryGetValue(author, out var account)
                    ? (DirectoryEntryKey(account.Email) ?? author, account.Name)
                    : (author, (string?)null))));
        }

        return new KnowledgeView(organisation.Slug, period, result);
    }

    private static string? DirectoryEntryKey(string? email) => string.IsNullOrWhiteSpace(email) ? null : email;
}
