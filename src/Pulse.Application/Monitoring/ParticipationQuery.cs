using Pulse.Monitoring.Metrics;
using Pulse.Storage;

namespace Pulse.Application.Monitoring;

/// <summary>The participation figures of one organisation and period, with what they cover.</summary>
public sealed record ParticipationView(string Organisation, string OrganisationName, Period Period, int AnonymityThreshold, ParticipationReport Report)
{
    /// <summary>The period week by week (Monday to Monday), when asked for.</summary>
    public IReadOnlyList<WeeklyParticipation>? Weekly { get; init; }
}

/// <summary>The connection between an organisation's departments over a period.</summary>
public sealed record ConnectionView(string Organisation, string OrganisationName, Period Period, int AnonymityThreshold, ConnectionReport Report);

/// <summary>
/// Loads an organisation's messages, accounts and directory and computes its participation
/// figures. Without a period it takes the 90 days up to the organisation's latest message, so an
/// older export still shows its own recent past rather than an empty today.
/// </summary>
public sealed class ParticipationQuery(PulseDatabase database, AggregateCache aggregates, FigureCache? cache = null)
{
    public static readonly TimeSpan DefaultLength = TimeSpan.FromDays(90);

    /// <param name="weekly">Also compute the period week by week (participation over time).</param>
    public async Task<ParticipationView> RunAsync(
        string slug, DateTimeOffset? from, DateTimeOffset? to, int anonymityThreshold = 5, bool weekly = false, CancellationToken cancellationToken = default)
    {
        CheckThreshold(anonymityThreshold);

        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        if (cache is null) return await ComputeAsync(organisation, from, to, anonymityThreshold, weekly, cancellationToken);
        return await cache.GetOrComputeAsync(
            FigureCache.Key("participation", organisation, from, to, anonymityThreshold, weekly), organisation,
            () => ComputeAsync(organisation, from, to, anonymityThreshold, weekly, cancellationToken));
    }

    private async Task<ParticipationView> ComputeAsync(
        Storage.Rows.OrganisationRow organisation, DateTimeOffset? from, DateTimeOffset? to, int anonymityThreshold, bool weekly, CancellationToken cancellationToken)
    {
        var slug = organisation.Slug;
        var (figures, period) = await FiguresAsync(organisation, from, to, cancellationToken);
        if (WholeDays(period))
        {
            // The import's aggregates: a pass over the period's days, not over every message.
            return new ParticipationView(organisation.Slug, organisation.Name, period, anonymityThreshold, figures.Compute(period, anonymityThreshold))
            {
                Weekly = weekly ? figures.Weekly(period, anonymityThreshold) : null,
            };
        }

        // A period that starts or ends within a day: only the messages themselves can say.
        var (_, input, _) = await LoadAsync(database, slug, period.From, period.To, cancellationToken);
        return new ParticipationView(organisation.Slug, organisation.Name, period, anonymityThreshold, Participation.Compute(input, period, anonymityThreshold))
        {
            Weekly = weekly ? WeeklySeries.Compute(input, period, anonymityThreshold) : null,
        };
    }

    /// <summary>
    /// Who answers whom between departments (issue 10): the department matrix, and per department the
    /// shares of replies written and received that cross a boundary, and whether it only talks to itself.
    /// </summary>
    public async Task<ConnectionView> ConnectionsAsync(
        string slug, DateTimeOffset? from, DateTimeOffset? to, int anonymityThreshold = 5, CancellationToken cancellationToken = default)
    {
        CheckThreshold(anonymityThreshold);

        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        var (figures, period) = await FiguresAsync(organisation, from, to, cancellationToken);
        if (!WholeDays(period)) throw new PulseUsageException("The connection between departments is counted in whole days: give --from and --to as dates (yyyy-MM-dd).");
        return new ConnectionView(organisation.Slug, organisation.Name, period, anonymityThreshold, figures.Connections(period, anonymityThreshold));
    }

    /// <summary>
    /// The organisation's prepared aggregates and the period asked for, its missing ends filled in from
    /// the latest message (<see cref="Resolve"/>): where every aggregate-based figure starts.
    /// </summary>
    internal async Task<(AggregatedParticipation Figures, Period Period)> FiguresAsync(
        Storage.Rows.OrganisationRow organisation, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        var figures = await aggregates.GetAsync(organisation, cancellationToken);
        var latest = await new MonitoringStore(database).LatestMessageAsync(organisation.Id, organisation.IncludePrivate, cancellationToken);
        return (figures, Resolve(from, to, latest));
    }

    private static void CheckThreshold(int anonymityThreshold)
    {
        if (anonymityThreshold < Participation.SmallestAnonymityThreshold)
        {
            throw new PulseUsageException($"The anonymity threshold (--min-group) must be at least {Participation.SmallestAnonymityThreshold}, not {anonymityThreshold}: smaller groups would name people.");
        }
    }

    /// <summary>True when the aggregates, which count whole UTC days, cover the period exactly.</summary>
    internal static bool WholeDays(Period period) => DayNumber.IsMidnight(period.From) && DayNumber.IsMidnight(period.To);

    /// <summary>
    /// The organisation, everything its participation figures are computed from (private
    /// conversations only with its opt-in), and the period asked for with missing ends filled in.
    /// </summary>
    internal static async Task<(Storage.Rows.OrganisationRow Organisation, ParticipationInput Input, Period Period)> LoadAsync(
        PulseDatabase database, string slug, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        var store = new MonitoringStore(database);
        var messages = await store.MessagesAsync(organisation.Id, includePrivate: organisation.IncludePrivate, cancellationToken: cancellationToken);
        var accounts = await store.AccountsAsync(organisation.Id, cancellationToken);
        var directory = await new DirectoryStore(database).ListAsync(organisation.Id, cancellationToken);
        var period = Resolve(from, to, messages.Count == 0 ? null : messages.Max(m => m.CreatedAt));
        return (organisation, new ParticipationInput(messages, accounts, directory), period);
    }

    /// <summary>The period asked for, with missing ends filled in (see the class summary).</summary>
    public static Period Resolve(DateTimeOffset? from, DateTimeOffset? to, DateTimeOffset? latestMessage)
    {
        var end = to ?? (latestMessage is { } latest
            ? new DateTimeOffset(latest.UtcDateTime.Date.AddDays(1), TimeSpan.Zero)
            : new DateTimeOffset(DateTime.UtcNow.Date.AddDays(1), TimeSpan.Zero));
        var start = from ?? end - DefaultLength;
        if (start >= end) throw new PulseUsageException($"The period is empty: --from ({start:yyyy-MM-dd}) must come before --to ({end:yyyy-MM-dd}).");
        return new Period(start, end);
    }
}
