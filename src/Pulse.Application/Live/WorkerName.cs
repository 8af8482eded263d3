using System.Diagnostics;
using System.Globalization;

namespace Pulse.Application.Live;

/// <summary>
/// The name a queue worker claims events with: <c>machine/process id/instance</c>. The instance tells
/// apart two workers of one process (tests run several apps in one); the machine and process id let a
/// restarted server see that a claimer of its own machine is gone.
/// </summary>
internal static class WorkerName
{
    /// <summary>A new name; the machine's name is cut to 140 characters so that the whole fits claimed_by's 200.</summary>
    public static string Create() => string.Create(CultureInfo.InvariantCulture, $"{Machine}/{Environment.ProcessId}/{Guid.NewGuid():N}");

    private static string Machine => Environment.MachineName.Length > 140 ? Environment.MachineName[..140] : Environment.MachineName;

    /// <summary>True when <paramref name="claimer"/> names a process of this machine that no longer runs.</summary>
    public static bool IsGoneFromThisMachine(string claimer)
    {
        var parts = claimer.Split('/');
        if (parts.Length != 3 || !string.Equals(parts[0], Machine, StringComparison.Ordinal)) return false;
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) return false;
        if (pid == Environment.ProcessId) return false;
        try
        {
            using var process = Process.GetProcessById(pid);
            // A process id reused by another program keeps the claim until its lease ends: the safe side.
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
