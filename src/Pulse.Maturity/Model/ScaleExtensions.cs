namespace Pulse.Maturity.Model;

/// <summary>Facts about a <see cref="Scale"/>: its name in model files and its number of Likert points.</summary>
public static class ScaleExtensions
{
    /// <summary>k for a Likert scale (5 or 7); 0 for every other scale.</summary>
    public static int LikertPoints(this Scale scale) => scale switch
    {
        Scale.Likert5 => 5,
        Scale.Likert7 => 7,
        _ => 0,
    };

    /// <summary>True for <see cref="Scale.Likert5"/> and <see cref="Scale.Likert7"/>.</summary>
    public static bool IsLikert(this Scale scale) => scale is Scale.Likert5 or Scale.Likert7;

    /// <summary>True where the answer is a number that can be averaged (Likert, percentage).</summary>
    public static bool IsNumeric(this Scale scale) => scale is Scale.Likert5 or Scale.Likert7 or Scale.Percent;

    /// <summary>The name used in model files and in <c>pulse model show --json</c>: likert5, likert7, yesno, percent, choice, multi.</summary>
    public static string ToJsonName(this Scale scale) => scale switch
    {
        Scale.Likert5 => "likert5",
        Scale.Likert7 => "likert7",
        Scale.YesNo => "yesno",
        Scale.Percent => "percent",
        Scale.Choice => "choice",
        Scale.Multi => "multi",
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, "Unknown scale."),
    };

    /// <summary>Reads a scale name as written by <see cref="ToJsonName"/> (exact, lower case).</summary>
    public static bool TryParseJsonName(string? name, out Scale scale)
    {
        foreach (var candidate in Enum.GetValues<Scale>())
        {
            if (string.Equals(candidate.ToJsonName(), name, StringComparison.Ordinal))
            {
                scale = candidate;
                return true;
            }
        }

        scale = default;
        return false;
    }
}
