namespace Pulse.Benchmarks;

/// <summary>Finds the Release build of `pulse` (./pulse builds it; so does `dotnet build -c Release`).</summary>
internal static class PulseBinary
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "artifacts", "bin", "Pulse.Cli", "release", "pulse");
            if (File.Exists(candidate)) return candidate;
        }

        throw new FileNotFoundException("Build pulse in Release first: dotnet build src/Pulse.Cli -c Release");
    }
}
