using System.Collections.Concurrent;
using System.Globalization;
using Pulse.Application;
using Pulse.Application.Benchmark;
using Pulse.Rendering;

namespace Pulse.Web.Downloads;

/// <summary>
/// Research reports written on demand into a temporary folder and kept for the app's lifetime:
/// a report with its PDF takes a second or two, the same one asked twice should not. Requests for
/// a report being written wait for that one write. The folder is deleted when the app stops.
/// </summary>
public sealed class ReportCache(PulseApp app) : IDisposable
{
    private readonly ConcurrentDictionary<ReportKey, Lazy<Task<ReportFiles>>> _reports = new();
    private readonly string _root = Directory.CreateTempSubdirectory("pulse-reports-").FullName;
    private int _written;

    /// <summary>The report's files, written now unless an earlier request did.</summary>
    /// <exception cref="Pulse.Storage.PulseException">The report cannot be made (e.g. no Chromium for the PDF: its inner exception says so).</exception>
    public async Task<ReportFiles> GetAsync(ReportKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var entry = _reports.GetOrAdd(key, k => new Lazy<Task<ReportFiles>>(() => WriteAsync(k)));
        try
        {
            return await entry.Value;
        }
        catch
        {
            // A failure is not kept: Chromium may be installed by the next request.
            _reports.TryRemove(KeyValuePair.Create(key, entry));
            throw;
        }
    }

    private Task<ReportFiles> WriteAsync(ReportKey key)
    {
        var folder = Path.Combine(_root, Interlocked.Increment(ref _written).ToString(CultureInfo.InvariantCulture));
        // Not the request's token: other requests may be waiting for this same report.
        return app.Reports.WriteAsync(new ReportRequest(key.Wave, folder, key.Compare, key.Language, Pdf: key.Pdf), CancellationToken.None);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open (a download in flight at shutdown): the system's temp cleaning takes it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
