namespace Pulse.Maturity.Benchmark;

/// <summary>
/// The maturity index of the organisations in one group of a cut (a sector, a size band), or of
/// the groups merged as "other" (<see cref="IsOther"/>). Only groups of at least the threshold are
/// shown.
/// </summary>
public sealed record Cut(string Group, int N, double Mean, double Median, bool IsOther = false)
{
    /// <summary>The name of the merged group.</summary>
    public const string Other = "(other)";
}

/// <summary>One cut of a wave: the groups shown, and how many were hidden.</summary>
public sealed record CutTable(string Dimension, IReadOnlyList<Cut> Groups, int HiddenGroups);
