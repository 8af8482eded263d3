using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Pulse.Application.Imports;
using Pulse.Connectors.Yammer;
using Pulse.Storage;

namespace Pulse.Application.Live;

/// <summary>What one poll of one organisation's network did.</summary>
/// <param name="Requests">Requests made, retries included.</param>
/// <param name="Import">The import of the poll's messages; null when nothing was newer than the cursor.</param>
/// <param name="Cursor">The newest message id seen, where the next poll starts.</param>
public sealed record YammerPollReport(string Organisation, int Requests, int Pages, ImportReport? Import, string? Cursor);

/// <summary>A poll of every connected organisation: each one's report, or why it failed (one failure does not stop the others).</summary>
public sealed record YammerPollOutcome(string Organisation, YammerPollReport? Report, string? Error);

/// <summary>
/// Yammer / Viva Engage has no webhooks, so Pulse polls the REST API (`pulse connect yammer`, and
/// `pulse serve` on a timer). One poll fetches everything newer than the stored cursor, imports it
/// once through <see cref="ImportRunner"/> (one transaction: re-polling changes nothing), and only then
/// moves the cursor, so a crash between the two repeats an idempotent import rather than losing messages.
/// </summary>
public sealed class YammerPolling(PulseDatabase database, ImportRunner imports, ConnectionSecrets secrets)
{
    public const string Platform = ConnectionJson.Yammer;

    /// <summary>Where the REST API lives unless `--base-url` says otherwise.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://www.yammer.com/");

    /// <summary>One client for every poll: pooled connections, renewed so that DNS changes are seen.</summary>
    private static readonly HttpClient SharedHttp = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { Timeout = TimeSpan.FromSeconds(100) };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>One poll per organisation at a time in this process: the timer and a manual poll never overlap.</summary>
    private readonly ConcurrentDictionary<long, SemaphoreSlim> running = new();

    /// <summary>Back-off, patience and page size (tests shorten them).</summary>
    public YammerApiPolicy Policy { get; set; } = YammerApiPolicy.Default;

    /// <summary>
    /// Checks the token by polling with it, imports what the network holds, and keeps the connection
    /// with the cursor it reached. A refused token or unreachable API changes nothing.
    /// </summary>
    public async Task<YammerPollReport> ConnectAsync(string slug, string token, string? baseUrl, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token)) throw new PulseUsageException("--token: give the Yammer / Viva Engage API token.");
        var settings = new YammerSettings(token.Trim(), ParseBaseUrl(baseUrl).ToString());
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        var report = await PollWithAsync(organisation.Id, slug, settings, cursor: null, cancellationToken);
        // The token is sealed before it is written (ADR 0009); the address and the cursor stay readable.
        var stored = settings with { Token = secrets.Seal(settings.Token, organisation.Id, Platform) };
        await new PolledConnectionStore(database).SaveAsync(organisation.Id, Platform, JsonSerializer.Serialize(stored, Json), report.Cursor, cancellationToken);
        return report;
    }

    /// <summary>Polls one connected organisation from its cursor.</summary>
    public async Task<YammerPollReport> PollAsync(string slug, CancellationToken cancellationToken)
    {
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        var connection = await new PolledConnectionStore(database).FindAsync(organisation.Id, Platform, cancellationToken)
            ?? throw new PulseException($"{slug} is not connected to Yammer: run `pulse connect yammer --org {slug} --token TOKEN` first.");
        return await PollConnectionAsync(connection, cancellationToken);
    }

    /// <summary>
    /// Polls every connected organisation whose timed poll is due, one after the other (the API's rate
    /// limit is per token, and the machine is small), and makes its next poll due <paramref name="interval"/>
    /// later. Several servers on one database share the work: each due poll is taken by one of them
    /// (<see cref="PolledConnectionStore.TakeDuePollAsync"/>), so the token's rate limit is spent once.
    /// Organisations another server polled are left out of the outcomes.
    /// </summary>
    public async Task<IReadOnlyList<YammerPollOutcome>> PollDueAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        var store = new PolledConnectionStore(database);
        var outcomes = new List<YammerPollOutcome>();
        foreach (var connection in await store.ListAsync(Platform, cancellationToken))
        {
            try
            {
                if (!await store.TakeDuePollAsync(connection.OrganisationId, Platform, DateTime.UtcNow, interval, cancellationToken)) continue;
                outcomes.Add(new(connection.Organisation, await PollConnectionAsync(connection, cancellationToken), null));
            }
            catch (Exception e) when (e is PulseException or Pulse.Monitoring.Import.ImportException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                outcomes.Add(new(connection.Organisation, null, e.Message));
            }
        }

        return outcomes;
    }

    private async Task<YammerPollReport> PollConnectionAsync(StoredConnection connection, CancellationToken cancellationToken)
    {
        var stored = JsonSerializer.Deserialize<YammerSettings>(connection.Settings, Json)
            ?? throw new PulseException($"The Yammer connection of {connection.Organisation} has no settings; connect it again.");
        var settings = stored with { Token = secrets.Open(stored.Token, connection.OrganisationId, Platform) };
        var cursor = connection.Cursor is { } text && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (long?)null;
        var report = await PollWithAsync(connection.OrganisationId, connection.Organisation, settings, cursor, cancellationToken);
        if (report.Cursor != connection.Cursor && report.Cursor is not null)
        {
            await new PolledConnectionStore(database).AdvanceCursorAsync(connection.OrganisationId, Platform, report.Cursor, cancellationToken);
        }

        return report;
    }

    private async Task<YammerPollReport> PollWithAsync(long organisationId, string slug, YammerSettings settings, long? cursor, CancellationToken cancellationToken)
    {
        var gate = running.GetOrAdd(organisationId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var client = new YammerApiClient(SharedHttp, new Uri(settings.BaseUrl), settings.Token, Policy);
            IReadOnlyList<YammerApiPage> pages;
            try
            {
                pages = await client.FetchNewerAsync(cursor, cancellationToken);
            }
            catch (YammerApiException e)
            {
                throw new PulseException($"Yammer polling of {slug}: {e.Message}. Nothing was imported.", e);
            }
            catch (HttpRequestException e)
            {
                throw new PulseException($"Yammer polling of {slug}: {settings.BaseUrl} could not be reached ({e.Message}). Nothing was imported.", e);
            }

            var newest = pages.Select(p => p.NewestId).Max();
            var reached = (newest is { } n && n > (cursor ?? 0) ? n : cursor)?.ToString(CultureInfo.InvariantCulture);
            if (pages.Count == 0) return new YammerPollReport(slug, client.Requests, 0, null, reached);
            var label = $"{settings.BaseUrl}api/v1/messages.json (newer than {cursor?.ToString(CultureInfo.InvariantCulture) ?? "nothing"})";
            // The organisation's own pseudonymisation choice applies: pseudonymised organisations stay so.
            var import = await imports.ImportReadAsync(new YammerApiConnector(pages), label, slug, pseudonymise: false, progress: null, cancellationToken);
            return new YammerPollReport(slug, client.Requests, pages.Count, import, reached);
        }
        finally
        {
            gate.Release();
        }
    }

    private static Uri ParseBaseUrl(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return DefaultBaseUrl;
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new PulseUsageException($"--base-url: '{text}' is not an http(s) address, e.g. https://www.yammer.com/.");
        }

        // A trailing slash, so that api/v1/... is appended to it rather than replacing its last segment.
        return url.AbsolutePath.EndsWith('/') ? url : new Uri(url + "/");
    }
}
