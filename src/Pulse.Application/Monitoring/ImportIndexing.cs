using Pulse.Monitoring.Import;
using Pulse.Monitoring.Model;
using Pulse.Search.Indexing;
using Pulse.Storage;
using Pulse.Storage.Rows;

namespace Pulse.Application.Monitoring;

/// <summary>
/// Keeps an organisation's search index current while an import runs (issue 9: "kept up to date on
/// import"), so that the first search or theme after a million-message import does not rebuild it.
/// </summary>
/// <remarks>
/// <para><b>How the messages reach the index.</b> The import hands every message it stores, after
/// pseudonymisation, to <see cref="Transform"/> (the session's transform hook, so the index sees exactly
/// the ids and text the database gets); from there they go through a bounded <see cref="IndexFeed{T}"/>
/// to indexing threads that run while the database import goes on. Why not read the import's rows back
/// from the database after its commit: the table has no column that says which import wrote a row
/// (and no migration is wanted for a cache), so finding the updated rows would mean holding a million
/// ids in memory or re-reading the whole source; and reading back serialises indexing after the import,
/// where streaming uses the second core during it. Memory stays bounded by the feed's queues.</para>
/// <para><b>Never silently wrong.</b> Nothing is committed to the index before the database commit;
/// then it is committed with the watermark read from the database after that commit. Incremental
/// indexing is only done on an index that was current before the import (same watermark), or for an
/// organisation without messages (an empty index is current); otherwise the index is rebuilt from the
/// database after the commit. An account whose bot flag changes makes older messages count or stop
/// counting, which the stream cannot see: the index is rebuilt then too. If indexing fails, nothing is
/// committed: the marker stays behind and the next search or theme rebuilds. The index folder is held
/// (Lucene's write lock) from before the first watermark to the last, so another Pulse import of the
/// same organisation, which needs the same lock, cannot slip its messages in between.</para>
/// </remarks>
internal sealed class ImportIndexing : IAsyncDisposable
{
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(10);

    private readonly SearchService search;
    private readonly OrganisationRow organisation;
    private readonly IDisposable? hold;
    private readonly MessageIndex? index;
    private readonly IndexFeed<(Message Message, bool AuthorIsBot, string? StarterAuthor)>? feed;
    private readonly Tap? tap;
    private readonly bool hadMessages;
    private bool rebuild;

    private ImportIndexing(SearchService search, OrganisationRow organisation, IImportTransform? transform)
    {
        (this.search, this.organisation) = (search, organisation);
        Transform = transform;
    }

    private ImportIndexing(
        SearchService search, OrganisationRow organisation, IDisposable hold, MessageIndex index, string source, IImportTransform? transform, bool incremental, bool hadMessages, HashSet<string> bots)
        : this(search, organisation, transform)
    {
        (this.hold, this.index, this.hadMessages) = (hold, index, hadMessages);
        if (!incremental)
        {
            rebuild = true;
            return;
        }

        var includePrivate = organisation.IncludePrivate;
        // A reply whose starter this import did not read before it (an earlier import's thread) takes the
        // starter's author from the index as last committed; one lookup, on the indexing thread.
        feed = new IndexFeed<(Message Message, bool AuthorIsBot, string? StarterAuthor)>(
            index,
            m => m.Message.ExternalId,
            m => IndexEntries.FromImport(
                m.Message, source, m.AuthorIsBot, includePrivate,
                m.StarterAuthor is { } known ? source + ":" + known
                : m.Message.IsThreadStarter || m.Message.Kind != MessageKind.Post || m.Message.IsDeleted ? null
                : index.AuthorOf(source + ":" + m.Message.ThreadExternalId)),
            Environment.ProcessorCount);
        tap = new Tap(this, transform, bots);
        Transform = tap;
    }

    /// <summary>What the import session must apply to each item: the given transform, then the hand-over to the index.</summary>
    public IImportTransform? Transform { get; }

    /// <summary>
    /// Takes the organisation's index for the import and decides how to keep it current. Without an
    /// index folder (PostgreSQL without <c>--index</c>) there is nothing to keep.
    /// </summary>
    /// <exception cref="PulseException">Another Pulse process holds the index for longer than a few seconds.</exception>
    public static async Task<ImportIndexing> BeginAsync(
        PulseDatabase database, OrganisationRow organisation, string source, IImportTransform? transform, CancellationToken cancellationToken)
    {
        var search = new SearchService(database);
        if (database.Options.IndexFolderOrNull(organisation.Slug) is not { } folder) return new ImportIndexing(search, organisation, transform);
        var hold = await SearchService.HoldAsync(folder, cancellationToken);
        try
        {
            var index = await OpenAsync(organisation.Slug, folder, cancellationToken);
            try
            {
                var store = new MonitoringStore(database);
                var current = index.StateFor(await search.WatermarkAsync(organisation, cancellationToken)) == IndexState.Current;
                var empty = !current && await store.LatestMessageAsync(organisation.Id, includePrivate: true, cancellationToken) is null;
                if (empty) index.DeleteAll();
                var prefix = source + ":";
                var bots = (await store.AccountsAsync(organisation.Id, cancellationToken))
                    .Where(a => a.IsBot && a.ExternalId.StartsWith(prefix, StringComparison.Ordinal))
                    .Select(a => a.ExternalId[prefix.Length..]).ToHashSet(StringComparer.Ordinal);
                return new ImportIndexing(search, organisation, hold, index, source, transform, current || empty, hadMessages: !empty, bots);
            }
            catch
            {
                index.Dispose();
                throw;
            }
        }
        catch
        {
            hold.Dispose();
            throw;
        }
    }

    /// <summary>
    /// After the database commit: waits for the indexing threads and commits the index with the
    /// database's new watermark, or rebuilds it from the database. A failure leaves the index
    /// uncommitted (behind, rebuilt on next use) and does not fail the import, which is committed.
    /// </summary>
    /// <returns>What happened to the index, for people: "updated", "rebuilt", "behind: …" or null without an index.</returns>
    public async Task<string?> CompleteAsync(CancellationToken cancellationToken)
    {
        if (index is null) return null;
        try
        {
            if (!rebuild && feed is not null)
            {
                await Task.Run(feed.Complete, cancellationToken);
                if (!rebuild)
                {
                    index.Commit(await search.WatermarkAsync(organisation, cancellationToken));
                    return "updated";
                }
            }

            feed?.Dispose();
            await search.RebuildAsync(index, organisation, await search.WatermarkAsync(organisation, cancellationToken), cancellationToken);
            return "rebuilt";
        }
#pragma warning disable CA1031 // The import is committed; the index is a cache that stays behind and is rebuilt on next use.
        catch (Exception failure) when (failure is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return "behind: " + failure.Message;
        }
    }

    public ValueTask DisposeAsync()
    {
        feed?.Dispose();
        // Uncommitted changes are rolled back here: a failed import leaves the index as it was.
        index?.Dispose();
        hold?.Dispose();
        return ValueTask.CompletedTask;
    }

    private static async Task<MessageIndex> OpenAsync(string slug, string folder, CancellationToken cancellationToken)
    {
        // A search in another process (pulse serve) holds the folder for a moment: wait a little for it.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return SearchService.Open(slug, folder);
            }
            catch (PulseException) when (waited.Elapsed < LockWait)
            {
                await Task.Delay(250, cancellationToken);
            }
        }
    }

    /// <summary>
    /// The session's transform hook: applies the real transform (pseudonymisation), then hands messages
    /// to the feed and watches accounts' bot flags. Called on the reader's thread, one item at a time.
    /// </summary>
    private sealed class Tap(ImportIndexing owner, IImportTransform? inner, HashSet<string> bots) : IImportTransform
    {
        // Authors of messages handed over so far: at most the organisation's people, not its messages.
        private readonly HashSet<string> authors = new(StringComparer.Ordinal);

        // The author of each thread starter read so far (expert finding weighs answers in threads others
        // started): grows with the import's threads, a fraction of its messages, strings the import holds anyway.
        private readonly Dictionary<string, string?> starters = new(StringComparer.Ordinal);

        public Account Apply(Account account)
        {
            var stored = inner?.Apply(account) ?? account;
            var known = bots.Contains(stored.ExternalId);
            if (stored.IsBot != known)
            {
                if (stored.IsBot) bots.Add(stored.ExternalId);
                else bots.Remove(stored.ExternalId);
                // Older messages of this author (in the index or left out of it) now count differently,
                // as may messages of this import handed over before the account came.
                if (owner.hadMessages || authors.Contains(stored.ExternalId)) owner.rebuild = true;
            }

            return stored;
        }

        public Message Apply(Message message)
        {
            var stored = inner?.Apply(message) ?? message;
            if (!owner.rebuild)
            {
                var author = stored.AuthorExternalId;
                if (author is not null) authors.Add(author);
                if (stored.IsThreadStarter) starters[stored.ExternalId] = author;
                var starterAuthor = stored.IsThreadStarter ? author : starters.GetValueOrDefault(stored.ThreadExternalId);
                owner.feed!.Add((stored, author is not null && bots.Contains(author), starterAuthor));
            }

            return stored;
        }
    }
}
