using System.Globalization;
using Pulse.Demo.Bench;
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
            for (var i = 0; i < values.Length; i++) values[i] = BenchAnswers.Value(model.AllItems[i], random);
            var organisation = "org-" + (r % organisations).ToString("D4", CultureInfo.InvariantCulture);
            responses.Add(new Response(organisation, (r / organisations + 1).ToString(CultureInfo.InvariantCulture), values));
        }

        return responses;
    }
}
