namespace Pulse.Application.Live;

/// <summary>What became of one webhook request; counted per platform on /metrics.</summary>
public enum HookOutcome
{
    /// <summary>Verified and stored as a new event (acknowledged with 200).</summary>
    Accepted,
    /// <summary>Verified, but the event was stored before (a retry or a replay): acknowledged, nothing changes.</summary>
    Duplicate,
    /// <summary>A handshake answered (Slack url_verification, Graph validationToken).</summary>
    Handshake,
    /// <summary>Signature or clientState missing or wrong: 401.</summary>
    Forged,
    /// <summary>Timestamp more than five minutes off: 401.</summary>
    Stale,
    /// <summary>Not a request Pulse can read: 400.</summary>
    Malformed,
    /// <summary>No such organisation, or it is not connected to this platform: 404.</summary>
    Unknown,
}
