using System.Text.RegularExpressions;

namespace Pulse.Connectors.Teams;

/// <summary>
/// Which resources `pulse connect graph --subscribe` creates a subscription on: Teams messages, as
/// Microsoft documents them for change notifications (https://learn.microsoft.com/graph/teams-changenotifications-chatmessage):
/// every channel's (<c>teams/getAllMessages</c>), every chat's (<c>chats/getAllMessages</c>), one channel's
/// (<c>teams/{team}/channels/{channel}/messages</c>) or one chat's (<c>chats/{chat}/messages</c>), in the
/// slash or the key form, optionally with the payment model (<c>?model=A</c> or <c>B</c>). Pulse reads only
/// chatMessages, so anything else is refused before Graph is asked.
/// </summary>
public static partial class GraphSubscriptionResource
{
    /// <summary>The resource without surrounding spaces and its leading slash, or null when it is not one of the shapes above.</summary>
    public static string? Normalise(string? resource)
    {
        if (string.IsNullOrWhiteSpace(resource) || resource.Length > 400) return null;
        var trimmed = resource.Trim().TrimStart('/');
        var match = Shape().Match(trimmed);
        if (!match.Success) return null;
        return match.Groups["id"].Captures.Any(c => c.Value.Trim('.').Length == 0) ? null : trimmed;
    }

    // Ids are letters, digits and : @ . _ - (GUIDs, 19:…@thread.tacv2), as in GraphResource.
    [GeneratedRegex("""
        ^(?:teams/getAllMessages|chats/getAllMessages
        |teams(?:\('(?<id>[A-Za-z0-9:@._-]+)'\)|/(?<id>[A-Za-z0-9:@._-]+))/channels(?:\('(?<id>[A-Za-z0-9:@._-]+)'\)|/(?<id>[A-Za-z0-9:@._-]+))/messages
        |chats(?:\('(?<id>[A-Za-z0-9:@._-]+)'\)|/(?<id>[A-Za-z0-9:@._-]+))/messages)
        (?:\?model=[AB])?$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Shape();
}
