namespace Pulse.Maturity.Benchmark;

/// <summary>A place in the ranking by maturity index, descending; ties share a rank (1, 2, 2, 4).</summary>
public sealed record RankedOrganisation(int Rank, string Organisation, double Index);
