using System.Globalization;

namespace Pulse.Search.Themes;

/// <summary>A theme query that cannot be parsed. The message reads
/// "position 17: a closing quote is missing …"; <see cref="Position"/> is that 1-based character.</summary>
public sealed class ThemeQueryException : FormatException
{
    public ThemeQueryException()
    {
    }

    public ThemeQueryException(string message)
        : base(message)
    {
    }

    public ThemeQueryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal ThemeQueryException(int position, string problem)
        : base(string.Create(CultureInfo.InvariantCulture, $"position {position}: {problem}"))
    {
        Position = position;
    }

    /// <summary>1-based character position of the problem; one past the end when the query ended too soon.</summary>
    public int Position { get; }
}
