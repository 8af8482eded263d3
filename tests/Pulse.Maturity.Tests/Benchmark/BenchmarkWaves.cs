using System.Globalization;
using Pulse.Maturity.Answers;
using Pulse.Maturity.Model;
using Pulse.Maturity.Scoring;
using Pulse.Maturity.Tests.Support;

namespace Pulse.Maturity.Tests.Benchmark;

/// <summary>
/// Two generated waves whose expected statistics were computed with R: the same tables are in
/// R/benchmark-waves.R (run it with <c>Rscript benchmark-waves.R</c> from that folder). Wave 1 has
/// 30 scored organisations (a07 = a19 and a12 = a25 in every score, for ties), two incomplete ones
/// (a31 without goal_level, a32 without colleagues), one without a community (a33) and one
/// withheld (a34); wave 2 has 28, scored with a later model whose third Usage construct is
/// peer_use instead of colleagues and whose second indicator is ind_c instead of ind_b.
/// </summary>
internal static class BenchmarkWaves
{
    public const string Wave1Table = """
        slug   community withheld usefulness ease colleagues goal_level active_share ind_a ind_b
        a01 TRUE FALSE 0 75 50 25 34 TRUE FALSE
        a02 TRUE FALSE 0 12.5 87.5 25 27.5 TRUE TRUE
        a03 TRUE FALSE 75 0 0 37.5 NA NA TRUE
        a04 TRUE FALSE 75 100 0 87.5 46.9 NA TRUE
        a05 TRUE FALSE 37.5 0 62.5 87.5 36.2 NA FALSE
        a06 TRUE FALSE 100 25 75 62.5 55.1 FALSE FALSE
        a07 TRUE FALSE 50 50 50 0 34.1 TRUE TRUE
        a08 TRUE FALSE 0 100 87.5 62.5 31 FALSE TRUE
        a09 TRUE FALSE 37.5 50 12.5 75 36.5 TRUE TRUE
        a10 TRUE FALSE 37.5 37.5 100 0 37.8 FALSE TRUE
        a11 TRUE FALSE 62.5 25 50 0 34.8 FALSE FALSE
        a12 TRUE FALSE 37.5 62.5 75 50 54.7 FALSE TRUE
        a13 TRUE FALSE 75 25 75 87.5 48 FALSE TRUE
        a14 TRUE FALSE 50 75 50 87.5 50.2 FALSE FALSE
        a15 TRUE FALSE 50 50 50 50 32.1 FALSE FALSE
        a16 TRUE FALSE 0 25 25 87.5 19.8 TRUE TRUE
        a17 TRUE FALSE 75 25 62.5 75 42 FALSE FALSE
        a18 TRUE FALSE 25 37.5 50 0 26.8 FALSE FALSE
        a19 TRUE FALSE 50 50 50 0 34.1 FALSE FALSE
        a20 TRUE FALSE 50 37.5 37.5 100 43.5 FALSE TRUE
        a21 TRUE FALSE 75 25 87.5 25 50.2 FALSE FALSE
        a22 TRUE FALSE 0 37.5 100 75 NA FALSE TRUE
        a23 TRUE FALSE 87.5 12.5 100 0 59.4 FALSE TRUE
        a24 TRUE FALSE 12.5 100 75 12.5 46.6 FALSE FALSE
        a25 TRUE FALSE 37.5 62.5 75 50 54.7 FALSE TRUE
        a26 TRUE FALSE 37.5 62.5 37.5 87.5 41.5 FALSE TRUE
        a27 TRUE FALSE 25 12.5 12.5 12.5 18.8 TRUE FALSE
        a28 TRUE FALSE 12.5 12.5 62.5 25 38.6 FALSE TRUE
        a29 TRUE FALSE 12.5 87.5 37.5 75 34 FALSE FALSE
        a30 TRUE FALSE 0 37.5 0 12.5 23 FALSE TRUE
        a31 TRUE FALSE 62.5 50 75 NA 40 TRUE NA
        a32 TRUE FALSE 37.5 25 NA 50 20.5 NA FALSE
        a33 FALSE FALSE NA NA NA NA NA NA NA
        a34 TRUE TRUE NA NA NA NA NA NA NA
        """;

    public const string Wave2Table = """
        slug   community withheld usefulness ease peer_use goal_level active_share ind_a ind_c
        b01 TRUE FALSE 75 62.5 100 50 72.7 NA FALSE
        b02 TRUE FALSE 62.5 87.5 50 37.5 47.6 FALSE FALSE
        b03 TRUE FALSE 50 50 75 100 49.1 TRUE TRUE
        b04 TRUE FALSE 25 0 75 87.5 30.7 FALSE FALSE
        b05 TRUE FALSE 50 100 100 87.5 64.4 TRUE TRUE
        b06 TRUE FALSE 37.5 25 87.5 87.5 48.2 FALSE TRUE
        b07 TRUE FALSE 50 25 100 62.5 46.8 TRUE TRUE
        b08 TRUE FALSE 100 75 87.5 25 82.8 TRUE FALSE
        b09 TRUE FALSE 50 100 75 37.5 57.7 FALSE TRUE
        b10 TRUE FALSE 62.5 25 25 87.5 57 TRUE TRUE
        b11 TRUE FALSE 37.5 62.5 62.5 75 42.3 TRUE TRUE
        b12 TRUE FALSE 75 37.5 100 62.5 73.4 TRUE TRUE
        b13 TRUE FALSE 87.5 50 0 50 43.2 FALSE TRUE
        b14 TRUE FALSE 50 50 87.5 87.5 56.9 FALSE FALSE
        b15 TRUE FALSE 62.5 100 100 100 63.1 TRUE TRUE
        b16 TRUE FALSE 37.5 25 87.5 37.5 18.3 FALSE FALSE
        b17 TRUE FALSE 87.5 50 25 100 42.3 FALSE FALSE
        b18 TRUE FALSE 75 100 62.5 100 60.5 TRUE TRUE
        b19 TRUE FALSE 87.5 75 50 37.5 61.5 FALSE FALSE
        b20 TRUE FALSE 25 0 75 50 23.6 FALSE TRUE
        b21 TRUE FALSE 37.5 75 37.5 50 27.8 TRUE TRUE
        b22 TRUE FALSE 75 75 62.5 75 50.4 FALSE TRUE
        b23 TRUE FALSE 87.5 50 75 100 71.4 FALSE TRUE
        b24 TRUE FALSE 100 50 50 100 60.8 TRUE TRUE
        b25 TRUE FALSE 87.5 62.5 37.5 75 54.9 FALSE TRUE
        b26 TRUE FALSE 75 50 25 62.5 52.1 TRUE TRUE
        b27 TRUE FALSE 75 37.5 100 25 67 TRUE FALSE
        b28 TRUE FALSE 62.5 75 12.5 37.5 47.6 TRUE TRUE
        """;

    /// <summary>The model of wave 1: usage (usefulness, ease, colleagues) and goals (goal_level); indicators ind_a, ind_b.</summary>
    public static MaturityModel Model1 { get; } = Model("colleagues", "ind_b");

    /// <summary>The model of wave 2: colleagues became peer_use, ind_b became ind_c.</summary>
    public static MaturityModel Model2 { get; } = Model("peer_use", "ind_c");

    public static WaveScores Wave1 { get; } = Scores(Model1, Wave1Table);

    public static WaveScores Wave2 { get; } = Scores(Model2, Wave2Table);

    private static MaturityModel Model(string thirdUsageConstruct, string secondIndicator) => TestModels.Build(
        [
            TestModels.Precondition(
                "usage",
                TwoItems("usefulness"),
                TwoItems("ease"),
                TwoItems(thirdUsageConstruct)),
            TestModels.Precondition("goals", TwoItems("goal_level")),
        ],
        [
            // The rules do not matter here: the tests give every organisation its indicator values.
            new Indicator("ind_a", TestModels.Text("ind_a"), new ItemComparison(FactIds.ActiveShare, ComparisonOperator.Gt, ["50"])),
            new Indicator(secondIndicator, TestModels.Text(secondIndicator), new ItemComparison(FactIds.TargetAll, ComparisonOperator.Eq, ["yes"])),
        ]);

    private static Construct TwoItems(string id) => TestModels.Construct(id, TestModels.Likert($"{id}_1"), TestModels.Likert($"{id}_2"));

    /// <summary>
    /// One organisation per row. Preconditions and the index are derived as in the R script: usage
    /// is the mean of its three constructs, goals is goal_level, the index the mean of the two; each
    /// null when a part is missing.
    /// </summary>
    private static WaveScores Scores(MaturityModel model, string table)
    {
        var lines = table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var header = lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var organisations = new List<OrganisationScore>();
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string Cell(string column) => cells[Array.IndexOf(header, column)];
            double? Number(string column) => Cell(column) == "NA" ? null : double.Parse(Cell(column), CultureInfo.InvariantCulture);
            bool? Flag(string column) => Cell(column) == "NA" ? null : Cell(column) == "TRUE";

            var slug = Cell("slug");
            var usageIds = model.Preconditions[0].Constructs.Select(c => c.Id).ToList();
            var constructs = model.Constructs.ToDictionary(c => c.Id, c => Number(c.Id));
            var usage = usageIds.All(id => constructs[id] is not null)
                ? (constructs[usageIds[0]]!.Value + constructs[usageIds[1]]!.Value + constructs[usageIds[2]]!.Value) / 3
                : (double?)null;
            var goals = constructs["goal_level"];
            var index = usage is not null && goals is not null ? (usage.Value + goals.Value) / 2 : (double?)null;
            var withheld = Flag("withheld") == true;
            OrganisationAnswers? answers = Number(FactIds.ActiveShare) is { } activeShare
                ? OrganisationAnswers.Combine(model, [TestModels.Respond(model, slug, "r1", (FactIds.ActiveShare, activeShare.ToString(CultureInfo.InvariantCulture)))])
                : null;
            organisations.Add(new OrganisationScore(
                slug,
                Respondents: withheld ? 3 : 1,
                HasCommunity: Flag("community") == true,
                Complete: index is not null,
                Index: index,
                Stage: index is { } i ? Stage.ForScore(i) : null,
                Preconditions: new Dictionary<string, double?> { ["usage"] = usage, ["goals"] = goals },
                Constructs: constructs,
                Items: new Dictionary<string, double?>(),
                Indicators: model.Indicators.ToDictionary(i => i.Id, i => Flag(i.Id)))
            {
                Answers = answers,
                Withheld = withheld,
            });
        }

        return new WaveScores(organisations, new Dictionary<string, double?>());
    }
}
