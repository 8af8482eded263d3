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
}
