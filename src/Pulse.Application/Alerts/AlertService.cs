using Pulse.Application.Monitoring;
using Pulse.Monitoring.Alerts;
using Pulse.Monitoring.Metrics;
using Pulse.Storage;

namespace Pulse.Application.Alerts;

/// <summary>What `pulse alerts` shows: an organisation's alerts, open ones or all.</summary>
public sealed record AlertsView(string Organisation, IReadOnlyList<StoredAlert> Alerts);

/// <summary>What an evaluation did: the moment it judged the data as of, and how many alerts were new.</summary>
public sealed record AlertEvaluation(string Organisation, DateTimeOffset AsOf, int Rules, int Raised);

/// <summary>
/// Alert rules per organisation and their evaluation (issue 10, "Alerts"). Rules are judged on whole
/// weeks (Monday to Monday, UTC) up to the last complete week of the organisation's data — the week
/// an export ends in is usually partial, and a partial week would look quiet — and unanswered
/// questions as of the end of the data's last day. Each alert is raised once (by rule and key) and
/// kept until acknowledged. Every import evaluates the organisation's rules when it has committed.
/// </summary>
public sealed class AlertService(PulseDatabase database, ParticipationQuery participation, ThemesQuery themes, KnowledgeQuery knowledge)
{
    /// <summary>How far back an unanswered question is still raised: older ones are history, not alerts.</summary>
    public static readonly TimeSpan UnansweredLookBack = TimeSpan.FromDays(14);

    public async Task<AlertRule> AddRuleAsync(string slug, AlertRule rule, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        if (rule.NeedsTheme)
        {
            if (string.IsNullOrWhiteSpace(rule.Theme)) throw new PulseUsageException($"A {Name(rule.Kind)} rule watches a theme: give --theme NAME (`pulse theme list` shows them).");
            var known = await new ThemeStore(database).ListAsync(organisation.Id, cancellationToken);
            if (!known.Any(t => t.Name == rule.Theme)) throw new PulseUsageException($"{slug} has no theme '{rule.Theme}'; `pulse theme list --org {slug}` shows the ones there are.");
        }
        else if (rule.Theme is not null)
        {
            throw new PulseUsageException($"A {Name(rule.Kind)} rule does not watch a theme: leave out --theme.");
        }

        var filled = rule.WithDefaults();
        if (filled.Threshold is < 0 or > 10) throw new PulseUsageException($"The threshold must lie between 0 and 10, not {filled.Threshold}.");
        if (filled.Weeks is < 1 or > 26) throw new PulseUsageException($"--weeks must lie between 1 and 26, not {filled.Weeks}.");
        if (filled.Hours is < 1 or > 24 * 60) throw new PulseUsageException($"--hours must lie between 1 and {24 * 60}, not {filled.Hours}.");
        return await new AlertStore(database).AddRuleAsync(organisation.Id, filled, cancellationToken);
    }

    public async Task<IReadOnlyList<AlertRule>> RulesAsync(string slug, CancellationToken cancellationToken = default)
    {
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        return await new AlertStore(database).RulesAsync(organisation.Id, cancellationToken);
    }

    public async Task RemoveRuleAsync(string slug, long ruleId, CancellationToken cancellationToken = default)
    {
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        if (!await new AlertStore(database).RemoveRuleAsync(organisation.Id, ruleId, cancellationToken))
        {
            throw new PulseException($"{slug} has no alert rule {ruleId}; `pulse alert rule list --org {slug}` shows them.");
        }
    }

    public async Task<AlertsView> ListAsync(string slug, bool includeAcknowledged = false, CancellationToken cancellationToken = default)
    {
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        return new AlertsView(organisation.Slug, await new AlertStore(database).ListAsync(organisation.Id, includeAcknowledged, cancellationToken));
    }

    public async Task AcknowledgeAsync(long alertId, CancellationToken cancellationToken = default)
    {
        if (await new AlertStore(database).AcknowledgeAsync(alertId, cancellationToken) is null)
        {
            throw new PulseException($"There is no alert {alertId}; `pulse alerts --org SLUG` lists them.");
        }
    }

    /// <summary>Judges every rule of the organisation on its data and stores the alerts that are new.</summary>
    public async Task<AlertEvaluation> EvaluateAsync(string slug, CancellationToken cancellationToken = default)
    {
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        var store = new AlertStore(database);
        var rules = (await store.RulesAsync(organisation.Id, cancellationToken)).Select(r => r.WithDefaults()).ToList();
        // Theme rules read the search index; a PostgreSQL database served without an index folder has
        // none, and its other rules are still judged (`pulse monitor themes` says what is missing).
        if (database.Options.IndexFolderOrNull(slug) is null) rules.RemoveAll(r => r.NeedsTheme);
        var latest = await new MonitoringStore(database).LatestMessageAsync(organisation.Id, organisation.IncludePrivate, cancellationToken);
        var asOf = ParticipationQuery.Resolve(null, null, latest).To;
        if (rules.Count == 0 || latest is null) return new AlertEvaluation(slug, asOf, rules.Count, 0);

        // Whole weeks up to the last complete one, as many as the most demanding rule needs.
        var end = WeeklySeries.MondayOf(asOf);
        var weeks = rules.Max(r => r.Kind switch
        {
            AlertKind.SentimentDrop => r.Weeks!.Value + 1,
            AlertKind.VolumeSpike => r.Weeks!.Value + 1,
            AlertKind.DepartmentQuiet => 2 * r.Weeks!.Value,
            _ => 1,
        });
        var window = new Period(end.AddDays(-7 * weeks), end);

        var raised = new List<RaisedAlert>();
        IReadOnlyList<ThemeFigures>? themeFigures = null;
        if (rules.Any(r => r.Kind is AlertKind.SentimentDrop or AlertKind.VolumeSpike))
        {
            themeFigures = (await themes.RunAsync(slug, window.From, window.To, cancellationToken)).Themes;
        }

        foreach (var rule in rules)
        {
            switch (rule.Kind)
            {
                case AlertKind.SentimentDrop when Series(themeFigures, rule.Theme) is { } series:
                    if (AlertChecks.SentimentDrop(rule.Id, rule.Theme!, series, rule.Threshold!.Value, rule.Weeks!.Value) is { } drop) raised.Add(drop);
                    break;
                case AlertKind.VolumeSpike when Series(themeFigures, rule.Theme) is { } series:
                    if (AlertChecks.VolumeSpike(rule.Id, rule.Theme!, series, rule.Threshold!.Value, rule.Weeks!.Value) is { } spike) raised.Add(spike);
                    break;
                case AlertKind.DepartmentQuiet:
                    raised.AddRange(AlertChecks.DepartmentQuiet(rule.Id, await DepartmentsAsync(slug, window, cancellationToken), rule.Weeks!.Value));
                    break;
                case AlertKind.Unanswered:
                    var deadline = asOf.AddHours(-rule.Hours!.Value);
                    var open = await store.UnansweredAsync(organisation.Id, deadline - UnansweredLookBack, deadline, organisation.IncludePrivate, cancellationToken);
                    raised.AddRange(AlertChecks.Unanswered(rule.Id, open, asOf, rule.Hours!.Value));
                    break;
                case AlertKind.OnePerson:
                    var risk = await knowledge.RunAsync(slug, null, asOf, cancellationToken);
                    if (risk.Themes.FirstOrDefault(t => t.Theme == rule.Theme) is { AbsenceFactor: 1 } theme && theme.Replies >= AlertChecks.MinimumMessages)
                    {
                        raised.Add(new RaisedAlert(rule.Id, AlertKind.OnePerson, $"{rule.Theme}|{risk.Period.To:yyyy-MM-dd}", rule.Theme!, theme.Answerers[0].Replies, theme.Replies, risk.Period.To));
                    }

                    break;
                default:
                    break;
            }
        }

        return new AlertEvaluation(slug, asOf, rules.Count, await store.RaiseAsync(organisation.Id, raised, cancellationToken));
    }

    private static IReadOnlyList<WeekValue>? Series(IReadOnlyList<ThemeFigures>? figures, string? theme) =>
        figures?.FirstOrDefault(t => t.Name == theme) is { } found ? [.. found.Weekly.Select(w => new WeekValue(w.Week, w.Messages, w.Sentiment))] : null;

    /// <summary>Per department shown by the anonymity rule, its messages week by week.</summary>
    private async Task<IReadOnlyDictionary<string, IReadOnlyList<WeekValue>>> DepartmentsAsync(string slug, Period window, CancellationToken cancellationToken)
    {
        var view = await participation.RunAsync(slug, window.From, window.To, weekly: true, cancellationToken: cancellationToken);
        var weeks = view.Weekly!;
        var names = weeks.SelectMany(w => w.Departments).Select(d => d.Department).Distinct(StringComparer.Ordinal);
        // The anonymity rule decides per directory department, the same in every week: a shown department is shown in all.
        return names.ToDictionary(
            name => name,
            name => (IReadOnlyList<WeekValue>)[.. weeks.Select(w => new WeekValue(w.Week, w.Departments.FirstOrDefault(d => d.Department == name)?.Messages ?? 0, null))],
            StringComparer.Ordinal);
    }

    /// <summary>The kind as typed on the command line.</summary>
    public static string Name(AlertKind kind) => kind switch
    {
        AlertKind.SentimentDrop => "sentiment-drop",
        AlertKind.VolumeSpike => "volume-spike",
        AlertKind.DepartmentQuiet => "department-quiet",
        AlertKind.Unanswered => "unanswered",
        _ => "one-person",
    };

    /// <summary>The kind named as on the command line; null for an unknown name.</summary>
    public static AlertKind? Parse(string name) =>
        Enum.GetValues<AlertKind>().Cast<AlertKind?>().FirstOrDefault(k => Name(k!.Value) == name);
}
