namespace Pulse.Testing;

/// <summary>
/// The reference data in ../shared/data (real exports and lexicons, never copied into this
/// repository). Tests that need it skip with a clear message when it is absent, e.g. on a user's
/// machine; in CI it is present next to the clone.
/// </summary>
public static class SharedData
{
    /// <summary>The repository root: the folder holding Pulse.slnx.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The full path of a file or folder in the shared data, or a skip when it is missing.</summary>
    public static string Require(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data", relativePath));
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Skip($"Reference data not found at {path}: these tests read ../shared/data next to the repository.");
        }

        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pulse.slnx"))) return dir.FullName;
        }

        throw new InvalidOperationException("Pulse.slnx not found above " + AppContext.BaseDirectory);
    }
}
