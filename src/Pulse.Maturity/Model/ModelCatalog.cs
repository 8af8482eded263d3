using System.Collections.Concurrent;
using System.Globalization;

namespace Pulse.Maturity.Model;

/// <summary>
/// The model versions shipped with this library: the files <c>Models/v*.json</c>, embedded in
/// the assembly. Each is read and validated once, on first use.
/// </summary>
public static class ModelCatalog
{
    private const string ResourcePrefix = "Pulse.Maturity.Models.";
    private static readonly ConcurrentDictionary<string, MaturityModel> Loaded = new(StringComparer.Ordinal);

    /// <summary>The versions available, oldest first ("v1", "v2", …).</summary>
    public static IReadOnlyList<string> Versions { get; } =
    [
        .. typeof(ModelCatalog).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^".json".Length])
            .OrderBy(VersionNumber)
            .ThenBy(v => v, StringComparer.Ordinal),
    ];

    /// <summary>The newest version.</summary>
    public static string Latest => Versions[^1];

    /// <summary>The model of a version.</summary>
    /// <exception cref="ArgumentException">No such version; the message lists the known ones.</exception>
    /// <exception cref="ModelValidationException">The shipped file is invalid (a bug caught by the tests).</exception>
    public static MaturityModel Get(string version) =>
        Loaded.GetOrAdd(version, static v => ModelReader.Read(GetJson(v), $"{v}.json"));

    /// <summary>The text of a version's model file as shipped.</summary>
    /// <exception cref="ArgumentException">No such version.</exception>
    public static string GetJson(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (!Versions.Contains(version, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Model version '{version}' does not exist; known: {string.Join(", ", Versions)}.", nameof(version));
        }

        using var stream = typeof(ModelCatalog).Assembly.GetManifestResourceStream(ResourcePrefix + version + ".json")
            ?? throw new InvalidOperationException($"Model file {version}.json is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static int VersionNumber(string version) =>
        version.Length > 1 && version[0] == 'v' && int.TryParse(version.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;
}
