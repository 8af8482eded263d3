using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Pulse.Storage;

namespace Pulse.Application.Live;

/// <summary>
/// The receiving half of live ingestion: verifies a pushed request (Slack's signature, Graph's
/// clientState), stores its events in the durable queue, and says what to answer. Nothing is applied
/// here — <see cref="LiveIngestion"/> does that in the background — so an acknowledgement costs one
/// (group-)commit, well within Slack's three seconds. A request that fails a check changes nothing.
/// </summary>
public sealed class LiveHooks : IAsyncDisposable
{
    /// <summary>How long a connection's settings are reused before they are read again (a changed secret takes effect after this).</summary>
    private static readonly TimeSpan SettingsLifetime = TimeSpan.FromSeconds(2);

    private readonly PulseDatabase database;
    private readonly TimeProvider clock;
    private readonly SlackSignature signature;
    private readonly InboundWriter writer;
    private readonly ConnectionSecrets secrets;
    private readonly ConcurrentDictionary<(string Slug, string Platform), (long OrganisationId, string Secret, DateTimeOffset Until)> connections = new();

    internal LiveHooks(PulseDatabase database, ConnectionSecrets secrets, HookCounters counters, TimeProvider clock)
    {
        (this.database, this.secrets, Counters, this.clock) = (database, secrets, counters, clock);
        signature = new SlackSignature(clock);
        writer = new InboundWriter(new InboundEventStore(database), clock);
    }

    public HookCounters Counters { get; }

    /// <summary>A request to /hooks/slack/{slug}.</summary>
    public async Task<SlackReceipt> ReceiveSlackAsync(string slug, SlackDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var receipt = await CheckSlackAsync(slug, delivery, cancellationToken);
        Counters.Count(LivePlatforms.Slack, receipt.Outcome);
        return receipt;
    }

    /// <summary>A batch of change notifications to /hooks/graph/{slug}.</summary>
    public async Task<GraphReceipt> ReceiveGraphAsync(string slug, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var receipt = await CheckGraphAsync(slug, body, cancellationToken);
        if (receipt.Outcome is HookOutcome.Accepted or HookOutcome.Duplicate)
        {
            Counters.Count(LivePlatforms.Graph, HookOutcome.Accepted, receipt.Accepted);
            Counters.Count(LivePlatforms.Graph, HookOutcome.Duplicate, receipt.Duplicates);
            Counters.Count(LivePlatforms.Graph, HookOutcome.Forged, receipt.Refused);
        }
        else
        {
            // A refused batch counts each of its notifications, as a partly refused one does.
            Counters.Count(LivePlatforms.Graph, receipt.Outcome, Math.Max(1, receipt.Refused));
        }

        return receipt;
    }

    /// <summary>Graph's subscription handshake: true when the organisation is connected to Graph, so the token may be echoed.</summary>
    public async Task<bool> ValidateGraphAsync(string slug, CancellationToken cancellationToken)
    {
        var connected = await ConnectionAsync(slug, LivePlatforms.Graph, cancellationToken) is not null;
        Counters.Count(LivePlatforms.Graph, connected ? HookOutcome.Handshake : HookOutcome.Unknown);
        return connected;
    }

    private async Task<SlackReceipt> CheckSlackAsync(string slug, SlackDelivery delivery, CancellationToken cancellationToken)
    {
        if (await ConnectionAsync(slug, LivePlatforms.Slack, cancellationToken) is not { } connection) return new SlackReceipt(HookOutcome.Unknown);
        switch (signature.Check(connection.Secret, delivery.Timestamp, delivery.Signature, delivery.Body.Span))
        {
            case SignatureCheck.Forged: return new SlackReceipt(HookOutcome.Forged);
            case SignatureCheck.Stale: return new SlackReceipt(HookOutcome.Stale);
            case SignatureCheck.Malformed: return new SlackReceipt(HookOutcome.Malformed);
        }

        // Only a verified body is parsed: an unsigned request costs a hash, never a JSON parse.
        string? type, eventId, challenge;
        try
        {
            using var document = JsonDocument.Parse(delivery.Body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return new SlackReceipt(HookOutcome.Malformed);
            type = Text(root, "type");
            eventId = Text(root, "event_id");
            challenge = Text(root, "challenge");
        }
        catch (JsonException)
        {
            return new SlackReceipt(HookOutcome.Malformed);
        }

        if (type == "url_verification") return challenge is null ? new SlackReceipt(HookOutcome.Malformed) : new SlackReceipt(HookOutcome.Handshake, challenge);
        if (type != "event_callback" || string.IsNullOrEmpty(eventId) || eventId.Length > 400) return new SlackReceipt(HookOutcome.Malformed);
        var body = Encoding.UTF8.GetString(delivery.Body.Span);
        var added = await writer.StoreAsync(new InboundEvent(connection.OrganisationId, LivePlatforms.Slack, eventId, body), cancellationToken);
        return new SlackReceipt(added ? HookOutcome.Accepted : HookOutcome.Duplicate);
    }

    private async Task<GraphReceipt> CheckGraphAsync(string slug, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        if (await ConnectionAsync(slug, LivePlatforms.Graph, cancellationToken) is not { } connection) return new GraphReceipt(HookOutcome.Unknown);
        var expected = Encoding.UTF8.GetBytes(connection.Secret);
        List<string> notifications = [];
        var refused = 0;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Array)
            {
                return new GraphReceipt(HookOutcome.Malformed);
            }

            foreach (var notification in value.EnumerateArray())
            {
                if (notification.ValueKind != JsonValueKind.Object) return new GraphReceipt(HookOutcome.Malformed);
                var state = Encoding.UTF8.GetBytes(Text(notification, "clientState") ?? string.Empty);
                // Graph's advice: a notification whose clientState does not match is not processed.
                if (CryptographicOperations.FixedTimeEquals(state, expected)) notifications.Add(notification.GetRawText());
                else refused++;
            }
        }
        catch (JsonException)
        {
            return new GraphReceipt(HookOutcome.Malformed);
        }

        // Nothing genuine in it: refused as a whole, so a forger learns nothing and changes nothing.
        if (notifications.Count == 0) return new GraphReceipt(HookOutcome.Forged, Refused: refused);
        var accepted = 0;
        var duplicates = 0;
        // A redelivered notification is byte for byte the one delivered before; its hash is its id.
        var stored = await Task.WhenAll(notifications.Select(n =>
            writer.StoreAsync(new InboundEvent(connection.OrganisationId, LivePlatforms.Graph, "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(n))), n), cancellationToken)));
        foreach (var added in stored)
        {
            if (added) accepted++;
            else duplicates++;
        }

        return new GraphReceipt(accepted > 0 ? HookOutcome.Accepted : HookOutcome.Duplicate, accepted, duplicates, refused);
    }

    /// <summary>The organisation's connection to the platform with its secret opened (a sealed one is opened once per <see cref="SettingsLifetime"/>).</summary>
    private async Task<(long OrganisationId, string Secret)?> ConnectionAsync(string slug, string platform, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (connections.TryGetValue((slug, platform), out var cached) && cached.Until > now) return (cached.OrganisationId, cached.Secret);
        if (!OrganisationSlug.IsValid(slug)) return null;
        if (await new OrganisationStore(database).FindAsync(slug, cancellationToken) is not { } organisation) return null;
        if (await new ConnectionStore(database).FindAsync(organisation.Id, platform, cancellationToken) is not { } row) return null;
        var stored = platform == LivePlatforms.Slack
            ? JsonSerializer.Deserialize<SlackSettings>(row.Settings, ConnectionJson.Options)!.SigningSecret
            : JsonSerializer.Deserialize<GraphSettings>(row.Settings, ConnectionJson.Options)!.ClientState;
        var secret = secrets.Open(stored, organisation.Id, platform);
        // Only connections are remembered: a slug connected a moment later works at once.
        connections[(slug, platform)] = (organisation.Id, secret, now + SettingsLifetime);
        return (organisation.Id, secret);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public ValueTask DisposeAsync() => writer.DisposeAsync();
}
