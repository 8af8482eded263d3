using System.Globalization;
using Pulse.Maturity.Model;

namespace Pulse.Demo;

/// <summary>
/// Questionnaire answers for the demo's organisations in two waves (2025 and 2026): each
/// organisation has a hidden maturity level that drives its answers, with noise, so that scores
/// spread realistically, constructs hang together (alpha is meaningful) and most organisations
/// grow a little from one wave to the next. Two organisations have no community: counted, not scored.
/// </summary>
public static class DemoSurvey
{
    public static readonly string[] Waves = ["2025", "2026"];

    /// <summary>
    /// A wave's date: the day its answers came in, a year apart, the later one at the end of the
    /// showcase's messages — fixed, so that the reality check compares the 2026 claims with the last 90
    /// days of messages whenever the demo is built, and finds no messages for 2025.
    /// </summary>
    public static DateTime DateOf(string wave) =>
        DemoCommunity.End.UtcDateTime.AddYears(Array.IndexOf(Waves, wave) - (Waves.Length - 1));

    /// <summary>Organisations that answered "no community" (the short path of the questionnaire).</summary>
    public static readonly string[] WithoutCommunity = ["museum-het-kunsthuis", "advocatenkantoor-de-waal"];

    /// <summary>Rows of an answer file: column name → value, organisation and respondent first.</summary>
    public static IEnumerable<IReadOnlyDictionary<string, string>> Answers(MaturityModel model, string wave)
    {
        ArgumentNullException.ThrowIfNull(model);
        var waveIndex = Array.IndexOf(Waves, wave);
        var levels = new Random(4242);
        foreach (var organisation in DemoOrganisations.All)
        {
            // The hidden level; the same organisation is a little further along in the later wave.
            var level = 0.12 + (0.8 * levels.NextDouble());
            var growth = 0.02 + (0.06 * levels.NextDouble());
            level = Math.Clamp(level + (waveIndex * growth), 0, 1);
            // The showcase answers as a small employee survey: five respondents, the smallest group whose combined answers may be published.
            var respondents = organisation == DemoOrganisations.Showcase ? 5 : 1;
            for (var respondent = 1; respondent <= respondents; respondent++)
            {
                var random = new Random(HashCode(organisation.Slug, wave, respondent));
                var row = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["organisation"] = organisation.Slug,
                    ["respondent"] = respondent.ToString(CultureInfo.InvariantCulture),
                };
                var hasCommunity = !WithoutCommunity.Contains(organisation.Slug);
                foreach (var item in model.AllItems)
                {
                    if (item.Id == FactIds.HasCommunity)
                    {
                        row[item.Id] = hasCommunity ? "yes" : "no";
                        continue;
                    }

                    // Organisations without a community answer only the short path; others skip ~3 %.
                    if (!hasCommunity || random.NextDouble() < 0.03)
                    {
                        row[item.Id] = string.Empty;
                        continue;
                    }

                    row[item.Id] = Value(item, level, random);
                }

                if (organisation == DemoOrganisations.Showcase && wave == Waves[^1])
                {
                    foreach (var (id, value) in ShowcaseClaims(respondent)) row[id] = value;
                }

                yield return row;
            }
        }
    }

    /// <summary>
    /// What the showcase's respondents claim in the latest wave, fixed so that the reality check has a
    /// story to tell: on average 60 % of the target group active and 45 % needing the platform for
    /// their work, where its messages show about a third writing and hardly anyone on 10 of 28 days;
    /// and "some" senior managers taking part, which the messages bear out (about a third of managers).
    /// </summary>
    private static IEnumerable<(string Id, string Value)> ShowcaseClaims(int respondent)
    {
        yield return (FactIds.ActiveShare, new[] { "55", "60", "65", "60", "60" }[respondent - 1]);
        yield return (FactIds.NeedForWorkShare, new[] { "40", "45", "50", "45", "45" }[respondent - 1]);
        yield return (FactIds.ManagementParticipation, "some");
        yield return (FactIds.TargetAll, "yes");
    }

    private static string Value(Item item, double level, Random random)
    {
        var noisy = Math.Clamp(level + ((random.NextDouble() - 0.5) * 0.45), 0, 1);
        switch (item.Scale)
        {
            case Scale.Likert5 or Scale.Likert7:
                var k = item.Scale == Scale.Likert5 ? 5 : 7;
                var agreement = 1 + (int)Math.Round(noisy * (k - 1));
                return (item.Reverse ? k + 1 - agreement : agreement).ToString(CultureInfo.InvariantCulture);
            case Scale.YesNo:
                return random.NextDouble() < noisy ? "yes" : "no";
            case Scale.Percent:
                return Math.Round(Math.Clamp((noisy * 90) + (random.NextDouble() * 10), 0, 100)).ToString(CultureInfo.InvariantCulture);
            case Scale.Choice:
                return item.Options[(int)Math.Round(noisy * (item.Options.Count - 1))].Value;
            default:
                // Multiple choice: the more mature, the more instruments; "none" only when nothing else.
                var chosen = item.Options.Where(o => o.Points > 0 && random.NextDouble() < noisy * 0.8).Select(o => o.Value).ToList();
                var none = item.Options.FirstOrDefault(o => o.Points == 0);
                return chosen.Count > 0 ? string.Join(';', chosen) : none?.Value ?? item.Options[0].Value;
        }
    }

    /// <summary>A stable seed (string.GetHashCode differs per process).</summary>
    private static int HashCode(string slug, string wave, int respondent)
    {
        var hash = 17;
        foreach (var c in $"{slug}/{wave}/{respondent}") hash = unchecked((hash * 31) + c);
        return hash;
    }
}
