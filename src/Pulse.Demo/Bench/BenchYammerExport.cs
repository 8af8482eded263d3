using Pulse.Demo.Yammer;

namespace Pulse.Demo.Bench;

/// <summary>
/// A large SYNTHETIC Yammer export for the import benchmark: realistic row sizes (bodies of
/// 150–600 characters with commas, quotes and newlines, mentions), threads of several replies,
/// some deleted rows and private conversations. About 440 bytes per message row.
/// </summary>
/// <remarks>
/// By default every body is drawn from the same 37 words, so every word occurs in most messages: the worst
/// case for free-text retrieval (expert finding scores every posting of a query word). With
/// <see cref="BenchVocabulary.Zipf"/> the words follow Zipf's law over 50,000 forms, as words in real text do:
/// those 37 are the most frequent, and most forms are rare. <see cref="BenchVocabulary.ZipfBurst"/> adds a
/// topic that bursts in the last two weeks, so that trends have something to find and evidence to show.
/// </remarks>
public static class BenchYammerExport
{
    private static readonly string[] Words =
    [
        "de", "het", "een", "en", "van", "voor", "met", "op", "dat", "niet", "ook", "maar", "werk", "team", "collega's", "vraag",
        "antwoord", "project", "planning", "overleg", "afdeling", "platform", "intranet", "informatie", "gemeente", "inwoners",
        "beleid", "afspraak", "document", "vergadering", "voorstel", "kennis", "ervaring", "vandaag", "morgen", "volgende", "week",
    ];

    public static YammerExportContent Create(int messages, int users = 20_000, int seed = 1, BenchVocabulary vocabulary = BenchVocabulary.Small)
    {
        var random = new Random(seed);
        var words = vocabulary is BenchVocabulary.Zipf or BenchVocabulary.ZipfBurst ? ZipfWords.Create(random) : null;
        var userRows = Enumerable.Range(0, users).Select(i =>
            new YammerUserRow(10_000 + i, $"Medewerker {i}", $"medewerker{i}@bench.example") { Department = "Afdeling " + (i % 60) });
        var groups = Enumerable.Range(1, 50).Select(i => new YammerGroupRow(i, "Groep " + i)).ToList();
        return new YammerExportContent(userRows, groups, [], Messages(messages, users, groups, random, words, vocabulary == BenchVocabulary.ZipfBurst));
    }

    /// <summary>The phrase of <see cref="BenchVocabulary.ZipfBurst"/>: in none of the earlier messages, then in up to 30 % of the last days'.</summary>
    public const string BurstPhrase = "nieuwe werkplek";

    private static IEnumerable<YammerMessageRow> Messages(int count, int users, List<YammerGroupRow> groups, Random random, ZipfWords? zipf, bool burst)
    {
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        long thread = 0;
        YammerGroupRow group = groups[0];
        var body = new System.Text.StringBuilder();
        for (long i = 0; i < count; i++)
        {
            var id = 3_000_000_000_000_000 + i;
            var starter = i % 5 == 0;
            if (starter)
            {
                thread = id;
                group = groups[random.Next(groups.Count)];
            }

            body.Clear();
            var words = 12 + random.Next(45);
            for (var w = 0; w < words; w++) body.Append(zipf is null ? Words[random.Next(Words.Length)] : zipf.Next(random)).Append(w % 13 == 12 ? ", " : " ");
            if (i % 7 == 0) body.Append("\"citaat\" en\neen nieuwe regel ");
            if (i % 11 == 0) body.Append("[[user:").Append(10_000 + random.Next(users)).Append("]]");
            // Messages are 30 s apart: the last 14 days hold the burst, growing towards the end.
            var daysFromEnd = (count - 1 - i) * 30 / 86_400;
            if (burst && daysFromEnd < 14 && random.NextDouble() < 0.3 * (14 - daysFromEnd) / 14) body.Append(' ').Append(BurstPhrase);
            var isPrivate = i % 97 == 0;
            yield return new YammerMessageRow(id, thread, 10_000 + random.Next(users), start.AddSeconds(i * 30), body.ToString())
            {
                RepliedToId = starter ? null : thread,
                GroupId = isPrivate ? null : group.Id,
                GroupName = isPrivate ? null : group.Name,
                InPrivateConversation = isPrivate,
                DeletedAt = i % 101 == 0 ? start.AddSeconds((i * 30) + 60) : null,
            };
        }
    }

    /// <summary>50,000 word forms (the common words first, then made-up three-syllable forms) drawn with Zipf's law (s = 1).</summary>
    private sealed class ZipfWords(string[] forms, double[] cumulative)
    {
        private static readonly string[] Syllables =
        [
            "ver", "ge", "be", "on", "raad", "werk", "plan", "tijd", "kos", "ten", "rap", "port", "dienst", "ling", "heid",
            "schap", "zorg", "wijk", "huis", "bouw", "weg", "lan", "der", "mo", "ni", "tor", "data", "net", "proc", "es",
        ];

        public static ZipfWords Create(Random random)
        {
            var made = new List<string>(Syllables.Length * Syllables.Length * Syllables.Length);
            foreach (var a in Syllables)
                foreach (var b in Syllables)
                    foreach (var c in Syllables)
                        made.Add(a + b + c);
            random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(made));
            // 27,000 made-up forms, and the same with a plural ending: 50,000 in all with the common words.
            string[] forms = [.. Words, .. made, .. made.Select(w => w + "en")];
            forms = forms[..50_000];
            var cumulative = new double[forms.Length];
            var sum = 0.0;
            for (var rank = 0; rank < forms.Length; rank++) cumulative[rank] = sum += 1.0 / (rank + 1);
            return new ZipfWords(forms, cumulative);
        }

        public string Next(Random random)
        {
            var at = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
            return forms[at < 0 ? Math.Min(~at, forms.Length - 1) : at];
        }
    }
}

/// <summary>The words of the synthetic bodies (see <see cref="BenchYammerExport"/>).</summary>
public enum BenchVocabulary
{
    /// <summary>37 common words: every word in most messages, the worst case for retrieval.</summary>
    Small,

    /// <summary>Zipf's law over 50,000 forms, like real text.</summary>
    Zipf,

    /// <summary><see cref="Zipf"/>, plus a phrase that bursts in the last two weeks (<see cref="BenchYammerExport.BurstPhrase"/>): a trend.</summary>
    ZipfBurst,
}
