using Pulse.Monitoring.Model;

namespace Pulse.Monitoring.Import;

/// <summary>
/// Where a connector pushes what it reads, item by item, so that no export is ever held in memory
/// whole. The storage implements it inside one transaction: either every item lands or none does.
/// Items of one kind that repeat an id replace the earlier one (the last version wins).
/// </summary>
public interface IImportSink
{
    ValueTask AddAccountAsync(Account account, CancellationToken cancellationToken = default);

    ValueTask AddGroupAsync(Group group, CancellationToken cancellationToken = default);

    ValueTask AddTopicAsync(Topic topic, CancellationToken cancellationToken = default);

    ValueTask AddMessageAsync(Message message, CancellationToken cancellationToken = default);

    /// <summary>Records an item the connector read but chose not to import, with the reason.</summary>
    void Skip(string kind, string reason);
}
