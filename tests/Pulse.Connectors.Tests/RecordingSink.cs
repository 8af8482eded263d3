using Pulse.Monitoring.Import;
using Pulse.Monitoring.Model;

namespace Pulse.Connectors.Tests;

/// <summary>
/// Collects what a connector pushes, the last version of each id winning, as the storage does.
/// Also counts every push, so tests can tell "pushed twice, kept once" from "pushed once".
/// </summary>
internal sealed class RecordingSink : IImportSink
{
    public Dictionary<string, Account> Accounts { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Group> Groups { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Topic> Topics { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Message> Messages { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string Kind, string Reason), int> Skipped { get; } = [];

    public int MessagePushes { get; private set; }

    public int Pushes { get; private set; }

    public ValueTask AddAccountAsync(Account account, CancellationToken cancellationToken = default)
    {
        Accounts[account.ExternalId] = account;
        Pushes++;
        return ValueTask.CompletedTask;
    }

    public ValueTask AddGroupAsync(Group group, CancellationToken cancellationToken = default)
    {
        Groups[group.ExternalId] = group;
        Pushes++;
        return ValueTask.CompletedTask;
    }

    public ValueTask AddTopicAsync(Topic topic, CancellationToken cancellationToken = default)
    {
        Topics[topic.ExternalId] = topic;
        Pushes++;
        return ValueTask.CompletedTask;
    }

    public ValueTask AddMessageAsync(Message message, CancellationToken cancellationToken = default)
    {
        Messages[message.ExternalId] = message;
        MessagePushes++;
        Pushes++;
        return ValueTask.CompletedTask;
    }

    public void Skip(string kind, string reason)
    {
        Skipped[(kind, reason)] = Skipped.GetValueOrDefault((kind, reason)) + 1;
    }

    public int SkippedOf(string kind) => Skipped.Where(s => s.Key.Kind == kind).Sum(s => s.Value);

    /// <summary>Everything kept, in a form two imports can be compared by (records hold lists, compared by reference).</summary>
    public string Snapshot() => System.Text.Json.JsonSerializer.Serialize(new
    {
        Accounts = Accounts.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Value),
        Groups = Groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Value),
        Topics = Topics.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Value),
        Messages = Messages.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => m.Value),
    });
}
