namespace Pulse.Storage.Import;

/// <summary>
/// Writes batches of imported items inside the import's one transaction, inserting new ones and
/// updating changed ones; unchanged rows are left alone. Returns how many rows it inserted or changed.
/// </summary>
internal interface IBulkWriter : IAsyncDisposable
{
    Task<int> UpsertAsync<T>(UpsertTable<T> table, IReadOnlyList<T> batch, CancellationToken cancellationToken);

    Task<long> CountAsync(string table, CancellationToken cancellationToken);

    /// <summary>Rebuilds the organisation's aggregates from what the transaction now holds (<see cref="Aggregates.AggregateRebuild"/>).</summary>
    Task RebuildAggregatesAsync(CancellationToken cancellationToken);

    Task CommitAsync(CancellationToken cancellationToken);
}
