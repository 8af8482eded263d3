using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Pulse.Benchmarks;

/// <summary>
/// Whole-process timings of the built `pulse` binary, the way a user meets them: `pulse --help`
/// (target under 0.5 s) and `pulse demo --no-serve` into an empty folder (target under 30 s).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser(displayGenColumns: false)]
public class CliProcessBenchmarks
{
    private string pulse = string.Empty;
    private string dataRoot = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        pulse = PulseBinary.Find();
        dataRoot = Directory.CreateTempSubdirectory("pulse-bench").FullName;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(dataRoot, recursive: true);

    [Benchmark(Description = "pulse --help")]
    public int Help() => Run("--help");

    [Benchmark(Description = "pulse demo --no-serve (empty folder)")]
    public int Demo() => Run("demo", "--no-serve", "--data", Path.Combine(dataRoot, Guid.NewGuid().ToString("N")));

    private int Run(params string[] args)
    {
        var start = new ProcessStartInfo(pulse) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"pulse {string.Join(' ', args)} exited with {process.ExitCode}");
        return process.ExitCode;
    }
}
