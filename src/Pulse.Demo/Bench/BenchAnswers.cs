using System.Globalization;
using Pulse.Maturity.Model;

namespace Pulse.Demo.Bench;

/// <summary>Random but valid answers to an item, for synthetic benchmark waves.</summary>
public static class BenchAnswers
{
    public static string? Value(Item item, Random random)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(random);
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
