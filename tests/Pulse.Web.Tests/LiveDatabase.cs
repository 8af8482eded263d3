using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pulse.Storage;

namespace Pulse.Web.Tests;

/// <summary>What the live hooks left in the database, read directly (not through the code under test).</summary>
internal static class LiveDatabase
{
    public static async Task<long> OrganisationIdAsync(PulseDatabase database, string slug)
    {
        await using var db = database.CreateContext();
        return await db.Organisations.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync();
    }

    public static async Task<int> MessagesAsync(PulseDatabase database, string slug)
    {
        var id = await OrganisationIdAsync(database, slug);
        await using var db = database.CreateContext();
        return await db.Messages.CountAsync(m => m.OrganisationId == id);
    }

    public static async Task<int> EventsAsync(PulseDatabase database, string slug, bool pendingOnly = false)
    {
        var id = await OrganisationIdAsync(database, slug);
        await using var db = database.CreateContext();
        return await db.InboundEvents.CountAsync(e => e.OrganisationId == id && (!pendingOnly || e.ProcessedAt == null));
    }

    /// <summary>Waits until the worker has applied every queued event (or 60 s passed).</summary>
    public static async Task DrainedAsync(PulseDatabase database, string slug)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (await EventsAsync(database, slug, pendingOnly: true) > 0)
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException("the queue was not drained within 60 s");
            await Task.Delay(100);
        }
    }

    /// <summary>The organisation's Graph connection settings column as stored; null without a connection.</summary>
    public static async Task<string?> GraphSettingsAsync(PulseDatabase database, string slug)
    {
        var id = await OrganisationIdAsync(database, slug);
        await using var db = database.CreateContext();
        return await db.Connections.AsNoTracking().Where(c => c.OrganisationId == id && c.Platform == "graph").Select(c => c.Settings).SingleOrDefaultAsync();
    }

    /// <summary>
    /// As if time had passed: the stored subscription's expiry moved, by editing the settings' JSON directly.
    /// One conditional UPDATE on the settings read (tried again if the renewal service changed them meanwhile),
    /// not a tracked read-then-save, which on SQLite met the service's writes with "database is locked".
    /// </summary>
    public static async Task SetGraphSubscriptionExpiryAsync(PulseDatabase database, string slug, DateTimeOffset expires)
    {
        var id = await OrganisationIdAsync(database, slug);
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var before = (await GraphSettingsAsync(database, slug))!;
            var json = JsonNode.Parse(before)!.AsObject();
            json["subscription"]!["expirationDateTime"] = expires.ToString("O", CultureInfo.InvariantCulture);
            var after = json.ToJsonString();
            await using var db = database.CreateContext();
            var changed = await db.Connections
                .Where(c => c.OrganisationId == id && c.Platform == "graph" && c.Settings == before)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.Settings, after));
            if (changed == 1) return;
        }

        throw new InvalidOperationException("the Graph settings kept changing; the expiry was not moved");
    }
}
