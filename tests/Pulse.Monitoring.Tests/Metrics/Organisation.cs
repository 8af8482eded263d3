using System.Globalization;
using Pulse.Monitoring.Metrics;
using Pulse.Monitoring.Model;

namespace Pulse.Monitoring.Tests.Metrics;

/// <summary>
/// A small hand-made organisation for one test: accounts, directory entries and messages, with
/// message ids numbered in the order they are written. Synthetic data.
/// </summary>
internal sealed class Organisation
{
    /// <summary>The period most tests look at: March 2025.</summary>
    public static readonly Period March = new(At(2025, 3, 1), At(2025, 4, 1));

    private readonly List<Message> _messages = [];
    private readonly List<Account> _accounts = [];
    private readonly List<DirectoryEntry> _directory = [];

    public static DateTimeOffset At(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    /// <summary>A moment in March 2025.</summary>
    public static DateTimeOffset InMarch(int day, int hour = 12) => At(2025, 3, day, hour);

    public ParticipationInput Input => new(_messages, _accounts, _directory);

    public Organisation Account(
        string id,
        string? email = null,
        string? department = null,
        AccountState state = AccountState.Active,
        bool bot = false)
    {
        _accounts.Add(new Account(id, id, email, department, null, null, state, bot, null));
        return this;
    }

    public Organisation Employee(string email, string? department = null, bool manager = false, bool targetGroup = true)
    {
        _directory.Add(new DirectoryEntry(email, null, department, manager, targetGroup, null, null));
        return this;
    }

    /// <summary>A person in the directory with an account whose id is the part before the @.</summary>
    public Organisation Person(string name, string? department = null, bool manager = false, bool targetGroup = true)
    {
        var email = name + "@example.org";
        return Employee(email, department, manager, targetGroup).Account(name, email);
    }

    public Message Post(
        string? author,
        DateTimeOffset at,
        bool deleted = false,
        bool isPrivate = false,
        MessageKind kind = MessageKind.Post)
    {
        var id = NextId();
        return Add(new Message(id, id, null, "g1", author, at, null, deleted ? at : null, isPrivate, kind, "text", 0, false, []));
    }

    /// <summary>A reply in the thread of <paramref name="to"/> whose parent is <paramref name="to"/>.</summary>
    public Message Reply(
        Message to,
        string? author,
        DateTimeOffset at,
        bool deleted = false,
        bool isPrivate = false,
        MessageKind kind = MessageKind.Post) =>
        ReplyIn(to.ThreadExternalId, to.ExternalId, author, at, deleted, isPrivate, kind);

    /// <summary>A reply with a freely chosen thread and parent id (which need not exist).</summary>
    public Message ReplyIn(
        string threadId,
        string? parentId,
        string? author,
        DateTimeOffset at,
        bool deleted = false,
        bool isPrivate = false,
        MessageKind kind = MessageKind.Post) =>
        Add(new Message(NextId(), threadId, parentId, "g1", author, at, null, deleted ? at : null, isPrivate, kind, "text", 0, false, []));

    public ParticipationReport Compute(Period? period = null, int anonymityThreshold = 5) =>
        Participation.Compute(Input, period ?? March, anonymityThreshold);

    private Message Add(Message message)
    {
        _messages.Add(message);
        return message;
    }

    private string NextId() => "m" + (_messages.Count + 1).ToString(CultureInfo.InvariantCulture);
}
