using System.Text.RegularExpressions;

namespace Pulse.Connectors.Teams;

/// <summary>
/// The chatMessage a change notification's <c>resource</c> names: a channel message
/// (<c>teams('T')/channels('C')/messages('M')</c>), a reply to one (<c>…/messages('P')/replies('M')</c>)
/// or a chat message (<c>chats('X')/messages('M')</c>), in Graph's key form or its slash form.
/// Anything else is not read: the resource decides which Graph address Pulse asks with its app token,
/// so only these shapes, with ids of the characters Teams ids use, are accepted (no <c>..</c>, no query).
/// </summary>
public sealed partial record GraphResource(string? TeamId, string? ChannelId, string? ChatId, string MessageId, string? ParentId)
{
    /// <summary>The resource as a path below <c>{graph}/v1.0/</c>, every id escaped (Teams ids hold <c>:</c> and <c>@</c>).</summary>
    public string RelativePath
    {
        get
        {
            var scope = ChatId is not null
                ? $"chats/{Escape(ChatId)}"
                : $"teams/{Escape(TeamId!)}/channels/{Escape(ChannelId!)}";
            return ParentId is null
                ? $"{scope}/messages/{Escape(MessageId)}"
                : $"{scope}/messages/{Escape(ParentId)}/replies/{Escape(MessageId)}";
        }
    }

    /// <summary>The chatMessage <paramref name="resource"/> names, or null when it names something else.</summary>
    public static GraphResource? Parse(string? resource)
    {
        if (string.IsNullOrEmpty(resource) || resource.Length > 1000) return null;
        var match = Shape().Match(resource);
        if (!match.Success) return null;
        string? Group(string name) => match.Groups[name].Success ? match.Groups[name].Value : null;
        var (team, channel, chat, first, reply) = (Group("team"), Group("channel"), Group("chat"), Group("message")!, Group("reply"));
        if (new[] { team, channel, chat, first, reply }.Any(id => id is not null && id.Trim('.').Length == 0)) return null;
        return reply is null
            ? new GraphResource(team, channel, chat, first, null)
            : new GraphResource(team, channel, chat, reply, first);
    }

    private static string Escape(string id) => Uri.EscapeDataString(id);

    // Each id is a key ('…') or a path segment; ids are letters, digits and : @ . _ - (GUIDs, 19:…@thread.tacv2, numbers).
    [GeneratedRegex("""
        ^/?(?:teams(?:\('(?<team>[A-Za-z0-9:@._-]+)'\)|/(?<team>[A-Za-z0-9:@._-]+))/channels(?:\('(?<channel>[A-Za-z0-9:@._-]+)'\)|/(?<channel>[A-Za-z0-9:@._-]+))
        |chats(?:\('(?<chat>[A-Za-z0-9:@._-]+)'\)|/(?<chat>[A-Za-z0-9:@._-]+)))
        /messages(?:\('(?<message>[A-Za-z0-9:@._-]+)'\)|/(?<message>[A-Za-z0-9:@._-]+))
        (?:/replies(?:\('(?<reply>[A-Za-z0-9:@._-]+)'\)|/(?<reply>[A-Za-z0-9:@._-]+)))?$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Shape();
}
