using NpgsqlTypes;

namespace Pulse.Storage.Import;

/// <summary>
/// How one kind of imported item is written: its table and its columns besides the key
/// (organisation_id, source, external_id), each with how to read it from the item. The SQLite and
/// PostgreSQL writers build their statements from this one description.
/// </summary>
internal sealed record UpsertTable<T>(string Name, IReadOnlyList<UpsertColumn<T>> Columns, Func<T, string> ExternalId);

/// <summary>One column of an <see cref="UpsertTable{T}"/>.</summary>
internal sealed record UpsertColumn<T>(string Name, NpgsqlDbType Type, Func<T, object?> Value);
