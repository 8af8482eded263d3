using System.Globalization;
using System.Text.Json;

namespace Pulse.Maturity.Tests.Support;

/// <summary>
/// A second, independent implementation of maturity-model.md, written straight from its text and
/// reading only the JSON that <c>pulse model show --json</c> prints — no Pulse.Maturity types —
/// so that the engine can be checked against it.
/// </summary>
internal sealed class ReferenceScorer
{
    public ReferenceScorer(string modelJson)
    {
        using var document = JsonDocument.Parse(modelJson);
        var root = document.RootElement;
        Preconditions = [.. root.GetProperty("preconditions").EnumerateArray().Select(p => new RefPrecondition(
            p.GetProperty("id").GetString()!,
            [.. p.GetProperty("constructs").EnumerateArray().Select(c => new RefConstruct(
                c.GetProperty("id").GetString()!,
                c.GetProperty("weight").GetDouble(),
                [.. c.GetProperty("items").EnumerateArray().Select(ReadItem)]))]))];
        Facts = [.. root.GetProperty("facts").EnumerateArray().Select(ReadItem)];
    }

    public List<RefPrecondition> Preconditions { get; }

    public List<RefItem> Facts { get; }

    public IEnumerable<RefItem> AllItems => Preconditions.SelectMany(p => p.Constructs).SelectMany(c => c.Items).Concat(Facts);

    /// <summary>The item score table of maturity-model.md.</summary>
    public static double? ItemScore(RefItem item, string? value)
    {
        if (value is null)
        {
            return null;
        }

        switch (item.Scale)
        {
            case "likert5" or "likert7":
                var k = item.Scale == "likert5" ? 5 : 7;
                var v = int.Parse(value, CultureInfo.InvariantCulture);
                return item.Reverse ? (double)(k - v) / (k - 1) * 100 : (double)(v - 1) / (k - 1) * 100;
            case "yesno":
                return value == "yes" ? 100 : 0;
            case "percent":
                return double.Parse(value, CultureInfo.InvariantCulture);
            case "choice":
                return item.Points[value];
            case "multi":
                return Math.Min(100, value.Split(';').Sum(o => item.Points[o]));
            default:
                throw new InvalidOperationException(item.Scale);
        }
    }

    public Dictionary<string, RefOrganisation> ScoreOrganisations(IReadOnlyList<RefResponse> responses)
    {
        var result = new Dictionary<string, RefOrganisation>();
        foreach (var group in responses.GroupBy(r => r.Organisation))
        {
            var no = group.Count(r => r.Answers.GetValueOrDefault("has_community") == "no");
            var yes = group.Count(r => r.Answers.GetValueOrDefault("has_community") == "yes");
            if (no > yes)
            {
                result[group.Key] = new RefOrganisation(false, null, null, [], []);
                continue;
            }

            // Item scores are first averaged per organisation over the respondents who answered.
            var itemMeans = new Dictionary<string, double?>();
            foreach (var item in AllItems)
            {
                var scores = group.Select(r => ItemScore(item, r.Answers.GetValueOrDefault(item.Id))).Where(s => s.HasValue).Select(s => s!.Value).ToList();
                itemMeans[item.Id] = scores.Count == 0 ? null : scores.Sum() / scores.Count;
            }

            var constructs = new Dictionary<string, double?>();
            var preconditions = new Dictionary<string, double?>();
            foreach (var precondition in Preconditions)
            {
                foreach (var construct in precondition.Constructs)
                {
                    var present = construct.Items.Select(i => itemMeans[i.Id]).Where(s => s.HasValue).Select(s => s!.Value).ToList();
                    var needed = (int)Math.Ceiling(construct.Items.Count / 2.0);
                    constructs[construct.Id] = present.Count >= needed ? present.Sum() / present.Count : null;
                }

                var total = precondition.Constructs.Sum(c => c.Weight);
                var scored = precondition.Constructs.Where(c => constructs[c.Id].HasValue).ToList();
                var weight = scored.Sum(c => c.Weight);
                preconditions[precondition.Id] = scored.Count > 0 && weight >= total / 2
                    ? scored.Sum(c => c.Weight * constructs[c.Id]!.Value) / weight
                    : null;
            }

            double? index = preconditions.Values.All(p => p.HasValue) ? preconditions.Values.Sum(p => p!.Value) / preconditions.Count : null;
            int? stage = index is { } value ? Math.Min(StageOf(value), StageOf(preconditions.Values.Min(p => p!.Value)) + 1) : null;
            result[group.Key] = new RefOrganisation(true, index, stage, preconditions, constructs);
        }

        return result;
    }

    /// <summary>Cronbach's alpha per construct over respondents of organisations with a community, listwise.</summary>
    public Dictionary<string, double?> Reliability(IReadOnlyList<RefResponse> responses, Dictionary<string, RefOrganisation> organisations)
    {
        var cases = responses.Where(r => organisations[r.Organisation].HasCommunity).ToList();
        var alphas = new Dictionary<string, double?>();
        foreach (var construct in Preconditions.SelectMany(p => p.Constructs))
        {
            var rows = cases
                .Select(r => construct.Items.Select(i => ItemScore(i, r.Answers.GetValueOrDefault(i.Id))).ToList())
                .Where(row => row.All(s => s.HasValue))
                .Select(row => row.Select(s => s!.Value).ToArray())
                .ToList();
            var k = construct.Items.Count;
            if (k < 2 || rows.Count < 3)
            {
                alphas[construct.Id] = null;
                continue;
            }

            var itemVariance = Enumerable.Range(0, k).Sum(j => Variance(rows.Select(r => r[j]).ToList()));
            var totalVariance = Variance(rows.Select(r => r.Sum()).ToList());
            alphas[construct.Id] = totalVariance == 0 ? null : k / (k - 1.0) * (1 - (itemVariance / totalVariance));
        }

        return alphas;
    }

    private static int StageOf(double score) => score < 20 ? 1 : score < 40 ? 2 : score < 60 ? 3 : score < 80 ? 4 : 5;

    private static double Variance(List<double> values)
    {
        var mean = values.Average();
        return values.Sum(x => (x - mean) * (x - mean)) / (values.Count - 1);
    }

    private static RefItem ReadItem(JsonElement item) => new(
        item.GetProperty("id").GetString()!,
        item.GetProperty("scale").GetString()!,
        item.GetProperty("reverse").GetBoolean(),
        item.GetProperty("options").EnumerateArray().ToDictionary(o => o.GetProperty("value").GetString()!, o => o.GetProperty("points").GetDouble()),
        [.. item.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("value").GetString()!)]);
}

internal sealed record RefItem(string Id, string Scale, bool Reverse, Dictionary<string, double> Points, List<string> OptionValues);

internal sealed record RefConstruct(string Id, double Weight, List<RefItem> Items);

internal sealed record RefPrecondition(string Id, List<RefConstruct> Constructs);

internal sealed record RefResponse(string Organisation, string Respondent, Dictionary<string, string?> Answers);

internal sealed record RefOrganisation(bool HasCommunity, double? Index, int? Stage, Dictionary<string, double?> Preconditions, Dictionary<string, double?> Constructs);
