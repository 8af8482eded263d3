using System.Globalization;
using System.Text;
using Pulse.Application;
using Pulse.Connectors.Yammer;

namespace Pulse.Web.Tests;

/// <summary>Imports hand-written Yammer API messages through the application layer, as the poller does.</summary>
internal static class LiveMessages
{
    public static readonly DateTimeOffset Day = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    /// <summary>One post by user 7 in group 501, <paramref name="id"/> minutes after 09:00 on <see cref="Day"/>.</summary>
    public static async Task ImportAsync(PulseApp app, string slug, long id)
    {
        var at = Day.AddMinutes(id % 600).ToString("yyyy/MM/dd HH:mm:ss +0000", CultureInfo.InvariantCulture);
        var json = $$"""
            { "messages": [ { "id": {{id}}, "sender_id": 7, "thread_id": {{id}}, "group_id": 501, "created_at": "{{at}}",
                              "message_type": "update", "sender_type": "user", "body": { "plain": "bericht {{id}}" } } ],
              "references": [ { "type": "user", "id": 7, "full_name": "Anna de Vries" }, { "type": "group", "id": 501, "full_name": "Iedereen" } ] }
            """;
        var page = YammerApiReader.Read(Encoding.UTF8.GetBytes(json), "test");
        await app.Imports.ImportReadAsync(new YammerApiConnector([page]), "test", slug, pseudonymise: false, progress: null, CancellationToken.None);
    }
}
