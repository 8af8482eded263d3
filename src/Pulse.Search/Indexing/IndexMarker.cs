using System.Globalization;

namespace Pulse.Search.Indexing;

/// <summary>
/// What the last commit of an index says about itself, kept in Lucene's commit user data so that it
/// changes atomically with the documents. Contract: docs/search.md, "Is the index current?".
/// </summary>
/// <param name="Format">The index format (<see cref="CurrentFormat"/> when written by this code); an
/// index of another format must be rebuilt, because its fields or analysis differ.</param>
/// <param name="Messages">Documents in the index: the countable messages.</param>
/// <param name="LastMessageId">Id of the newest message added (by creation time), if any.</param>
/// <param name="LastCreatedAt">Creation time of that message.</param>
/// <param name="Watermark">The caller's own mark of the data the index reflects, given at commit
/// (for example the database's count and newest id of messages); opaque to the index.</param>
public sealed record IndexMarker(int Format, long Messages, string? LastMessageId, DateTimeOffset? LastCreatedAt, string Watermark)
{
    /// <summary>Version of fields and analysis. Bump it with every change to either. 2: doc values for
    /// themes (created, author, sentiment); created, author and group no longer indexed. 3: doc values for
    /// experts (thread, starter's author, likes, reply/accepted/private flags).</summary>
    public const int CurrentFormat = 3;

    private const string FormatKey = "pulse.format";
    private const string MessagesKey = "pulse.messages";
    private const string LastIdKey = "pulse.lastId";
    private const string LastCreatedKey = "pulse.lastCreatedTicks";
    private const string WatermarkKey = "pulse.watermark";

    internal Dictionary<string, string> ToUserData()
    {
        var data = new Dictionary<string, string>
        {
            [FormatKey] = Format.ToString(CultureInfo.InvariantCulture),
            [MessagesKey] = Messages.ToString(CultureInfo.InvariantCulture),
            [WatermarkKey] = Watermark,
        };
        if (LastMessageId is not null)
            data[LastIdKey] = LastMessageId;
        if (LastCreatedAt is { } created)
            data[LastCreatedKey] = created.UtcTicks.ToString(CultureInfo.InvariantCulture);
        return data;
    }

    /// <summary>The marker of a commit, or null when the commit has none (not written by Pulse, or an
    /// index that was never committed).</summary>
    internal static IndexMarker? FromUserData(IDictionary<string, string>? data)
    {
        if (data is null
            || !data.TryGetValue(FormatKey, out var format)
            || !data.TryGetValue(MessagesKey, out var messages)
            || !data.TryGetValue(WatermarkKey, out var watermark))
        {
            return null;
        }

        DateTimeOffset? created = data.TryGetValue(LastCreatedKey, out var ticks)
            ? new DateTimeOffset(long.Parse(ticks, CultureInfo.InvariantCulture), TimeSpan.Zero)
            : null;
        return new IndexMarker(
            int.Parse(format, CultureInfo.InvariantCulture),
            long.Parse(messages, CultureInfo.InvariantCulture),
            data.TryGetValue(LastIdKey, out var id) ? id : null,
            created,
            watermark);
    }
}
