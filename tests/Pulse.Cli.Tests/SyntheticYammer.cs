using System.Globalization;
using System.Text;
using Pulse.Demo.Yammer;
using Pulse.Monitoring.Model;

namespace Pulse.Cli.Tests;

/// <summary>
/// A SYNTHETIC Yammer network export with the documented hazards — repeated rows of one id (the
/// last wins), deleted rows, private conversations, a private group, mentions, bodies with commas,
/// quotes and newlines, suspended and deleted users, a BOM — and its HR directory; plus the same
/// data as Pulse's domain records, built here straight from the rows (not by Pulse's reader), for
/// the independent reference to compute with.
/// </summary>
internal sealed class SyntheticYammer
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] Departments = ["Burgerzaken", "ICT", "HR", "Sociaal Domein", "Griffie"];

    public SyntheticYammer(int seed, int people = 60, int threads = 220)
    {
        var random = new Random(seed);
        var users = new List<YammerUserRow>();
        var directory = new List<DirectoryEntry>();
        for (var i = 0; i < people; i++)
        {
            var email = $"medewerker{i}@voorbeeld.nl";
            var department = Departments[i % 9 == 0 ? 4 : i % 4];
            // Every 7th person is not on the platform; every 11th platform user is suspended, every 13th deleted.
            if (i % 7 != 3)
            {
                var user = new YammerUserRow(1000 + i, $"Medewerker {i}", i % 5 == 0 ? email.ToUpperInvariant() : email) { Department = department };
                if (i % 11 == 0) user = user with { State = "soft_delete", SuspendedAt = Start.AddDays(-10), JoinedAt = Start.AddDays(-300) };
                else if (i % 13 == 0) user = user with { State = "soft_delete", DeletedAt = Start.AddDays(-5), JoinedAt = Start.AddDays(-300) };
                else user = user with { JoinedAt = Start.AddDays(-300) };
                users.Add(user);
            }

            directory.Add(new DirectoryEntry(email, $"Medewerker {i}", department, i % 8 == 0, i % 17 != 5, null, null));
        }

        // A guest on the platform, not in the directory.
        users.Add(new YammerUserRow(5000, "Gast Adviseur", "gast@adviesbureau.example") { JoinedAt = Start.AddDays(-30) });
        Users = users;
        Directory = directory;
        Groups = [new YammerGroupRow(1, "Iedereen"), new YammerGroupRow(2, "Projecten"), new YammerGroupRow(3, "Leidinggevenden") { IsPrivate = true }];

        var rows = new List<YammerMessageRow>();
        long id = 2_000_000_000_000_000;
        for (var t = 0; t < threads; t++)
        {
            var group = Groups[random.Next(Groups.Count)];
            var starterUser = users[random.Next(users.Count)];
            var created = Start.AddMinutes(random.Next(0, 60 * 24 * 120));
            var starterId = id++;
            var body = t % 10 == 0 ? $"Vraag, met \"quotes\", komma's\nen een nieuwe regel voor [[user:{users[0].Id}]]" : $"Onderwerp {t}";
            var starter = new YammerMessageRow(starterId, starterId, starterUser.Id, created, body) { GroupId = group.Id, GroupName = group.Name, InPrivateGroup = group.IsPrivate };
            if (t % 19 == 0) starter = starter with { DeletedAt = created.AddHours(2), DeletedById = starterUser.Id };
            rows.Add(starter);
            if (t % 23 == 0) rows.Add(starter with { Body = "Bewerkte versie: " + body });   // a later version of the same id
            var at = created;
            var replies = random.Next(0, 5);
            for (var r = 0; r < replies; r++)
            {
                at = at.AddMinutes(random.Next(5, 60 * 40));
                var author = users[random.Next(users.Count)];
                var reply = new YammerMessageRow(id++, starterId, author.Id, at, $"Antwoord {r}, graag gedaan")
                {
                    RepliedToId = r == 0 || random.Next(3) == 0 ? starterId : rows[^1].Id,
                    GroupId = group.Id,
                    GroupName = group.Name,
                    InPrivateGroup = group.IsPrivate,
                };
                if (random.Next(40) == 0) reply = reply with { DeletedAt = at.AddMinutes(3), DeletedById = author.Id };
                rows.Add(reply);
            }
        }

        // Private conversations: never counted.
        for (var p = 0; p < 15; p++)
        {
            var a = users[random.Next(users.Count)];
            var b = users[random.Next(users.Count)];
            var first = id++;
            var at = Start.AddMinutes(random.Next(0, 60 * 24 * 120));
            rows.Add(new YammerMessageRow(first, first, a.Id, at, "Even bellen?") { InPrivateConversation = true, Participants = $"user:{a.Id},user:{b.Id}" });
            rows.Add(new YammerMessageRow(id++, first, b.Id, at.AddMinutes(4), "Ja hoor") { RepliedToId = first, InPrivateConversation = true, Participants = $"user:{a.Id},user:{b.Id}" });
        }

        Rows = rows;
    }

    public IReadOnlyList<YammerUserRow> Users { get; }

    public IReadOnlyList<DirectoryEntry> Directory { get; }

    public IReadOnlyList<YammerGroupRow> Groups { get; }

    public IReadOnlyList<YammerMessageRow> Rows { get; }

    public void WriteZip(string path) => new YammerExportWriter().WriteZip(path, new YammerExportContent(Users, Groups, [], Rows));

    public void WriteDirectory(string path)
    {
        var text = new StringBuilder("email;department;manager;target_group;name\n");
        foreach (var e in Directory) text.Append(CultureInfo.InvariantCulture, $"{e.Email};{e.Department};{(e.IsManager ? "ja" : "nee")};{(e.InTargetGroup ? "ja" : "nee")};{e.Name}\n");
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(true));
    }

    /// <summary>The export as domain records, read off the rows themselves: last version of an id, private when in a private conversation or outside a group.</summary>
    public (IReadOnlyList<Message> Messages, IReadOnlyList<Account> Accounts) Expected()
    {
        var last = new Dictionary<long, YammerMessageRow>();
        foreach (var row in Rows) last[row.Id] = row;
        var messages = last.Values.Select(m => new Message(
            m.Id.ToString(CultureInfo.InvariantCulture), m.ThreadId.ToString(CultureInfo.InvariantCulture), m.RepliedToId?.ToString(CultureInfo.InvariantCulture),
            m.GroupId?.ToString(CultureInfo.InvariantCulture), m.SenderId.ToString(CultureInfo.InvariantCulture), m.CreatedAt, null, m.DeletedAt,
            m.InPrivateConversation || m.GroupId is null, MessageKind.Post, m.Body, 0, false, [])).ToList();
        var accounts = Users.Select(u => new Account(
            u.Id.ToString(CultureInfo.InvariantCulture), u.Name, u.Email, u.Department, null, null,
            u.DeletedAt is not null ? AccountState.Deleted : u.SuspendedAt is not null ? AccountState.Suspended : AccountState.Active, false, u.JoinedAt)).ToList();
        return (messages, accounts);
    }
}
