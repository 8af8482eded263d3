namespace Pulse.Application.Reality;

/// <summary>
/// The verdict words of the reality check (docs/metrics.md, "The reality check"). A claim is a range
/// of percentages (a single figure is a range of one point; "most senior managers" is 50–100 %); the
/// gap is the claim's nearest end minus the measurement, in percentage points, so it is positive when
/// the claim is higher than what the messages show and 0 when the measurement lies inside the range.
/// </summary>
public static class RealityJudge
{
    /// <summary>A gap of at most this many points (either way) is a match.</summary>
    public const double Tolerance = 10;

    /// <summary>The gap and the verdict of a claim [<paramref name="low"/>, <paramref name="high"/>] against <paramref name="measured"/> (all 0–100).</summary>
    public static (double Gap, RealityVerdict Verdict) Judge(double low, double high, double measured)
    {
        if (low > high) throw new ArgumentException($"A claim's range runs from low to high; got {low} to {high}.", nameof(low));
        var nearest = Math.Clamp(measured, low, high);
        var gap = nearest - measured;
        if (Math.Abs(gap) <= Tolerance) return (gap, RealityVerdict.Matches);
        return gap > 0
            ? (gap, nearest > 2 * measured ? RealityVerdict.FarAbove : RealityVerdict.Above)
            : (gap, measured > 2 * nearest ? RealityVerdict.FarBelow : RealityVerdict.Below);
    }

    /// <summary>True for the verdicts that say the claim is higher than the measurement.</summary>
    public static bool IsAbove(RealityVerdict verdict) => verdict is RealityVerdict.Above or RealityVerdict.FarAbove;
}
