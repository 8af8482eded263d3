namespace Pulse.Storage.Import;

/// <summary>
/// What an import changed so far, as far as the aggregates care: the days of the message rows it
/// wrote or moved, the threads those rows are in (or were in before), and the accounts it inserted or
/// changed. Threads and accounts are kept up to a limit only: past it the import is large enough that
/// rebuilding the organisation's aggregates whole is the cheaper way (<see cref="ImportSession"/>).
/// </summary>
internal sealed class ImportChanges
{
    /// <summary>More threads than this and the aggregates are rebuilt whole.</summary>
    public const int ThreadLimit = 10_000;

    /// <summary>More changed accounts than this and the aggregates are rebuilt whole.</summary>
    public const int AccountLimit = 1_000;

    private readonly HashSet<DateOnly> days = [];
    private HashSet<string>? threads = new(StringComparer.Ordinal);
    private HashSet<string>? accounts = new(StringComparer.Ordinal);
    private HashSet<string>? messages = new(StringComparer.Ordinal);

    public IReadOnlyCollection<DateOnly> Days => days;

    /// <summary>The threads (of the import's source) whose messages changed; null when over <see cref="ThreadLimit"/>.</summary>
    public IReadOnlyCollection<string>? Threads => threads;

    /// <summary>The accounts (of the import's source) inserted or changed; null when over <see cref="AccountLimit"/>.</summary>
    public IReadOnlyCollection<string>? Accounts => accounts;

    /// <summary>The message rows (of the import's source) inserted or changed; null when over <see cref="ThreadLimit"/> (with <see cref="Threads"/>).</summary>
    public IReadOnlyCollection<string>? Messages => messages;

    /// <summary>Whether the writers still need to say which threads they touched.</summary>
    public bool TracksThreads => threads is not null;

    public bool TracksAccounts => accounts is not null;

    public bool TracksMessages => messages is not null;

    public void Day(DateOnly day) => days.Add(day);

    public void Thread(string thread)
    {
        if (threads is null) return;
        threads.Add(thread);
        if (threads.Count > ThreadLimit) (threads, messages) = (null, null);
    }

    public void Message(string externalId)
    {
        if (messages is null) return;
        messages.Add(externalId);
        // Past the limit neither is known completely (a writer stops saying which rows once it stops tracking threads).
        if (messages.Count > ThreadLimit) (threads, messages) = (null, null);
    }

    public void Account(string externalId)
    {
        if (accounts is null) return;
        accounts.Add(externalId);
        if (accounts.Count > AccountLimit) accounts = null;
    }

}
