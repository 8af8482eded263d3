using System.Globalization;
using Pulse.Maturity.Answers;
using Pulse.Maturity.Model;

namespace Pulse.Benchmarks;

/// <summary>Random but valid answers to every item of a model: the benchmark's synthetic wave.</summary>
internal static class SyntheticWave
{
    public static IReadOnlyList<Response> Responses(MaturityModel model, int respondents, int organisations, int seed = 7)
    {
        var random = new Random(seed);
        var responses = new List<Response>(respondents);
        for (var r = 0; r < respondents; r++)
        {
            var values = new string?[model.AllItems.Count];
            for (var i = 0; i < values.Length; i++) values[i] = Value(model.AllItems[i], random);
            var organisation = "org-" + (r % organisations).ToString("D4", CultureInfo.InvariantCulture);
            responses.Add(new Response(organisation, (r / organisations + 1).ToString(CultureInfo.InvariantCulture), values));
        }

        return responses;
    }

    /// <summary>One answer: mostly a valid value, sometimes "don't know" (missing).</summary>
    public static string? Value(Item item, Random random)
    {
        if (item.Id == FactIds.HasCommunity) return random.NextDouble() < 0.95 ? "yes" : "no";
        if (random.NextDouble() < 0.05) return null;
        return item.Scale switch
        {
            Scale.Likert5 => random.Next(1, 6).ToString(CultureInfo.InvariantCulture),
            Scale.Likert7 => random.Next(1, 8).ToString(CultureInfo.InvariantCulture),
            Scale.YesNo => random.Next(2) == 0 ? "yes" : "no",
            Scale.Percent => random.Next(0, 101).ToString(CultureInfo.InvariantCulture),
            Scale.Choice => item.Options[random.Next(item.Options.Count)].Value,
            _ => string.Join(';', item.Options.Where(_ => random.Next(3) == 0).Select(o => o.Value).DefaultIfEmpty(item.Options[0].Value)),
        };
    }
}
