namespace Pulse.Maturity.Benchmark;

/// <summary>
/// A benchmark statistic the wave's data cannot support (too few organisations for a driver
/// analysis, collinear scores): the message is one sentence a user can act on.
/// </summary>
public sealed class BenchmarkException : Exception
{
    public BenchmarkException()
        : this("The benchmark cannot be computed for this wave.")
    {
    }

    public BenchmarkException(string message)
        : base(message)
    {
    }

    public BenchmarkException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
