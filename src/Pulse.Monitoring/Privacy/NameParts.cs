namespace Pulse.Monitoring.Privacy;

/// <summary>
/// The words of a person's name or handle ("Anna de Vries", "anna.devries", "o'brien-smit"): what
/// pseudonymisation and erasure replace in text, and what trend detection never counts.
/// </summary>
public static class NameParts
{
    /// <summary>Name parts this short ("de", "van", "Bo") are too common to replace inside other words.</summary>
    public const int ShortestReplaced = 4;

    private static readonly char[] Separators = [' ', '-', '.', '_', '\'', ','];

    /// <summary>The name's parts, as written (trimmed, empty ones left out).</summary>
    public static string[] Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
