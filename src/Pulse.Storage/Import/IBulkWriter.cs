using System.Data.Common;

namespace Pulse.Storage.Import;

/// <summary>
/// Writes batches of imported items inside the import's one transaction, inserting new ones and
/// updating changed ones; unchanged rows are left alone. Returns how many rows it inserted or changed.
/// </summary>
internal interface IBulkWriter : IAsyncDisposable
{
    /// <summary>The import's connection and transaction, for work that must commit with it (the term counts).</summary>
    DbConnection Connection { get; }

    DbTransaction Transaction { get; }

    DatabaseProvider Provider { get; }

    Task<int> UpsertAsync<T>(UpsertTable<T> table, IReadOnlyList<T> batch, CancellationToken cancellationToken);

    /// <summary>
    /// What this import changed so far: the UTC day of every message row it inserted or changed and the
    /// former day of every one whose creation time it moved; the threads of those rows, before and after;
    /// the accounts it inserted or changed.
    /// </summary>
    Task<ImportChanges> ChangesAsync(CancellationToken cancellationToken);

    Task<long> CountAsync(string table, CancellationToken cancellationToken);

    /// <summary>Rebuilds the organisation's aggregates from what the transaction now holds (<see cref="Aggregates.AggregateRebuild"/>).</summary>
    Task RebuildAggregatesAsync(CancellationToken cancellationToken);


    Task CommitAsync(CancellationToken cancellationToken);
}
