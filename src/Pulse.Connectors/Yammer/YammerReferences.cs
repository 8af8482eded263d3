using System.Globalization;
using System.Text;

namespace Pulse.Connectors.Yammer;

/// <summary>
/// What message bodies refer to by id: users (<c>[[user:ID]]</c>), topics (<c>[[tag:ID]]</c>) and
/// groups (<c>[[group:ID]]</c>), collected from Users.csv, Topics.csv and Groups.csv before
/// Messages.csv is read. Small: one entry per person, topic and group, never per message.
/// </summary>
internal sealed class YammerReferences
{
    public Dictionary<long, (string Id, string? Name)> Users { get; } = [];

    public Dictionary<long, string> Topics { get; } = [];

    public Dictionary<long, Pulse.Monitoring.Model.Group> Groups { get; } = [];

    /// <summary>
    /// Replaces references by names: a user by their name, a topic by <c>#name</c> (and adds the name
    /// to <paramref name="topics"/>), a group by its name. A reference to an id the export does not
    /// know stays as it is, so nothing is silently lost.
    /// </summary>
    public string Resolve(string body, ref List<string>? topics)
    {
        var at = body.IndexOf("[[", StringComparison.Ordinal);
        if (at < 0) return body;
        var text = new StringBuilder(body.Length);
        var copied = 0;
        while (at >= 0)
        {
            var close = body.IndexOf("]]", at + 2, StringComparison.Ordinal);
            if (close < 0) break;
            var replacement = Name(body.AsSpan(at + 2, close - at - 2), ref topics);
            if (replacement is not null)
            {
                text.Append(body, copied, at - copied).Append(replacement);
                copied = close + 2;
            }

            at = body.IndexOf("[[", close + 2, StringComparison.Ordinal);
        }

        return text.Append(body, copied, body.Length - copied).ToString();
    }

    private string? Name(ReadOnlySpan<char> reference, ref List<string>? topics)
    {
        var colon = reference.IndexOf(':');
        if (colon <= 0 || !long.TryParse(reference[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return null;
        var kind = reference[..colon];
        if (kind.SequenceEqual("user")) return Users.TryGetValue(id, out var user) ? user.Name : null;
        if (kind.SequenceEqual("group")) return Groups.TryGetValue(id, out var group) ? group.Name : null;
        if ((kind.SequenceEqual("tag") || kind.SequenceEqual("topic")) && Topics.TryGetValue(id, out var topic))
        {
            topics ??= [];
            if (!topics.Contains(topic)) topics.Add(topic);
            return "#" + topic;
        }

        return null;
    }
}
