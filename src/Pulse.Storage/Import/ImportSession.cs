using Pulse.Monitoring.Import;
using Pulse.Monitoring.Model;
using Pulse.Storage.Aggregates;

namespace Pulse.Storage.Import;

/// <summary>
/// One import into one organisation, from one source, as one transaction: connectors push items
/// into it (it is their <see cref="IImportSink"/>), it writes them in batches, and
/// <see cref="CommitAsync"/> makes everything visible at once. Disposing without committing — after
/// a bad row, a cancel, a crash — rolls back, so the organisation's data stays exactly as it was.
/// The per-day term counts (<see cref="TermDays"/>) of every day whose messages changed are recounted
/// in the same transaction, so they always match the messages they are counted from; so are the
/// aggregates: updated in place for the days and threads a small import touched, rebuilt whole after a
/// large one, left alone (revision and all) when nothing changed.
/// </summary>
public sealed class ImportSession : IImportSink, IAsyncDisposable
{
    private const int BatchSize = 5000;

    /// <summary>
    /// Above this many days to recount, the whole rebuild is the cheaper way: it reads every message once
    /// in order, the update per day looks them up by index.
    /// </summary>
    private const int UpdateDayLimit = 120;

    private readonly IBulkWriter writer;
    private readonly IImportTransform? transform;
    private readonly Buffer<Account> accounts = new(ImportTables.Accounts);
    private readonly Buffer<Group> groups = new(ImportTables.Groups);
    private readonly Buffer<Topic> topics = new(ImportTables.Topics);
    private readonly Buffer<Message> messages = new(ImportTables.Messages);
    private readonly Dictionary<(string Kind, string Reason), long> skipped = [];
    private readonly long organisationId;
    private HashSet<(string Source, string ExternalId)> botsBefore = [];

    private ImportSession(IBulkWriter writer, long organisationId, string source, IImportTransform? transform)
    {
        this.writer = writer;
        this.organisationId = organisationId;
        Source = source;
        this.transform = transform;
    }

    public string Source { get; }

    /// <summary>Starts an import; <paramref name="transform"/> rewrites items before they are stored (pseudonymisation).</summary>
    public static async Task<ImportSession> BeginAsync(
        PulseDatabase database, long organisationId, string source, IImportTransform? transform, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        IBulkWriter writer = database.Options.Provider == DatabaseProvider.Sqlite
            ? await SqliteBulkWriter.OpenAsync(PulseDatabase.SqliteConnectionString(database.Options.DatabaseFile), organisationId, source, cancellationToken)
            : await PostgresBulkWriter.OpenAsync(database.Options.ConnectionString!, organisationId, source, cancellationToken);
        await OrganisationWriteLock.TakeAsync(writer.Connection, writer.Transaction, writer.Provider, organisationId, cancellationToken);
        var session = new ImportSession(writer, organisationId, source, transform);
        foreach (var buffer in session.Buffers()) buffer.Before = await writer.CountAsync(buffer.Table, cancellationToken);
        session.botsBefore = await TermDays.BotsAsync(writer.Connection, writer.Transaction, organisationId, cancellationToken);
        return session;
    }

    /// <summary>Items read so far, of every kind (for progress).</summary>
    public long ItemsRead => accounts.Read + groups.Read + topics.Read + messages.Read;

    public ValueTask AddAccountAsync(Account account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        // Stored as the directory stores them, so that matching and erasure compare like with like.
        var normalised = string.IsNullOrWhiteSpace(account.Email) ? account with { Email = null } : account with { Email = DirectoryEntry.NormaliseEmail(account.Email) };
        return AddAsync(accounts, transform is null ? normalised : transform.Apply(normalised), cancellationToken);
    }

    public ValueTask AddGroupAsync(Group group, CancellationToken cancellationToken = default) => AddAsync(groups, group, cancellationToken);

    public ValueTask AddTopicAsync(Topic topic, CancellationToken cancellationToken = default) => AddAsync(topics, topic, cancellationToken);

    public ValueTask AddMessageAsync(Message message, CancellationToken cancellationToken = default) =>
        AddAsync(messages, transform is null ? message : transform.Apply(message), cancellationToken);

    public void Skip(string kind, string reason)
    {
        skipped[(kind, reason)] = skipped.GetValueOrDefault((kind, reason)) + 1;
    }

    /// <summary>Writes what is left and commits; until then nothing of this import is visible.</summary>
    public async Task<ImportResult> CommitAsync(CancellationToken cancellationToken)
    {
        foreach (var buffer in Buffers()) await buffer.FlushAsync(writer, cancellationToken);
        foreach (var buffer in Buffers()) buffer.After = await writer.CountAsync(buffer.Table, cancellationToken);
        var changes = await writer.ChangesAsync(cancellationToken);
        await CountTermsAsync(changes, cancellationToken);
        // In the same transaction: the figures never see messages without their aggregates, or the reverse.
        Aggregates = await UpdateAggregatesAsync(changes, cancellationToken);
        await writer.CommitAsync(cancellationToken);
        return new ImportResult(
            Source,
            accounts.Count(),
            groups.Count(),
            topics.Count(),
            messages.Count(),
            skipped.OrderBy(s => s.Key.Kind, StringComparer.Ordinal).ThenBy(s => s.Key.Reason, StringComparer.Ordinal)
                .Select(s => new SkippedItems(s.Key.Kind, s.Key.Reason, s.Value)).ToList());
    }

    /// <summary>How the commit kept the aggregates; known after <see cref="CommitAsync"/>.</summary>
    public AggregateMaintenance Aggregates { get; private set; }

    private async Task<AggregateMaintenance> UpdateAggregatesAsync(ImportChanges changes, CancellationToken cancellationToken)
    {
        // Not a row changed: the aggregates, and the revision every cached figure is keyed by, stay as they are.
        if (Buffers().All(b => !b.Changed)) return AggregateMaintenance.Unchanged;
        if (changes.Threads is { } threads && changes.Accounts is { } changedAccounts)
        {
            var scope = await AggregateUpdate.ScopeAsync(
                writer.Connection, writer.Transaction, writer.Provider, organisationId, Source, changes.Days, threads, changedAccounts,
                messages.OnlyInserted ? changes.Messages : null, cancellationToken);
            // An empty scope (a community renamed, an account's department changed) still raises the revision:
            // the figures read those too.
            if (scope.Days.Days <= UpdateDayLimit)
            {
                await AggregateUpdate.RunAsync(writer.Connection, writer.Transaction, writer.Provider, organisationId, Source, scope, cancellationToken);
                return scope.Added is null ? AggregateMaintenance.Updated : AggregateMaintenance.Added;
            }
        }

        await writer.RebuildAggregatesAsync(cancellationToken);
        return AggregateMaintenance.Rebuilt;
    }

    /// <summary>
    /// Keeps the per-day term counts: an import that only inserted messages (a live message, a poll)
    /// adds their terms; any other recounts the days whose countable messages may have changed — those
    /// of the message rows this import wrote or moved, and every day of an author who became, or
    /// stopped being, a bot.
    /// </summary>
    private async Task CountTermsAsync(ImportChanges changes, CancellationToken cancellationToken)
    {
        var days = new HashSet<DateOnly>(changes.Days);
        var botsAfter = await TermDays.BotsAsync(writer.Connection, writer.Transaction, organisationId, cancellationToken);
        botsAfter.SymmetricExceptWith(botsBefore);
        if (botsAfter.Count == 0 && messages.OnlyInserted && changes.Messages is { } inserted)
        {
            await TermDays.AddAsync(writer.Connection, writer.Transaction, organisationId, Source, inserted, days, cancellationToken);
            return;
        }

        if (botsAfter.Count > 0) days.UnionWith(await TermDays.DaysOfAuthorsAsync(writer.Connection, writer.Transaction, organisationId, botsAfter, cancellationToken));
        await TermDays.RecountAsync(writer.Connection, writer.Transaction, organisationId, days, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        // Without a commit, disposing the transaction rolls it back.
        await writer.DisposeAsync();
    }

    private IEnumerable<IBuffer> Buffers() => [accounts, groups, topics, messages];

    private async ValueTask AddAsync<T>(Buffer<T> buffer, T item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        buffer.Add(item);
        if (buffer.Pending >= BatchSize) await buffer.FlushAsync(writer, cancellationToken);
    }

    private interface IBuffer
    {
        string Table { get; }

        long Before { get; set; }

        long After { get; set; }

        /// <summary>This import inserted or changed a row of the table.</summary>
        bool Changed { get; }

        Task FlushAsync(IBulkWriter writer, CancellationToken cancellationToken);
    }

    private sealed class Buffer<T>(UpsertTable<T> table) : IBuffer
    {
        private List<T> items = new(BatchSize);
        private long affected;

        public string Table => table.Name;

        public long Read { get; private set; }

        public int Pending => items.Count;

        public long Before { get; set; }

        public long After { get; set; }

        public void Add(T item)
        {
            items.Add(item);
            Read++;
        }

        public async Task FlushAsync(IBulkWriter writer, CancellationToken cancellationToken)
        {
            if (items.Count == 0) return;
            var batch = items;
            items = new List<T>(BatchSize);
            affected += await writer.UpsertAsync(table, table.LastVersions(batch), cancellationToken);
        }

        public bool Changed => affected > 0;

        /// <summary>Every row this import wrote was new (known once <see cref="After"/> is): none was changed.</summary>
        public bool OnlyInserted => affected == After - Before;

        public ImportCount Count()
        {
            var added = After - Before;
            return new ImportCount(Read, added, Math.Max(0, affected - added));
        }
    }
}

/// <summary>How an import kept the organisation's aggregates.</summary>
public enum AggregateMaintenance
{
    /// <summary>Nothing the aggregates count changed: they, and their revision, were left alone.</summary>
    Unchanged,

    /// <summary>The touched days and threads were recounted in place.</summary>
    Updated,

    /// <summary>The import only inserted messages, and they were added to the aggregates in place (nothing recounted).</summary>
    Added,

    /// <summary>Rebuilt whole (a large import).</summary>
    Rebuilt,
}
