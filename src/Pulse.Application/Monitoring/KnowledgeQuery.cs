using Pulse.Monitoring.Metrics;
using Pulse.Search.Themes;
using Pulse.Storage;

namespace Pulse.Application.Monitoring;

/// <summary>Where each theme's knowledge sits in a period.</summary>
public sealed record KnowledgeView(string Organisation, Period Period, IReadOnlyList<ThemeKnowledge> Themes);

/// <summary>
/// `pulse monitor knowledge` (issue 10): per theme, who gives the answers — the replies in the
/// threads where the theme's messages were written (the same matches as the theme's figures), by
/// person (<see cref="PersonKey"/>: an account's e-mail address, else the account, as participation) — and the contributor absence factor;
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

        // From the index's doc values: the threads of the theme's matches, then their replies' authors.
        var answerers = await search.WithCurrentIndexAsync(
            slug, force: false, (index, _, _) => themes.Select(t => index.ThemeAnswerers(ThemeQuery.Parse(t.Query), period.From, period.To)).ToList(), cancellationToken);
        var accounts = (await store.AccountsAsync(organisation.Id, cancellationToken)).ToDictionary(a => a.ExternalId, StringComparer.Ordinal);
        var result = new List<ThemeKnowledge>();
        for (var i = 0; i < themes.Count; i++)
        {
            result.Add(KnowledgeRisk.Of(themes[i].Name, answerers[i]
                .Where(a => !(accounts.TryGetValue(a.Key, out var account) && account.IsBot))
                .SelectMany(a => Enumerable.Repeat(accounts.TryGetValue(a.Key, out var account)
                    ? (PersonKey.Of(a.Key, account.Email), account.Name)
                    : (a.Key, (string?)null), a.Value))));
        }

        return new KnowledgeView(organisation.Slug, period, result);
    }
}
