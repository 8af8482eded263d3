using System.Globalization;
using Pulse.Testing;

namespace Pulse.Monitoring.Tests.Sentiment;

/// <summary>The labelled texts the evaluation reads: our Dutch sets, and VADER's human-rated English sets.</summary>
public static class LabelledSets
{
    public static IReadOnlyList<(string Label, string Text)> Dutch(string file) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Sentiment", "Data", file))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t'))
            .Select(parts => (parts[0], parts[1]))
            .ToList();

    /// <summary>
    /// VADER's ground truth (ID, mean rating -4..+4, text; latin-1). The mean rating is mapped to three
    /// classes with the same neutral band as the scores, ±0.05 (see docs/quality.md for this reading of the paper).
    /// </summary>
    public static IReadOnlyList<(string Label, string Text)> Vader(string name)
    {
        var path = SharedData.PathOrSkip("vader", "hutto_ICWSM_2014", $"{name}_GroundTruth.txt");
        return File.ReadLines(path, System.Text.Encoding.Latin1)
            .Select(line => line.Split('\t'))
            .Where(parts => parts.Length >= 3)
            .Select(parts => (Classification.Label(double.Parse(parts[1], CultureInfo.InvariantCulture)), string.Join('\t', parts[2..])))
            .ToList();
    }

    public static string SharedFile(params string[] parts) => SharedData.PathOrSkip(parts);
}
