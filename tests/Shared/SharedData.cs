namespace Pulse.Testing;

/// <summary>
/// The real reference samples live outside the repository, in <c>../shared/data</c> next to the
/// folder holding Pulse.slnx; they are never copied in. Tests that need them skip, saying why,
/// where the folder is absent (e.g. on a user's machine), except in CI (CI=true), where they fail.
/// </summary>
public static class SharedData
{
    public static string PathOrSkip(params string[] parts)
    {
        var root = RepositoryRoot();
        var data = root is null ? null : Path.GetFullPath(Path.Combine(root, "..", "shared", "data"));
        var path = data is null ? null : Path.Combine([data, .. parts]);
        if (path is null || (!File.Exists(path) && !Directory.Exists(path)))
        {
            var what = $"reference sample '{string.Join('/', parts)}' not found: this test reads ../shared/data next to the repository, which is absent here";
            if (IsCi)
            {
                Assert.Fail($"Reference-sample tests must run in CI: {what}.");
            }

            Assert.Skip(what);
        }

        return path!;
    }

    /// <summary>A file of this repository (e.g. docs), or a skip (a failure in CI) when the tests run outside it.</summary>
    public static string RepositoryFileOrSkip(params string[] parts)
    {
        var root = RepositoryRoot();
        var path = root is null ? null : Path.Combine([root, .. parts]);
        if (path is null || !File.Exists(path))
        {
            var what = $"'{string.Join('/', parts)}' not found: these tests run from the repository";
            if (IsCi) Assert.Fail($"Repository-file tests must run in CI: {what}.");
            Assert.Skip(what);
        }

        return path!;
    }

    /// <summary>Where the synthetic fixtures of this test project were copied.</summary>
    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pulse.slnx"))) return dir.FullName;
        }

        return null;
    }
}
