using System.Diagnostics;
using Pulse.Connectors.Archives;

namespace Pulse.Connectors;

/// <summary>
/// Counts pushed items and reports progress when 100 ms have passed or 10,000 items were pushed
/// since the last report, whichever comes first, plus once at the end of every file: often enough
/// for a progress bar, rarely enough to cost nothing on a million rows.
/// </summary>
internal sealed class ProgressTicker(IProgress<ImportProgress>? progress)
{
    private const int ItemsPerReport = 10_000;
    private static readonly long TicksPerReport = Stopwatch.Frequency / 10;

    private long _lastReportTimestamp = Stopwatch.GetTimestamp();
    private long _itemsAtLastReport;

    public long Items { get; private set; }

    /// <summary>Counts one pushed item and reports if it is time to.</summary>
    public void Item(CountingStream file)
    {
        Items++;
        if (progress is null) return;
        if (Items - _itemsAtLastReport < ItemsPerReport
            && Stopwatch.GetTimestamp() - _lastReportTimestamp < TicksPerReport)
        {
            return;
        }

        Report(file);
    }

    /// <summary>Reports unconditionally, e.g. when a file is done.</summary>
    public void Report(CountingStream file)
    {
        if (progress is null) return;
        _lastReportTimestamp = Stopwatch.GetTimestamp();
        _itemsAtLastReport = Items;
        progress.Report(new ImportProgress(file.Label, file.BytesRead, file.BytesTotal, Items));
    }
}
