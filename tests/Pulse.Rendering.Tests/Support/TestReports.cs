using Pulse.Maturity.Benchmark;
using Pulse.Maturity.Model;
using Pulse.Maturity.Scoring;

namespace Pulse.Rendering.Tests.Support;

/// <summary>
/// Hand-built benchmark records over the shipped model v1: a few organisations with chosen scores
/// and chosen statistics. Nothing is computed, so each test can state the figure it expects.
/// </summary>
internal static class TestReports
{
    public static MaturityModel Model => ModelCatalog.Get("v1");

    /// <summary>The index distribution: its mean 47.34 prints as "47,3" in Dutch and "47.3" in English.</summary>
    public static readonly Distribution IndexDistribution = new(N: 12, Mean: 47.34, Median: 48.5, Q1: 38.25, Q3: 61.75, Min: 20.5, Max: 81.5);

    /// <summary>An organisation whose every precondition and construct is <paramref name="level"/> plus a small offset, with the given index.</summary>
    public static OrganisationScore Organisation(string slug, double level, double? goals = null)
    {
        var model = Model;
        var preconditions = model.Preconditions.ToDictionary(
            p => p.Id,
            p => (double?)(p.Id == "goals" && goals is { } g ? g : level + (p.Constructs.Count / 2.0)),
            StringComparer.Ordinal);
        var constructs = model.Constructs.Select((c, i) => (c.Id, Score: (double?)(level + (i % 5) - 2)))
            .ToDictionary(c => c.Id, c => c.Score, StringComparer.Ordinal);
        var index = preconditions.Values.Average(v => v!.Value);
        var weakest = preconditions.Values.Min(v => v!.Value);
        return new OrganisationScore(
            slug,
            Respondents: 1,
            HasCommunity: true,
            Complete: true,
            Index: index,
            Stage: Stage.ForOrganisation(index, weakest),
            Preconditions: preconditions,
            Constructs: constructs,
            Items: new Dictionary<string, double?>(StringComparer.Ordinal),
            Indicators: new Dictionary<string, bool?>(StringComparer.Ordinal));
    }

    /// <summary>Distributions for every score of the model: the index as <see cref="IndexDistribution"/>, the rest around 50.</summary>
    public static Dictionary<string, Distribution?> Distributions(int n = 12)
    {
        var model = Model;
        var distributions = new Dictionary<string, Distribution?>(StringComparer.Ordinal)
        {
            [WaveBenchmark.IndexId] = IndexDistribution with { N = n },
        };
        var i = 0;
        foreach (var id in model.Preconditions.Select(p => p.Id).Concat(model.Constructs.Select(c => c.Id)))
        {
            var centre = 40 + (i++ % 7 * 3);
            distributions[id] = new Distribution(n, centre + 0.5, centre, centre - 11, centre + 13, centre - 30, centre + 35);
        }

        return distributions;
    }

    public static WaveBenchmark Benchmark(IReadOnlyList<OrganisationScore> organisations, int n = 12)
    {
        var model = Model;
        var indicators = model.Indicators.Select((indicator, i) => new IndicatorShare(indicator.Id, indicator.Name, X: 3 + i, N: 40, Share: (3 + i) / 40.0, Lower: 0.05 + (i / 100.0), Upper: 0.2 + (i / 50.0))).ToList();
        var ranking = organisations.OrderByDescending(o => o.Index).Select((o, i) => new RankedOrganisation(i + 1, o.Organisation, o.Index!.Value)).ToList();
        var percentiles = organisations.ToDictionary(
            o => o.Organisation,
            o => (IReadOnlyDictionary<string, double?>)new Dictionary<string, double?>(StringComparer.Ordinal) { [WaveBenchmark.IndexId] = o.Organisation == "acme" ? 62.5 : 37.5 },
            StringComparer.Ordinal);
        return new WaveBenchmark(
            Organisations: n + 3,
            Scored: n,
            WithoutCommunity: 2,
            Incomplete: ["stillbusy"],
            Distributions: Distributions(n),
            Indicators: indicators,
            Ranking: ranking,
            Percentiles: percentiles);
    }

    public static WaveScores Scores(IReadOnlyList<OrganisationScore> organisations)
    {
        var model = Model;
        // Alpha .55 for the first construct (below .6: interpret with care), undefined for the last.
        var reliability = model.Constructs.Select((c, i) => (c.Id, Alpha: i == 0 ? 0.55 : i == model.Constructs.Count - 1 ? (double?)null : 0.81))
            .ToDictionary(c => c.Id, c => c.Alpha, StringComparer.Ordinal);
        return new WaveScores(organisations, reliability)
        {
            ReliabilityCases = model.Constructs.ToDictionary(c => c.Id, _ => 11, StringComparer.Ordinal),
        };
    }

    public static WaveComparison Comparison() => new(
        Indicators: [new IndicatorChange("majority_active", 10, 40, 4, 38, 0.031)],
        Scores:
        [
            new ScoreChange(WaveBenchmark.IndexId, 47.34, 12, 41.2, 10, 0.0004),
            new ScoreChange("usage", 52.1, 12, 50.9, 10, 0.41),
            new ScoreChange("performance_expectancy", 55.5, 12, 49.5, 10, 0.02),
        ],
        NotComparable: ["old_item_2024"]);

    public static DriverAnalysis Drivers() => new(
        N: 31,
        R2: 0.4321,
        Coefficients:
        [
            new DriverTerm("(Intercept)", -12.5, 4.2, 0.006),
            .. Model.Preconditions.Single(p => p.Id == "usage").Constructs.Select((c, i) => new DriverTerm(c.Id, 0.1 * (i + 1), 0.05, 0.01 * (i + 1))),
        ],
        Correlations: [.. Model.Preconditions.Single(p => p.Id == "usage").Constructs.Select((c, i) => new DriverCorrelation(c.Id, 0.6 - (0.12 * i), 0.001 * (i + 1)))]);

    /// <summary>
    /// Three organisations with shared ranks, a comparison, drivers, and one finding whose text
    /// starts with '=' (a formula in a naive spreadsheet writer).
    /// </summary>
    public static ResearchReport Report(string language, bool comparison = true, bool drivers = true)
    {
        List<OrganisationScore> organisations = [Organisation("acme", 70), Organisation("globex", 55), Organisation("initech", 40)];
        var benchmark = Benchmark(organisations) with
        {
            Ranking =
            [
                new RankedOrganisation(1, "acme", 71.2),
                new RankedOrganisation(2, "globex", 55.6),
                new RankedOrganisation(2, "initech", 55.6),
                new RankedOrganisation(4, "hooli", 39.9),
            ],
        };
        return new ResearchReport(
            Wave: "2026",
            CompareWave: comparison ? "2024" : null,
            Model: Model,
            Scores: Scores(organisations),
            Benchmark: benchmark,
            Comparison: comparison ? Comparison() : null,
            Drivers: drivers ? Drivers() : null,
            Findings:
            [
                new Finding("majority_active", new LocalizedText(
                    "Bij 10 % van de organisaties (95 %-BI 5–18 %, n = 91) is meer dan de helft van de medewerkers actief.",
                    "At 10 % of the organisations (95 % CI 5–18 %, n = 91) more than half of the employees are active.")),
                new Finding("formula", new LocalizedText("=1+1", "=1+1")),
            ],
            TopNames: new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["acme"] = "Acme Zorg",
                ["globex"] = "een organisatie in de zorg",
                ["initech"] = "Initech Gemeente",
            },
            Language: language);
    }
}
