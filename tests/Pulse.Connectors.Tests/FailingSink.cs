using Pulse.Monitoring.Import;
using Pulse.Monitoring.Model;

namespace Pulse.Connectors.Tests;

/// <summary>A sink whose storage fails at the n-th message, as a database might.</summary>
internal sealed class FailingSink(int failAtMessage) : IImportSink
{
    public int Messages { get; private set; }

    public ValueTask AddAccountAsync(Account account, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask AddGroupAsync(Group group, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask AddTopicAsync(Topic topic, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask AddMessageAsync(Message message, CancellationToken cancellationToken = default)
    {
        if (++Messages == failAtMessage) throw new InvalidOperationException($"storage failed at message {Messages}");
        return ValueTask.CompletedTask;
    }

    public void Skip(string kind, string reason)
    {
    }
}
