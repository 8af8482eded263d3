using System.Globalization;
using Pulse.Application.Benchmark;
using Pulse.Application.Monitoring;
using Pulse.Maturity.Model;
using Pulse.Monitoring.Metrics;
using Pulse.Storage;
using Pulse.Storage.Rows;

namespace Pulse.Application.Reality;

/// <summary>
/// The reality check (issue 10, item 4): what an organisation's questionnaire answers in a wave claim,
/// next to what its messages measure over the matching period. Claims are the organisation's combined
/// answers as the scoring rules combine them (the published ones: small employee surveys withheld);
/// measurements are the participation figures from the import's aggregates. The rules are in
/// docs/metrics.md, "The reality check".
/// </summary>
public sealed class RealityQuery(PulseDatabase database, WaveScoring scoring, AggregateCache aggregates)
{
    /// <summary>The matching period: this many days up to the wave's date.</summary>
    public const int PeriodDays = 90;

    /// <summary>The recent window for "need the platform for their work".</summary>
    public const int RecentDays = 28;

    /// <summary>Active on at least this many days of the recent window counts as needing the platform.</summary>
    public const int NeedDays = 10;

    /// <summary>The construct of perceived use by colleagues (v1).</summary>
    public const string ColleagueUse = "colleague_use";

    /// <summary>The construct of perceived use by managers (v1).</summary>
    public const string ManagerUse = "manager_use";

    /// <summary>
    /// The matching period of a wave: the <see cref="PeriodDays"/> whole UTC days up to and including
    /// the day of the wave's date (its creation), or up to <paramref name="to"/> (exclusive) when given.
    /// </summary>
    public static Period PeriodOf(DateTime waveDate, DateTimeOffset? to)
    {
        if (to is { } end && !DayNumber.IsMidnight(end))
        {
            throw new PulseUsageException($"The reality check counts whole days: --to must be a date (YYYY-MM-DD), not {end:O}.");
        }

        var until = to ?? new DateTimeOffset(DateTime.SpecifyKind(waveDate, DateTimeKind.Utc).Date.AddDays(1), TimeSpan.Zero);
        return new Period(until.AddDays(-PeriodDays), until);
    }

    /// <summary>The reality check of one organisation in one wave.</summary>
    /// <param name="to">End of the matching period (exclusive); default: the day after the wave's date.</param>
    public async Task<RealityView> RunAsync(string slug, string wave, DateTimeOffset? to = null, CancellationToken cancellationToken = default)
    {
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        var scores = await scoring.ScoreAsync(wave, cancellationToken);
        return await CheckAsync(scores, organisation, PeriodOf(scores.Wave.CreatedAt, to), cancellationToken);
    }

    /// <summary>Across the organisations of the wave with messages in the period: how often claims exceed measurements.</summary>
    public async Task<RealitySummary> SummaryAsync(string wave, DateTimeOffset? to = null, CancellationToken cancellationToken = default)
    {
        var scores = await scoring.ScoreAsync(wave, cancellationToken);
        var period = PeriodOf(scores.Wave.CreatedAt, to);
        var organisations = new OrganisationStore(database);
        var monitoring = new MonitoringStore(database);
        var counts = new Dictionary<string, (LocalizedText Name, int[] Verdicts)>(StringComparer.Ordinal);
        var order = new List<string>();
        var checkedOrganisations = new List<string>();
        foreach (var score in scores.Scores.Organisations)
        {
            if (await organisations.FindAsync(score.Organisation, cancellationToken) is not { } organisation) continue;
            // Most organisations of a study have no messages at all: skip them without loading anything.
            if (await monitoring.LatestMessageAsync(organisation.Id, organisation.IncludePrivate, cancellationToken) is null) continue;
            var check = await CheckAsync(scores, organisation, period, cancellationToken);
            if (check.Messages == 0) continue;
            checkedOrganisations.Add(organisation.Slug);
            foreach (var line in check.Lines)
            {
                if (!counts.TryGetValue(line.Claim, out var tally))
                {
                    counts[line.Claim] = tally = (line.Name, new int[Enum.GetValues<RealityVerdict>().Length]);
                    order.Add(line.Claim);
                }

                tally.Verdicts[(int)line.Verdict]++;
            }
        }

        var claims = order.Select(claim =>
        {
            var (name, v) = counts[claim];
            return new RealityClaimSummary(
                claim, name, v[(int)RealityVerdict.FarAbove], v[(int)RealityVerdict.Above], v[(int)RealityVerdict.Matches],
                v[(int)RealityVerdict.Below], v[(int)RealityVerdict.FarBelow], v[(int)RealityVerdict.CannotSay]);
        }).ToList();
        var judged = claims.Sum(c => c.Judged);
        var above = claims.Sum(c => c.FarAbove + c.Above);
        return new RealitySummary(
            scores.Wave.Code, period, scores.Scores.Organisations.Count, checkedOrganisations.Count, judged, above, judged == 0 ? null : (double)above / judged, claims, checkedOrganisations);
    }

    private async Task<RealityView> CheckAsync(WaveScoreView scores, OrganisationRow organisation, Period period, CancellationToken cancellationToken)
    {
        var score = scores.Scores.Organisations.FirstOrDefault(o => string.Equals(o.Organisation, organisation.Slug, StringComparison.Ordinal));
        var figures = await aggregates.GetAsync(organisation, cancellationToken);
        var report = figures.Compute(period);
        var recent = new Period(period.To.AddDays(-RecentDays), period.To);
        var recentDays = figures.ActiveDays(recent);
        var directoryDays = figures.ActiveDays(period, wholeDirectory: true);
        var hasDirectory = directoryDays.Length > 0;

        RealityUnknown? answers = score switch
        {
            null => RealityUnknown.NotInWave,
            { Withheld: true } => RealityUnknown.AnswersWithheld,
            { HasCommunity: false } => RealityUnknown.NoCommunity,
            _ => null,
        };
        RealityUnknown? messages = report.Messages == 0 ? RealityUnknown.NoMessages : null;

        var participation = Measurement.From(report.ActiveInTargetGroup, report.TargetGroupSize, messages ?? (report.TargetGroupSize == 0 ? RealityUnknown.EmptyTargetGroup : null));
        var management = Measurement.From(
            report.ActiveManagers,
            report.ManagersInTargetGroup,
            messages ?? (!hasDirectory ? RealityUnknown.NoDirectory : report.ManagersInTargetGroup == 0 ? RealityUnknown.NoManagers : null));
        var need = Measurement.From(
            recentDays.Count(days => days >= NeedDays), recentDays.Length, messages ?? (recentDays.Length == 0 ? RealityUnknown.EmptyTargetGroup : null));
        var reached = Measurement.From(directoryDays.Count(days => days >= 1), directoryDays.Length, messages ?? (!hasDirectory ? RealityUnknown.NoDirectory : null));

        var participationName = new LocalizedText("deel van de doelgroep dat in de periode schreef", "share of the target group that wrote in the period");
        var managementName = new LocalizedText("deel van de leidinggevenden in de doelgroep dat in de periode schreef", "share of the target group's managers who wrote in the period");
        var answersOf = score?.Answers;
        var lines = new List<RealityLine>
        {
            Line(
                FactIds.ActiveShare, "participationRate",
                new("Actief deel van de doelgroep (gemiddelde maand)", "Share of the target group active (average month)"),
                participationName,
                Percentage(answersOf?.Number(FactIds.ActiveShare)),
                participation),
            Line(
                FactIds.ManagementParticipation, "managementParticipationRate",
                new("Deelname van het senior management", "Senior management taking part"),
                managementName,
                Choice(answersOf?.Value(FactIds.ManagementParticipation)),
                management),
            Line(
                FactIds.NeedForWorkShare, "activeOn10Of28Days",
                new("Medewerkers die het platform nodig hebben voor hun werk", "Employees who need the platform for their work"),
                new($"deel van de doelgroep dat op minstens {NeedDays} van de laatste {RecentDays} dagen schreef", $"share of the target group that wrote on at least {NeedDays} of the last {RecentDays} days"),
                Percentage(answersOf?.Number(FactIds.NeedForWorkShare)),
                need),
            Line(
                FactIds.TargetAll, "employeesReached",
                new("De doelgroep is alle medewerkers", "The target group is all employees"),
                new("deel van alle medewerkers in het personeelsbestand dat in de periode schreef", "share of all employees in the directory who wrote in the period"),
                Everyone(answersOf?.Value(FactIds.TargetAll)),
                reached),
        };

        foreach (var (construct, measurement, measureName, measure) in new[]
        {
            (ColleagueUse, participation, participationName, "participationRate"),
            (ManagerUse, management, managementName, "managementParticipationRate"),
        })
        {
            // Constructs belong to a model version; a version without them has no such claim.
            if (scores.Model.FindConstruct(construct) is not { } found) continue;
            var value = score?.Constructs.GetValueOrDefault(construct);
            var claim = value is { } s
                ? new Claim(s.ToString("R", CultureInfo.InvariantCulture), s, s, new($"score {Whole(s)} van 100", $"score {Whole(s)} of 100"))
                : null;
            lines.Add(Line(construct, measure, found.Name, measureName, claim, measurement));
        }

        return new RealityView(organisation.Slug, organisation.Name, scores.Wave.Code, period, recent, score?.Respondents ?? 0, report.Messages, lines);

        RealityLine Line(string id, string measure, LocalizedText name, LocalizedText measureName, Claim? claim, Measurement measured)
        {
            RealityUnknown? unknown = answers ?? (claim is null ? RealityUnknown.NoAnswer : measured.Unknown);
            var shown = answers is null ? claim : null;
            double? gap = null;
            var verdict = RealityVerdict.CannotSay;
            if (unknown is null && shown is not null && measured.Points is { } points)
            {
                (gap, verdict) = RealityJudge.Judge(shown.Low, shown.High, points);
            }

            return new RealityLine(
                id, measure, name, measureName, shown?.Answer, shown?.Low, shown?.High, shown?.Text,
                measured.Unknown is null ? measured.Points : null, measured.Unknown is null ? measured.Count : null, measured.Unknown is null ? measured.Of : null,
                gap, verdict, unknown, RealityWording.Sentence(shown?.Text, measured.Unknown is null ? measured.Points : null, verdict, unknown));
        }
    }

    private static string Whole(double value) => Math.Round(value, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);

    private static Claim? Percentage(double? value) => value is { } v
        ? new Claim(v.ToString("R", CultureInfo.InvariantCulture), v, v, new(RealityWording.Percent(v), RealityWording.Percent(v)))
        : null;

    /// <summary>management_participation's options as ranges: the options' own help text ("less than half", "half or more").</summary>
    private static Claim? Choice(string? option) => option switch
    {
        "none" => new Claim(option, 0, 0, new("geen senior managers (0 %)", "no senior managers (0 %)")),
        "some" => new Claim(option, 0, 50, new("enkele senior managers (0–50 %)", "some senior managers (0–50 %)")),
        "most" => new Claim(option, 50, 100, new("de meeste senior managers (50–100 %)", "most senior managers (50–100 %)")),
        _ => null,
    };

    private static Claim? Everyone(string? answer) => answer switch
    {
        "yes" => new Claim(answer, 100, 100, new("alle medewerkers (100 %)", "all employees (100 %)")),
        "no" => new Claim(answer, 0, 100, new("een deel van de medewerkers (0–100 %)", "part of the employees (0–100 %)")),
        _ => null,
    };

    private sealed record Claim(string Answer, double Low, double High, LocalizedText Text);

    private sealed record Measurement(double? Points, int Count, int Of, RealityUnknown? Unknown)
    {
        public static Measurement From(int count, int of, RealityUnknown? unknown) =>
            new(unknown is null && of > 0 ? 100.0 * count / of : null, count, of, unknown ?? (of == 0 ? RealityUnknown.EmptyTargetGroup : null));
    }
}
