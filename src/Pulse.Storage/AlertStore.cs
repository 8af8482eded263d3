using Microsoft.EntityFrameworkCore;
using Pulse.Monitoring.Alerts;
using Pulse.Storage.Rows;

namespace Pulse.Storage;

/// <summary>An alert as stored, with its rule's kind and the organisation it belongs to.</summary>
public sealed record StoredAlert(long Id, long RuleId, AlertKind Kind, string Subject, double Value, double? Baseline, DateTimeOffset OccurredAt, DateTimeOffset RaisedAt, DateTimeOffset? AcknowledgedAt);

/// <summary>Alert rules and the alerts they raised, per organisation.</summary>
public sealed class AlertStore(PulseDatabase database)
{
    public async Task<AlertRule> AddRuleAsync(long organisationId, AlertRule rule, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        await using var db = database.CreateContext();
        var row = new AlertRuleRow
        {
            OrganisationId = organisationId,
            Kind = rule.Kind.ToString(),
            Theme = rule.Theme,
            Threshold = rule.Threshold,
            Weeks = rule.Weeks,
            Hours = rule.Hours,
            CreatedAt = DateTime.UtcNow,
        };
        db.AlertRules.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return rule with { Id = row.Id };
    }

    public async Task<IReadOnlyList<AlertRule>> RulesAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var rows = await db.AlertRules.AsNoTracking().Where(r => r.OrganisationId == organisationId).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new AlertRule(r.Id, Enum.Parse<AlertKind>(r.Kind), r.Theme, r.Threshold, r.Weeks, r.Hours))];
    }

    /// <summary>Removes a rule of this organisation (and its alerts); false when it has no such rule.</summary>
    public async Task<bool> RemoveRuleAsync(long organisationId, long ruleId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.AlertRules.Where(r => r.OrganisationId == organisationId && r.Id == ruleId).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>Stores the alerts not raised before (by rule and key); returns how many were new.</summary>
    public async Task<int> RaiseAsync(long organisationId, IReadOnlyList<RaisedAlert> alerts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        if (alerts.Count == 0) return 0;
        await using var db = database.CreateContext();
        var rules = alerts.Select(a => a.RuleId).Distinct().ToList();
        var known = (await db.Alerts.Where(a => a.OrganisationId == organisationId && rules.Contains(a.RuleId))
            .Select(a => new { a.RuleId, a.Key }).ToListAsync(cancellationToken)).Select(a => (a.RuleId, a.Key)).ToHashSet();
        var now = DateTime.UtcNow;
        var added = 0;
        foreach (var alert in alerts)
        {
            if (!known.Add((alert.RuleId, alert.Key))) continue;
            db.Alerts.Add(new AlertRow
            {
                OrganisationId = organisationId,
                RuleId = alert.RuleId,
                Kind = alert.Kind.ToString(),
                Key = alert.Key,
                Subject = alert.Subject,
                Value = alert.Value,
                Baseline = alert.Baseline,
                OccurredAt = alert.At.UtcDateTime,
                RaisedAt = now,
            });
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    public async Task<IReadOnlyList<StoredAlert>> ListAsync(long organisationId, bool includeAcknowledged, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var rows = await db.Alerts.AsNoTracking()
            .Where(a => a.OrganisationId == organisationId && (includeAcknowledged || a.AcknowledgedAt == null))
            .OrderByDescending(a => a.OccurredAt).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(a => new StoredAlert(
            a.Id, a.RuleId, Enum.Parse<AlertKind>(a.Kind), a.Subject, a.Value, a.Baseline, Utc(a.OccurredAt), Utc(a.RaisedAt), a.AcknowledgedAt is { } at ? Utc(at) : null))];
    }

    /// <summary>Acknowledges an alert; the organisation it belongs to, or null when there is no such alert.</summary>
    public async Task<long?> AcknowledgeAsync(long alertId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var row = await db.Alerts.SingleOrDefaultAsync(a => a.Id == alertId, cancellationToken);
        if (row is null) return null;
        row.AcknowledgedAt ??= DateTime.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        return row.OrganisationId;
    }

    /// <summary>Thread starters without a first reply by someone else, started in [from, to): their qualified ids and times.</summary>
    public async Task<IReadOnlyList<(string Thread, DateTimeOffset Started)>> UnansweredAsync(
        long organisationId, DateTimeOffset from, DateTimeOffset to, bool includePrivate, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var (start, end) = (from.UtcDateTime, to.UtcDateTime);
        var rows = await db.ThreadStarts.AsNoTracking()
            .Where(t => t.OrganisationId == organisationId && t.StartedAt >= start && t.StartedAt < end
                && (includePrivate ? t.FirstReplyWithPrivateAt == null : !t.IsPrivate && t.FirstReplyAt == null))
            .Join(db.Messages, t => t.MessageId, m => m.Id, (t, m) => new { m.Source, m.ExternalId, t.StartedAt })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Source + ":" + r.ExternalId, Utc(r.StartedAt)))];
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc), TimeSpan.Zero);
}
