using Pulse.Demo.Yammer;

namespace Pulse.Demo.Bench;

/// <summary>
/// A large SYNTHETIC Yammer export for the import benchmark: realistic row sizes (bodies of
/// 150–600 characters with commas, quotes and newlines, mentions), threads of several replies,
/// some deleted rows and private conversations. About 440 bytes per message row.
/// </summary>
public static class BenchYammerExport
{
    private static readonly string[] Words =
    [
        "de", "het", "een", "en", "van", "voor", "met", "op", "dat", "niet", "ook", "maar", "werk", "team", "collega's", "vraag",
        "antwoord", "project", "planning", "overleg", "afdeling", "platform", "intranet", "informatie", "gemeente", "inwoners",
        "beleid", "afspraak", "document", "vergadering", "voorstel", "kennis", "ervaring", "vandaag", "morgen", "volgende", "week",
    ];

    public static YammerExportContent Create(int messages, int users = 20_000, int seed = 1)
    {
        var random = new Random(seed);
        var userRows = Enumerable.Range(0, users).Select(i =>
            new YammerUserRow(10_000 + i, $"Medewerker {i}", $"medewerker{i}@bench.example") { Department = "Afdeling " + (i % 60) });
        var groups = Enumerable.Range(1, 50).Select(i => new YammerGroupRow(i, "Groep " + i)).ToList();
        return new YammerExportContent(userRows, groups, [], Messages(messages, users, groups, random));
    }

    private static IEnumerable<YammerMessageRow> Messages(int count, int users, List<YammerGroupRow> groups, Random random)
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
            for (var w = 0; w < words; w++) body.Append(Words[random.Next(Words.Length)]).Append(w % 13 == 12 ? ", " : " ");
            if (i % 7 == 0) body.Append("\"citaat\" en\neen nieuwe regel ");
            if (i % 11 == 0) body.Append("[[user:").Append(10_000 + random.Next(users)).Append("]]");
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
}
