namespace Pulse.Connectors.Csv;

/// <summary>
/// Raised by <see cref="QuoteTrackingReader"/> when a quoted field never closes. Internal: the CSV
/// reader turns it into an ImportException that names the column.
/// </summary>
internal sealed class UnbalancedQuoteException : Exception
{
    public UnbalancedQuoteException(long line, int column, string problem)
        : base(problem)
    {
        Line = line;
        Column = column;
    }

    public UnbalancedQuoteException()
    {
    }

    public UnbalancedQuoteException(string message)
        : base(message)
    {
    }

    public UnbalancedQuoteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The physical line (1-based) on which the quoted field opened.</summary>
    public long Line { get; }

    /// <summary>The 0-based column in which the quoted field opened.</summary>
    public int Column { get; }
}
