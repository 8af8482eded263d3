using Pulse.Monitoring.Model;

namespace Pulse.Monitoring.Metrics;

/// <summary>
/// One pass over all messages: decides which rows are messages in the sense of the metrics, who
/// wrote them, and tallies per person what the participation figures need. Later passes
/// (<see cref="Responsiveness"/>, <see cref="Connection"/>) look messages up by id through it.
/// </summary>
internal sealed class ActivityTally : IPeriodActivity
{
    private readonly bool[] _counts;
    private readonly int[] _authorAccount;
    private readonly Dictionary<string, int> _indexById;

    private ActivityTally(IReadOnlyList<Message> messages, People people, Period period)
    {
        var count = messages.Count;
        _counts = new bool[count];
        _authorAccount = new int[count];
        _indexById = new Dictionary<string, int>(count, StringComparer.Ordinal);
        MessagesInPeriod = new int[people.Count];
        ContributedInPrevious = new bool[people.Count];
        FirstMessageTicks = new long[people.Count];
        Array.Fill(FirstMessageTicks, long.MaxValue);

        var (from, to) = (period.From.UtcTicks, period.To.UtcTicks);
        var previousFrom = period.Previous().From.UtcTicks;

        for (var i = 0; i < count; i++)
        {
            var message = messages[i];
            if (!_indexById.TryAdd(message.ExternalId, i))
            {
                throw new ArgumentException(
                    $"Message id '{message.ExternalId}' occurs more than once.", nameof(messages));
            }

            var account = people.AccountOf(message.AuthorExternalId);
            _authorAccount[i] = account;
            var counts = message.Kind == MessageKind.Post
                && !message.IsDeleted
                && !message.IsPrivate
                && !people.IsBot(account);
            _counts[i] = counts;
            if (!counts)
            {
                continue;
            }

            var at = message.CreatedAt.UtcTicks;
            var inPeriod = from <= at && at < to;
            if (inPeriod)
            {
                Messages++;
                if (message.IsThreadStarter)
                {
                    StartersInPeriod.Add(i);
                }
                else
                {
                    Replies++;
                }
            }

            var person = people.PersonOf(account);
            if (person < 0)
            {
                // An unknown author writes messages but is nobody: no contributor, no newcomer.
                continue;
            }

            if (inPeriod)
            {
                MessagesInPeriod[person]++;
            }
            else if (previousFrom <= at && at < from)
            {
                ContributedInPrevious[person] = true;
            }

            if (at < FirstMessageTicks[person])
            {
                FirstMessageTicks[person] = at;
            }
        }
    }

    /// <summary>Messages in the period, of any author.</summary>
    public int Messages { get; }

    /// <summary>Messages in the period that are not thread starters.</summary>
    public int Replies { get; }

    public int Threads => StartersInPeriod.Count;

    /// <summary>Indices of the thread starters in the period, in input order.</summary>
    public List<int> StartersInPeriod { get; } = [];

    /// <summary>Per person: messages written in the period.</summary>
    public int[] MessagesInPeriod { get; }

    /// <summary>Per person: wrote at least one message in the previous period of equal length.</summary>
    public bool[] ContributedInPrevious { get; }

    /// <summary>Per person: UTC ticks of the first message ever, <see cref="long.MaxValue"/> when none.</summary>
    public long[] FirstMessageTicks { get; }

    public static ActivityTally Of(IReadOnlyList<Message> messages, People people, Period period)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return new ActivityTally(messages, people, period);
    }

    /// <summary>True when the row at <paramref name="index"/> is a message in the sense of the metrics.</summary>
    public bool Counts(int index) => _counts[index];

    /// <summary>Account index of the author of the row at <paramref name="index"/>, −1 when unknown.</summary>
    public int AuthorAccount(int index) => _authorAccount[index];

    /// <summary>The index of the message with this id if it exists and counts as a message; −1 otherwise.</summary>
    public int CountedMessage(string externalId) =>
        _indexById.TryGetValue(externalId, out var index) && _counts[index] ? index : -1;
}
