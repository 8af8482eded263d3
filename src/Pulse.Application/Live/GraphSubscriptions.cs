using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pulse.Connectors.Teams;
using Pulse.Storage;
using Pulse.Storage.Rows;

namespace Pulse.Application.Live;

/// <summary>Something worth a log line about a managed subscription (the web host logs it): the organisation, what happened, and Graph's reason when it failed. Never a secret.</summary>
public sealed record GraphSubscriptionNote(string Organisation, string What, string? Error = null);

/// <summary>
/// Keeps the Graph subscriptions Pulse created (`pulse connect graph --subscribe`) alive: renews each when
/// less than half its lifetime is left (<see cref="RenewDueAsync"/>, run by `pulse serve` on a timer),
/// creates it again when Graph says it is gone (404 on renewal, or a <c>subscriptionRemoved</c> lifecycle
/// notification), and renews it on a <c>reauthorizationRequired</c> one. The id and expiry Graph answers are
/// noted in the connection's settings only if nobody changed them meanwhile; a subscription created by a
/// loser of that race is deleted again, so several servers renewing at once leave one subscription.
/// </summary>
public sealed class GraphSubscriptions
{
    /// <summary>
    /// The lifetime asked for: Microsoft documents 4,320 minutes (three days) as the longest for a Teams
    /// chatMessage subscription (https://learn.microsoft.com/graph/change-notifications-overview#subscription-lifetime);
    /// two hours less leaves room for clocks that disagree.
    /// </summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(4200);

    private readonly PulseDatabase database;
    private readonly ConnectionSecrets secrets;
    private readonly TimeProvider clock;

    /// <summary>One maintenance at a time per organisation in this process (the timer and the worker may both want one).</summary>
    private readonly ConcurrentDictionary<long, SemaphoreSlim> gates = new();

    internal GraphSubscriptions(PulseDatabase database, ConnectionSecrets secrets, TimeProvider? clock = null) =>
        (this.database, this.secrets, this.clock) = (database, secrets, clock ?? TimeProvider.System);

    /// <summary>Back-off and patience towards Graph (tests may shorten them).</summary>
    public GraphApiPolicy Policy { get; set; } = GraphApiPolicy.Default;

    public GraphSubscriptionCounters Counters { get; } = new();

    /// <summary>Raised for every renewal, re-creation, failure and missed-notifications warning (the web host logs them).</summary>
    public event Action<GraphSubscriptionNote>? Noted;

    /// <summary>
    /// Renews every managed subscription with less than half of <see cref="Lifetime"/> left (created again
    /// when Graph no longer has it). A failure is counted, noted and left to the next check; it never stops the others.
    /// </summary>
    public async Task RenewDueAsync(CancellationToken cancellationToken)
    {
        foreach (var row in await new ConnectionStore(database).ListAsync([LivePlatforms.Graph], cancellationToken))
        {
            if (Read(row.Settings).Subscription is not { Id: { } id } subscription || !Due(subscription)) continue;
            await MaintainAsync(row.OrganisationId, id, renew: true, onlyIfDue: true, cancellationToken);
        }
    }

    /// <summary>
    /// Acts on a verified lifecycle notification, in the worker: <c>reauthorizationRequired</c> renews the
    /// subscription (Graph: an update reauthorizes too), <c>subscriptionRemoved</c> creates it again,
    /// <c>missed</c> is counted and noted (Pulse cannot know what was missed). A notification about a
    /// subscription Pulse does not manage changes nothing.
    /// </summary>
    internal async Task<GraphReading> HandleAsync(ConnectionRow connection, GraphLifecycleNotification notification, CancellationToken cancellationToken)
    {
        Counters.Lifecycle(notification.Event);
        switch (notification.Event)
        {
            case GraphLifecycleNotification.Missed:
                Noted?.Invoke(new GraphSubscriptionNote(await SlugAsync(connection.OrganisationId, cancellationToken), "Graph could not deliver some notifications; import a Teams export to fill the gap", "lifecycle event missed"));
                return new GraphReading(null);
            case GraphLifecycleNotification.ReauthorizationRequired or GraphLifecycleNotification.SubscriptionRemoved:
                // Read again: the worker listed the connection at the start of its round, maybe while `pulse connect
                // --subscribe` had stored it but not yet the subscription's id (its claim can wait for SQLite's write lock).
                var current = await new ConnectionStore(database).FindAsync(connection.OrganisationId, LivePlatforms.Graph, cancellationToken) ?? connection;
                if (Read(current.Settings).Subscription is not { Id: not null })
                {
                    return new GraphReading(null, $"lifecycle event {notification.Event} for subscription {notification.SubscriptionId}, which Pulse does not manage: act on it yourself, or connect with --subscribe");
                }

                var renew = notification.Event == GraphLifecycleNotification.ReauthorizationRequired;
                var result = await MaintainAsync(connection.OrganisationId, notification.SubscriptionId, renew, onlyIfDue: false, cancellationToken);
                return result switch
                {
                    { Error: null } => new GraphReading(null),
                    { Transient: true } => new GraphReading(null, result.Error, PutOff: true),
                    _ => new GraphReading(null, result.Error),
                };
            default:
                return new GraphReading(null);
        }
    }

    /// <summary>What Graph is asked to create for <paramref name="subscription"/> (now, for <see cref="Lifetime"/>).</summary>
    internal GraphSubscriptionRequest Request(GraphSubscriptionSettings subscription, GraphSettings settings, string clientState) =>
        new(subscription.Resource, new Uri(subscription.NotificationUrl), clientState, clock.GetUtcNow() + Lifetime,
            subscription.EncryptionCertificate, subscription.EncryptionCertificate is null ? null : settings.CertificateId);

    /// <summary>
    /// Writes <paramref name="subscription"/> into the connection's settings if they are still <paramref name="expected"/>;
    /// the new settings, or null when something changed them meanwhile (which then wins).
    /// </summary>
    internal async Task<string?> NoteAsync(long organisationId, string expected, GraphSubscriptionSettings subscription, CancellationToken cancellationToken)
    {
        // Only the subscription field changes: every other field, sealed or not, stays byte for byte.
        var json = JsonNode.Parse(expected)!.AsObject();
        json["subscription"] = JsonSerializer.SerializeToNode(subscription, ConnectionJson.Options);
        var replacement = json.ToJsonString(ConnectionJson.Options);
        return await new ConnectionStore(database).ReplaceSettingsAsync(organisationId, LivePlatforms.Graph, expected, replacement, cancellationToken) ? replacement : null;
    }

    private bool Due(GraphSubscriptionSettings subscription) =>
        subscription.ExpirationDateTime is not { } expires || expires - clock.GetUtcNow() < Lifetime / 2;

    /// <summary>
    /// Renews (or creates again) the organisation's managed subscription, if it is still <paramref name="subscriptionId"/>
    /// — a notification about a subscription already replaced changes nothing.
    /// </summary>
    private async Task<Maintenance> MaintainAsync(long organisationId, string? subscriptionId, bool renew, bool onlyIfDue, CancellationToken cancellationToken)
    {
        var gate = gates.GetOrAdd(organisationId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        string slug = organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            slug = await SlugAsync(organisationId, cancellationToken);
            // Read again under the gate: another round (here or on another server) may have done it already.
            if (await new ConnectionStore(database).FindAsync(organisationId, LivePlatforms.Graph, cancellationToken) is not { } row) return Maintenance.Nothing;
            var settings = Read(row.Settings);
            if (settings.Subscription is not { Id: { } id } subscription || id != subscriptionId) return Maintenance.Nothing;
            if (onlyIfDue && !Due(subscription)) return Maintenance.Nothing;
            if (settings.OpenCredentials(secrets, organisationId) is not { } credentials)
            {
                return Failed(slug, "the connection keeps no app credentials to renew its subscription with: connect again with --tenant, --client-id and --client-secret", transient: false);
            }

            using var client = new GraphApiClient(GraphMessages.Http, credentials, Policy, clock);
            if (renew)
            {
                try
                {
                    var renewed = await client.RenewSubscriptionAsync(id, clock.GetUtcNow() + Lifetime, cancellationToken);
                    // A renewal that lost the race to a `pulse connect` or another server is still a renewal; their note stays.
                    await NoteAsync(organisationId, row.Settings, subscription with { ExpirationDateTime = renewed.ExpirationDateTime }, cancellationToken);
                    return Done(slug, GraphSubscriptionOutcome.Renewed, $"renewed the Graph subscription until {renewed.ExpirationDateTime:u}");
                }
                catch (GraphApiException e) when (e.Status == HttpStatusCode.NotFound)
                {
                    // Gone (expired, or removed by Graph): created again below.
                }
            }

            var clientState = secrets.Open(settings.ClientState, organisationId, LivePlatforms.Graph);
            var created = await client.CreateSubscriptionAsync(Request(subscription, settings, clientState), cancellationToken);
            if (await NoteAsync(organisationId, row.Settings, subscription with { Id = created.Id, ExpirationDateTime = created.ExpirationDateTime }, cancellationToken) is null)
            {
                // Someone else changed the connection meanwhile (and holds their own subscription): this one would go unrenewed.
                await client.DeleteSubscriptionAsync(created.Id, cancellationToken);
                return Maintenance.Nothing;
            }

            return Done(slug, GraphSubscriptionOutcome.Recreated, $"created the Graph subscription again, until {created.ExpirationDateTime:u}");
        }
        catch (GraphApiException e)
        {
            return Failed(slug, e.Message, e.Transient);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException or JsonException or System.Security.Cryptography.CryptographicException)
        {
            // The database or the key folder, not Graph: the next check tries again.
            return Failed(slug, e.Message, transient: true);
        }
        finally
        {
            gate.Release();
        }
    }

    private Maintenance Done(string slug, GraphSubscriptionOutcome outcome, string what)
    {
        Counters.Count(outcome);
        Noted?.Invoke(new GraphSubscriptionNote(slug, what));
        return Maintenance.Nothing;
    }

    private Maintenance Failed(string slug, string error, bool transient)
    {
        Counters.Count(GraphSubscriptionOutcome.Failed);
        Noted?.Invoke(new GraphSubscriptionNote(slug, "keeping the Graph subscription alive failed", error));
        return new Maintenance(error, transient);
    }

    private async Task<string> SlugAsync(long organisationId, CancellationToken cancellationToken) =>
        (await new OrganisationStore(database).FindByIdAsync(organisationId, cancellationToken)).Slug;

    private static GraphSettings Read(string settings) => JsonSerializer.Deserialize<GraphSettings>(settings, ConnectionJson.Options)!;

    /// <summary>Null error: done, or nothing to do.</summary>
    private sealed record Maintenance(string? Error, bool Transient)
    {
        public static Maintenance Nothing { get; } = new(null, false);
    }
}
