using NpgsqlTypes;

namespace Pulse.Storage.Import;

/// <summary>
/// How one kind of imported item is written: its table and its columns besides the key
/// (organisation_id, source, external_id), each with how to read it from the item. The SQLite and
/// PostgreSQL writers build their statements from this one description.
/// </summary>
/// <param name="CreatedAt">For messages: the creation time (UTC) whose day a changed row touches in <c>term_days</c> and the aggregates.</param>
/// <param name="Thread">For messages: the thread a changed row is in, whose aggregates the import updates.</param>
/// <param name="TracksIds">For accounts: a changed row's id is noted (<see cref="ImportChanges.Account"/>).</param>
internal sealed record UpsertTable<T>(
    string Name, IReadOnlyList<UpsertColumn<T>> Columns, Func<T, string> ExternalId, Func<T, DateTime>? CreatedAt = null, Func<T, string>? Thread = null, bool TracksIds = false)
{
    /// <summary>
    /// The batch with each id once, at its last version, in order. Exports repeat ids (Yammer writes
    /// every edit of a message); writing only the last keeps the end state and the counts honest.
    /// </summary>
    public IReadOnlyList<T> LastVersions(IReadOnlyList<T> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var last = new Dictionary<string, int>(batch.Count, StringComparer.Ordinal);
        for (var i = 0; i < batch.Count; i++) last[ExternalId(batch[i])] = i;
        if (last.Count == batch.Count) return batch;
        return [.. last.Values.Order().Select(i => batch[i])];
    }
}

/// <summary>One column of an <see cref="UpsertTable{T}"/>.</summary>
internal sealed record UpsertColumn<T>(string Name, NpgsqlDbType Type, Func<T, object?> Value);
