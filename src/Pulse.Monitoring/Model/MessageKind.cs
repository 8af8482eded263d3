namespace Pulse.Monitoring.Model;

/// <summary>
/// What kind of item a platform row is. Only <see cref="Post"/> counts as a message in the
/// metrics; the others are kept so that a thread's shape stays intact and re-imports stay exact.
/// </summary>
public enum MessageKind
{
    /// <summary>A post or reply written by a person.</summary>
    Post = 0,
    /// <summary>Written by a bot or integration.</summary>
    Bot = 1,
    /// <summary>A system event: someone joined, a topic changed, a member was added.</summary>
    System = 2,
}
