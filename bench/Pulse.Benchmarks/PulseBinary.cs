namespace Pulse.Benchmarks;

/// <summary>Finds the `pulse` a user runs: the ReadyToRun build that ./pulse publishes into artifacts/pulse.</summary>
internal static class PulseBinary
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "artifacts", "pulse", "pulse");
            if (File.Exists(candidate)) return candidate;
        }

        throw new FileNotFoundException("Run ./pulse --help once first: it publishes the build these benchmarks time.");
    }
}
