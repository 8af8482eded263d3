using Pulse.Demo.Yammer;

namespace Pulse.Demo;

/// <summary>
/// The demo organisation's platform: its staff and six months of messages in Yammer's export
/// layout, written by <see cref="YammerExportWriter"/> and imported by the real connector — the demo
/// travels the same path as a customer's export. Fictional, and deterministic: one seed, fixed dates.
/// </summary>
public sealed class DemoCommunity
{
    /// <summary>The demo's messages run from here…</summary>
    public static readonly DateTimeOffset Start = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>…to here (exclusive).</summary>
    public static readonly DateTimeOffset End = new(2026, 11, 28, 0, 0, 0, TimeSpan.Zero);

    private const int EverydayThreads = 650;
    private const int PrivateConversations = 40;

    private readonly Random random = new(20261128);
    private readonly List<YammerMessageRow> messages = [];
    private readonly Dictionary<long, DemoPerson> byAccount;
    private long nextMessageId = 2_000_000_000_000_000;

    public DemoCommunity()
    {
        People = DemoPeople.Generate(random);
        Accounts = [.. People.Where(p => p.OnPlatform)];
        byAccount = Accounts.ToDictionary(p => p.AccountId);
        Guests = [.. Enumerable.Range(0, 12).Select(i => new YammerUserRow(1_600_000_000 + i, $"Gast {i + 1} (adviesbureau)", $"gast{i + 1}@adviesbureau.example")
        {
            JobTitle = "Externe adviseur",
            JoinedAt = Start.AddDays(i * 7),
        })];
        Generate();
    }

    public IReadOnlyList<DemoPerson> People { get; }

    /// <summary>Staff with a platform account.</summary>
    public IReadOnlyList<DemoPerson> Accounts { get; }

    /// <summary>External guests: on the platform, not in the directory.</summary>
    public IReadOnlyList<YammerUserRow> Guests { get; }

    public IReadOnlyList<YammerMessageRow> Messages => messages;

    public YammerExportContent Export() => new(Users(), Groups(), Topics(), messages);

    private IEnumerable<YammerUserRow> Users()
    {
        foreach (var p in Accounts)
        {
            yield return new YammerUserRow(p.AccountId, p.Name, p.Email)
            {
                Department = p.Department,
                JobTitle = p.JobTitle,
                Location = p.Location,
                JoinedAt = Start.AddDays(-400 + (int)(p.AccountId % 300)),
            };
        }

        foreach (var guest in Guests) yield return guest;
    }

    private static IEnumerable<YammerGroupRow> Groups() => DemoConversations.Groups.Select(g =>
        new YammerGroupRow(g.Id, g.Name) { Description = g.Description, IsPrivate = g.IsPrivate, CreatedAt = Start.AddDays(-500) });

    private static readonly string[] TopicNames =
        ["omgevingswet", "hybridewerken", "reorganisatie", "duurzaamheid", "storing", "onboarding", "kennisdelen", "informatiebeveiliging"];

    private static IEnumerable<YammerTopicRow> Topics() =>
        TopicNames.Select((name, i) => new YammerTopicRow(3_000_000 + i, name) { CreatedAt = Start.AddDays(-200) });

    private void Generate()
    {
        var weights = Accounts.Select(a => a.Activity).ToArray();
        var managers = Accounts.Where(a => a.IsManager).ToArray();
        foreach (var thread in DemoConversations.Threads)
        {
            var group = DemoConversations.Groups.Single(g => g.Id == thread.Group);
            var starter = thread.ManagerStarts || group.IsPrivate ? managers[random.Next(managers.Length)] : Pick(weights);
            AddThread(group, starter, thread.Starter, thread.Replies, group.IsPrivate ? managers : null, weights);
        }

        for (var i = 0; i < EverydayThreads; i++)
        {
            var group = DemoConversations.Groups[random.Next(DemoConversations.Groups.Count - 1)]; // not the private managers' group
            var (starter, replies) = Everyday(group.Language);
            AddThread(group, Pick(weights), starter, replies, null, weights);
        }

        // Something that trends: in the last week the parking garage closed, and everyone talks about it.
        for (var i = 0; i < 14; i++)
        {
            var group = DemoConversations.Groups.Single(g => g.Name == "Iedereen bij Lindeloo");
            AddThread(group, Pick(weights), One(DemoPhrases.GarageStarters), DemoPhrases.GarageReplies, null, weights, End.AddDays(-8), End.AddDays(-1));
        }

        // Knowledge that rests on one person: a specialist of Ruimte en Omgeving answers the questions
        // about the Omgevingswet, again and again (experts, knowledge risk and its alert show her).
        var specialist = Accounts.First(a => a.Department == "Ruimte en Omgeving" && !a.IsManager && a.InTargetGroup);
        var omgevingswet = DemoConversations.Groups.Single(g => g.Id == 102);
        for (var i = 0; i < 16; i++)
        {
            var starter = Pick(weights);
            if (starter.AccountId == specialist.AccountId) continue;
            AddAnswered(omgevingswet, starter, One(OmgevingswetQuestions), specialist, [.. OmgevingswetAnswers.OrderBy(_ => random.Next()).Take(4)]);
        }

        for (var i = 0; i < PrivateConversations; i++) AddPrivateConversation(weights);
        messages.Sort((a, b) => a.CreatedAt.CompareTo(b.CreatedAt));
    }

    private (string Starter, string[] Replies) Everyday(string language)
    {
        string Fill(string text) => text
            .Replace("{thing}", One(DemoPhrases.Things), StringComparison.Ordinal)
            .Replace("{tool}", One(DemoPhrases.Tools), StringComparison.Ordinal)
            .Replace("{team}", One(DemoPhrases.Teams), StringComparison.Ordinal);

        if (language == "en")
        {
            return (Fill(One(DemoPhrases.EnglishQuestions)), [.. DemoPhrases.EnglishReplies.Select(Fill)]);
        }

        var tag = random.NextDouble() < 0.4 ? " " + One(DemoPhrases.Hashtags) : string.Empty;
        return random.Next(6) switch
        {
            0 or 1 => ($"Weet iemand waar ik {One(DemoPhrases.Things)} kan vinden?{tag}", [.. DemoPhrases.HelpfulReplies.Select(Fill), .. DemoPhrases.ThanksReplies]),
            2 => ($"Heeft iemand al ervaring met {One(DemoPhrases.Tools)}? Ik wil het in ons team gaan gebruiken.{tag}", [.. DemoPhrases.HelpfulReplies.Select(Fill), .. DemoPhrases.ThanksReplies]),
            3 => ($"Op {One(DemoPhrases.Days)} organiseert {One(DemoPhrases.Teams)} een {One(DemoPhrases.Events)}. Iedereen is welkom!{tag}", DemoPhrases.CheerReplies),
            4 => ($"Complimenten aan {One(DemoPhrases.Teams)} voor {One(DemoPhrases.Achievements)}!{tag}", DemoPhrases.CheerReplies),
            _ => ($"Alweer problemen met {One(DemoPhrases.Systems)}. Dit kost ons echt veel tijd. #storing", DemoPhrases.ComplaintReplies),
        };
    }

    private static readonly string[] OmgevingswetQuestions =
    [
        "Hoe toetsen we een aanvraag omgevingsvergunning aan het omgevingsplan als het bestemmingsplan nog geldt? #omgevingswet",
        "Welke termijn geldt er voor een vergunning in de uitgebreide procedure onder de Omgevingswet? #omgevingswet",
        "Weet iemand hoe je in het DSO een melding doorzet naar de omgevingsdienst? #omgevingswet",
        "Moet een dakkapel aan de achterkant nu wel of niet vergunningvrij onder de Omgevingswet? #omgevingswet",
    ];

    private static readonly string[] OmgevingswetAnswers =
    [
        "Het bestemmingsplan maakt deel uit van het tijdelijke deel van het omgevingsplan; je toetst daaraan, plus de bruidsschat. Zie de werkinstructie Omgevingswet.",
        "Uitgebreide procedure: zes maanden, met één keer zes weken verlenging. Bij de reguliere procedure is het acht weken.",
        "In het DSO zet je de melding door via 'Doorzenden naar bevoegd gezag'; de omgevingsdienst krijgt hem dan in hun zaaksysteem.",
        "Vergunningvrij als hij aan de achterkant staat en binnen de regels van het Besluit bouwwerken leefomgeving blijft; check wel het omgevingsplan.",
        "Ik heb er een stappenplan voor gemaakt op het intranet, onder Omgevingswet > Vergunningen.",
        "Bel me gerust als het niet lukt, dan kijken we er samen naar.",
    ];

    /// <summary>A question answered by one person, within hours, in a few replies.</summary>
    private void AddAnswered(DemoGroup group, DemoPerson starter, string question, DemoPerson answerer, string[] answers)
    {
        var created = WorkingMoment(Start, End.AddDays(-2));
        var id = nextMessageId++;
        Add(new YammerMessageRow(id, id, starter.AccountId, created, question) { GroupId = group.Id, GroupName = group.Name });
        var at = created;
        foreach (var answer in answers)
        {
            at = at.AddMinutes(20 + random.Next(180));
            if (at >= End) break;
            Add(new YammerMessageRow(nextMessageId++, id, answerer.AccountId, at, answer) { RepliedToId = id, GroupId = group.Id, GroupName = group.Name });
        }
    }

    private void AddThread(
        DemoGroup group, DemoPerson starter, string text, string[] replyPool, DemoPerson[]? repliers, double[] weights, DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        var created = WorkingMoment(from ?? Start, to ?? End.AddDays(-2));
        var id = nextMessageId++;
        Add(new YammerMessageRow(id, id, starter.AccountId, created, text) { GroupId = group.Id, GroupName = group.Name, InPrivateGroup = group.IsPrivate });

        // About one thread in six stays unanswered; others get a few replies, quickly or slowly.
        var replyCount = random.NextDouble() < 0.17 ? 0 : Math.Min(replyPool.Length, 1 + (int)(random.NextDouble() * random.NextDouble() * replyPool.Length * 1.4));
        var order = replyPool.OrderBy(_ => random.Next()).Take(replyCount).ToList();
        var at = created;
        long parent = id;
        foreach (var reply in order)
        {
            at = at.AddMinutes(5 + (-Math.Log(1 - random.NextDouble()) * 240));
            if (at >= End) break;
            var author = repliers is null ? Pick(weights) : repliers[random.Next(repliers.Length)];
            if (author.AccountId == starter.AccountId && random.NextDouble() < 0.7) author = Pick(weights);
            var body = random.NextDouble() < 0.15 ? $"[[user:{starter.AccountId}]] {reply}" : reply;
            var replyId = nextMessageId++;
            var deleted = random.NextDouble() < 0.01 ? at.AddHours(1) : (DateTimeOffset?)null;
            Add(new YammerMessageRow(replyId, id, author.AccountId, at, body)
            {
                RepliedToId = random.NextDouble() < 0.8 ? id : parent,
                GroupId = group.Id,
                GroupName = group.Name,
                InPrivateGroup = group.IsPrivate,
                DeletedAt = deleted,
                DeletedById = deleted is null ? null : author.AccountId,
            });
            parent = replyId;
        }
    }

    private void AddPrivateConversation(double[] weights)
    {
        var a = Pick(weights);
        var b = Pick(weights);
        var at = WorkingMoment(Start, End.AddDays(-1));
        var id = nextMessageId++;
        var participants = $"user:{a.AccountId},user:{b.AccountId}";
        Add(new YammerMessageRow(id, id, a.AccountId, at, "Hoi, heb je even tijd om te bellen over het overleg van morgen?")
        {
            InPrivateConversation = true,
            Participants = participants,
        });
        Add(new YammerMessageRow(nextMessageId++, id, b.AccountId, at.AddMinutes(12), "Ja hoor, over vijf minuten?")
        {
            RepliedToId = id,
            InPrivateConversation = true,
            Participants = participants,
        });
    }

    private void Add(YammerMessageRow row)
    {
        var sender = byAccount.GetValueOrDefault(row.SenderId);
        messages.Add(row with { SenderName = sender?.Name, SenderEmail = sender?.Email });
    }

    /// <summary>A person drawn in proportion to their activity (a heavy-tailed weight).</summary>
    private DemoPerson Pick(double[] weights)
    {
        var total = 0.0;
        foreach (var w in weights) total += w;
        var target = random.NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            target -= weights[i];
            if (target <= 0) return Accounts[i];
        }

        return Accounts[^1];
    }

    /// <summary>A weekday moment during office hours, in Dutch local time expressed in UTC.</summary>
    private DateTimeOffset WorkingMoment(DateTimeOffset from, DateTimeOffset to)
    {
        while (true)
        {
            var day = from.AddDays(random.Next((int)(to - from).TotalDays));
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
            var minutes = 7 * 60 + random.Next(10 * 60);
            return new DateTimeOffset(day.Year, day.Month, day.Day, 0, 0, 0, TimeSpan.FromHours(2)).AddMinutes(minutes).ToUniversalTime();
        }
    }

    private string One(string[] options) => options[random.Next(options.Length)];
}
