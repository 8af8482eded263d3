namespace Pulse.Monitoring.Model;

/// <summary>
/// The longest text each kind of field may hold, in UTF-16 characters, checked once when an item is
/// read so that an over-long value is refused naming its file and line instead of failing (or being
/// cut) in storage. The storage sets no maximum lengths for these columns today; these limits are
/// far above anything a real export writes, and low enough that one bad row cannot exhaust memory.
/// </summary>
public static class FieldLimits
{
    /// <summary>Platform ids: accounts, messages, threads, groups, topics.</summary>
    public const int Id = 512;

    /// <summary>Names of people, groups and topics.</summary>
    public const int Name = 512;

    /// <summary>RFC 5321: 64 characters local part, @, 255 characters domain.</summary>
    public const int Email = 320;

    /// <summary>Short one-line texts: job titles, departments, locations, levels, subjects.</summary>
    public const int Title = 2_000;

    /// <summary>Message bodies and group descriptions.</summary>
    public const int Body = 1_000_000;
}
