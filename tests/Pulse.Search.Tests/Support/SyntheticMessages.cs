using System.Text;
using Pulse.Search.Analysis;
using Pulse.Search.Indexing;

namespace Pulse.Search.Tests.Support;

/// <summary>Reproducible messages for measuring speed: 12–45 words from a Dutch and English
/// vocabulary (a few thousand forms: base words with suffixes), a theme word in about 1 in 20.</summary>
internal static class SyntheticMessages
{
    private static readonly string[] Stems =
    [
        "werk", "plek", "team", "project", "klant", "vergader", "overleg", "koffie", "lunch", "plan", "budget",
        "rooster", "dienst", "afdeling", "locatie", "kantoor", "thuis", "rapport", "cijfer", "doel", "idee",
        "vraag", "antwoord", "update", "nieuws", "week", "maand", "jaar", "dag", "ochtend", "middag",
        "meeting", "report", "customer", "office", "schedule", "release", "deploy", "review", "feedback",
        "training", "course", "policy", "travel", "expense", "holiday", "question", "answer", "issue", "ticket",
        "systeem", "netwerk", "printer", "laptop", "scherm", "app", "portaal", "intranet", "proces", "regel",
    ];

    private static readonly string[] Suffixes = ["", "en", "s", "ing", "er", "ers", "je", "tjes", "ed", "t", "de", "lijk"];

    private static readonly string[] Glue =
    [
        "de", "het", "een", "en", "of", "maar", "voor", "met", "op", "in", "is", "zijn", "we", "ik", "jij",
        "the", "a", "and", "or", "but", "for", "with", "on", "in", "is", "are", "we", "I", "you", "niet", "not",
    ];

    private static readonly string[] ThemeWords = ["reorganisatie", "nieuwe werkplek", "test", "Café", "reorganisaties"];

    public static IEnumerable<IndexedMessage> Generate(int count, int seed = 2026)
    {
        var random = new Random(seed);
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var span = TimeSpan.FromDays(730).Ticks / count;
        var body = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            body.Clear();
            var words = random.Next(12, 46);
            for (var w = 0; w < words; w++)
            {
                if (w > 0)
                    body.Append(' ');
                if (random.Next(3) == 0)
                    body.Append(Glue[random.Next(Glue.Length)]);
                else
                    body.Append(Stems[random.Next(Stems.Length)]).Append(Stems[random.Next(Stems.Length)]).Append(Suffixes[random.Next(Suffixes.Length)]);
                if (random.Next(20) == 0)
                    body.Append(' ').Append(ThemeWords[random.Next(ThemeWords.Length)]);
            }

            body.Append('.');
            yield return Messages.Post(
                "s" + i, body.ToString(), start + TimeSpan.FromTicks(span * i), TextLanguage.Unknown,
                author: "u" + random.Next(20_000), group: "g" + random.Next(200));
        }
    }
}
