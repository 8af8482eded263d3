namespace Pulse.Monitoring.Model;

/// <summary>State of a platform account, as the platform reports it.</summary>
public enum AccountState
{
    Active = 0,
    /// <summary>Invited or created, never joined (Yammer: soft_delete without any date).</summary>
    Pending = 1,
    Suspended = 2,
    Deleted = 3,
    /// <summary>The platform does not say: a sender seen only on a message (Teams: not in the export's user list — a guest, or someone who left).</summary>
    Unknown = 4,
}
