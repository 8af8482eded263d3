using System.Globalization;

namespace Pulse.Monitoring.Metrics;

/// <summary>
/// A half-open interval of time <c>[From, To)</c>: a message is in the period when
/// <c>From ≤ CreatedAt &lt; To</c>. Both ends are kept in UTC (offset zero) so that a period reads
/// the same wherever it was built; comparisons are by instant either way.
/// </summary>
/// <remarks>An empty or inverted period (<c>From ≥ To</c>) is refused: it would make every rate
/// null and <see cref="Previous"/> meaningless, which is always a caller's mistake.</remarks>
public sealed record Period(DateTimeOffset From, DateTimeOffset To)
{
    /// <summary>Start, inclusive, in UTC.</summary>
    public DateTimeOffset From { get; } = Checked(From, To).ToUniversalTime();

    /// <summary>End, exclusive, in UTC.</summary>
    public DateTimeOffset To { get; } = To.ToUniversalTime();

    /// <summary>How long the period lasts; always positive.</summary>
    public TimeSpan Length => To - From;

    /// <summary>True when <paramref name="moment"/> lies in <c>[From, To)</c>.</summary>
    public bool Contains(DateTimeOffset moment) => From <= moment && moment < To;

    /// <summary>The period of the same length that ends where this one starts (used for retention).</summary>
    public Period Previous() => new(From - Length, From);

    private static DateTimeOffset Checked(DateTimeOffset from, DateTimeOffset to) =>
        from < to
            ? from
            : throw new ArgumentException(string.Create(
                CultureInfo.InvariantCulture, $"A period must start before it ends; got From {from:O} and To {to:O}."));
}
