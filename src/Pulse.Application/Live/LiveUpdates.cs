using System.Threading.Channels;

namespace Pulse.Application.Live;

/// <summary>
/// In-process news of committed imports, per organisation: the import runner publishes, the web
/// app's live stream (Server-Sent Events) subscribes. Every import path (files, the Yammer poller,
/// webhooks) goes through <see cref="Imports.ImportRunner"/>, so one publisher covers them all.
/// Plain .NET: the application stays free of ASP.NET.
/// </summary>
public sealed class LiveUpdates
{
    /// <summary>A subscriber that falls this far behind only needs to know "something changed": older news is dropped.</summary>
    private const int Backlog = 4;

    private readonly Lock gate = new();
    private readonly Dictionary<string, List<Channel<ImportCommitted>>> subscribers = new(StringComparer.Ordinal);
    private readonly HashSet<string> publishedSinceWatch = new(StringComparer.Ordinal);
    private TaskCompletionSource nextPublication = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How many subscriptions are open (for tests and diagnostics).</summary>
    public int Subscribers
    {
        get
        {
            lock (gate) return subscribers.Values.Sum(list => list.Count);
        }
    }

    /// <summary>Listens to the organisation's imports until the subscription is disposed.</summary>
    public Subscription Subscribe(string organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var channel = Channel.CreateBounded<ImportCommitted>(new BoundedChannelOptions(Backlog) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        lock (gate)
        {
            if (!subscribers.TryGetValue(organisation, out var list)) subscribers[organisation] = list = [];
            list.Add(channel);
        }

        return new Subscription(this, organisation, channel);
    }

    /// <summary>
    /// Completes at the next news of any organisation, whether anyone listens to it or not: what wakes
    /// the dashboard's warm-up right after an import instead of at its next scheduled round.
    /// </summary>
    public Task NextPublicationAsync(CancellationToken cancellationToken)
    {
        lock (gate) return nextPublication.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Tells every subscriber of the organisation; never blocks the import.</summary>
    public void Publish(ImportCommitted news) => Publish(news, fromWatch: false);

    /// <param name="fromWatch">The news comes from <see cref="ImportWatch"/>, which need not be told of it again.</param>
    internal void Publish(ImportCommitted news, bool fromWatch)
    {
        ArgumentNullException.ThrowIfNull(news);
        Channel<ImportCommitted>[] targets;
        TaskCompletionSource published;
        lock (gate)
        {
            if (!fromWatch) publishedSinceWatch.Add(news.Organisation);
            published = nextPublication;
            nextPublication = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            targets = subscribers.TryGetValue(news.Organisation, out var list) ? [.. list] : [];
        }

        published.TrySetResult();
        foreach (var channel in targets) channel.Writer.TryWrite(news);
    }

    /// <summary>
    /// The organisations someone listens to, and those published in this process since the last call
    /// (so that <see cref="ImportWatch"/> does not announce them a second time).
    /// </summary>
    internal (IReadOnlyList<string> Watched, IReadOnlySet<string> Published) TakeWatchState()
    {
        lock (gate)
        {
            var published = new HashSet<string>(publishedSinceWatch, StringComparer.Ordinal);
            publishedSinceWatch.Clear();
            return ([.. subscribers.Keys], published);
        }
    }

    private void Remove(string organisation, Channel<ImportCommitted> channel)
    {
        lock (gate)
        {
            if (!subscribers.TryGetValue(organisation, out var list)) return;
            list.Remove(channel);
            if (list.Count == 0) subscribers.Remove(organisation);
        }

        channel.Writer.TryComplete();
    }

    /// <summary>One listener's news; dispose it when the listener goes (the page closed).</summary>
    public sealed class Subscription : IDisposable
    {
        private readonly LiveUpdates owner;
        private readonly string organisation;
        private readonly Channel<ImportCommitted> channel;

        internal Subscription(LiveUpdates owner, string organisation, Channel<ImportCommitted> channel)
        {
            this.owner = owner;
            this.organisation = organisation;
            this.channel = channel;
        }

        /// <summary>The news, as it comes, until disposed or cancelled.</summary>
        public IAsyncEnumerable<ImportCommitted> ReadAllAsync(CancellationToken cancellationToken) => channel.Reader.ReadAllAsync(cancellationToken);

        public void Dispose() => owner.Remove(organisation, channel);
    }
}
