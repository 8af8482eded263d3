using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Pulse.Search.Indexing;

/// <summary>
/// Read-only views of index folders' last commits, for callers that only read (search, themes, experts).
/// Opening a plain <see cref="DirectoryReader"/> costs about half of opening the <see cref="IndexWriter"/> of
/// <see cref="MessageIndex.Open"/> and takes no write lock, so it may read beside an import's writer, also in
/// another process: a reader sees one commit, never a half-written state. When the view is not current (no
/// index, an old format, behind), the caller takes the writer path and rebuilds (docs/search.md).
/// </summary>
/// <remarks>
/// <para>With <paramref name="keepOpen"/> (a long-running process: <c>pulse serve</c>) one reader per folder
/// stays open and is replaced only when its marker no longer matches what the caller expects. Readers are
/// reference-counted: a view in use keeps its commit readable after a newer one replaced it, and the last
/// view's <see cref="MessageIndex.Dispose"/> closes it. Without it (a command that runs once), every view
/// opens its own reader and closes it.</para>
/// <para>A writer's commit deletes the files of the commit before it; a reader that still has them open
/// keeps reading them (POSIX file semantics, which Lucene relies on for readers beside a writer).</para>
/// </remarks>
public sealed class CommittedIndexes(bool keepOpen) : IDisposable
{
    private readonly ConcurrentDictionary<string, Kept> _kept = new(StringComparer.Ordinal);
    private bool _disposed;

    /// <summary>
    /// A read-only view of the last commit in <paramref name="folder"/> when its marker is current for
    /// <paramref name="expectedWatermark"/>; null when it is not (or there is no index there, or it cannot be
    /// read): the caller then opens the writer and rebuilds. Dispose the view when done.
    /// </summary>
    public MessageIndex? OpenCurrent(string folder, string expectedWatermark)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(expectedWatermark);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!System.IO.Directory.Exists(folder))
        {
            // Deleted (an erasure): let go of its files now rather than at the next change.
            if (_kept.TryRemove(folder, out var gone)) gone.Dispose();
            return null;
        }

        return keepOpen ? _kept.GetOrAdd(folder, f => new Kept(f)).OpenCurrent(expectedWatermark) : OpenOnce(folder, expectedWatermark);
    }

    /// <summary>Closes the kept readers of every folder (views still in use stay readable until disposed).</summary>
    public void Dispose()
    {
        _disposed = true;
        foreach (var kept in _kept.Values)
            kept.Dispose();
        _kept.Clear();
    }

    private static MessageIndex? OpenOnce(string folder, string expectedWatermark)
    {
        var directory = FSDirectory.Open(folder);
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                directory.Dispose();
                return null;
            }

            // The view takes its own reference and the directory; the opening reference is given back at the
            // end of the block, so reader and directory close with the view.
            using var reader = DirectoryReader.Open(directory);
            var view = new MessageIndex(reader, directory);
            if (view.StateFor(expectedWatermark) == IndexState.Current) return view;
            view.Dispose();
            return null;
        }
        catch (IOException)
        {
            // The folder went away or changed while opening (an erasure deletes it): the writer path decides.
            directory.Dispose();
            return null;
        }
    }

    /// <summary>One folder's kept reader (the holder's reference) and its directory.</summary>
    private sealed class Kept(string folder) : IDisposable
    {
        private readonly System.Threading.Lock _lock = new();
        private FSDirectory? _directory;
        private DirectoryReader? _reader;
        private IndexMarker? _marker;

        public MessageIndex? OpenCurrent(string expectedWatermark)
        {
            lock (_lock)
            {
                if (!IsCurrent(expectedWatermark))
                {
                    try
                    {
                        Refresh();
                    }
                    catch (IOException)
                    {
                        // The folder went away or changed under us (an erasure deletes it, a rebuild replaces it):
                        // forget the reader; the writer path rebuilds, and the next use opens afresh.
                        Dispose();
                        return null;
                    }
                }

                return IsCurrent(expectedWatermark) ? new MessageIndex(_reader!) : null;
            }
        }

        public void Dispose()
        {
            lock (_lock)
            {
                _reader?.DecRef();
                _directory?.Dispose();
                (_reader, _directory, _marker) = (null, null, null);
            }
        }

        private bool IsCurrent(string expectedWatermark) =>
            _reader is not null && MessageIndex.StateOf(_marker, expectedWatermark) == IndexState.Current;

        /// <summary>
        /// Replaces the kept reader by one of the folder's last commit, opened afresh. Not
        /// <see cref="DirectoryReader.OpenIfChanged(DirectoryReader)"/>: it keeps the old reader's segments by
        /// name and tells a change by the commit's version, and Lucene 4.8 numbers both per index (_0, _1, …), so
        /// a folder deleted and created again (an erasure deletes it, the next use rebuilds it) can look unchanged
        /// or share an old segment's name, and erased messages would be read again (it missed the rebuilt index in
        /// CommittedIndexesTests). A fresh open costs 16–28 ms on a million messages, once per change.
        /// </summary>
        private void Refresh()
        {
            _directory ??= FSDirectory.Open(folder);
            var fresh = DirectoryReader.IndexExists(_directory) ? DirectoryReader.Open(_directory) : null;
            _reader?.DecRef();
            (_reader, _marker) = (fresh, fresh is null ? null : IndexMarker.FromUserData(fresh.IndexCommit.UserData));
        }
    }
}
