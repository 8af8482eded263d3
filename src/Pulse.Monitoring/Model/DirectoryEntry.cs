namespace Pulse.Monitoring.Model;

/// <summary>
/// One employee in the organisation's HR directory: the ground truth for who belongs to the target
/// group and who is a manager. Matched to platform accounts by e-mail, case-insensitively.
/// </summary>
/// <param name="Email">Normalised to lower case by <see cref="NormaliseEmail"/>.</param>
public sealed record DirectoryEntry(
    string Email,
    string? Name,
    string? Department,
    bool IsManager,
    bool InTargetGroup,
    string? Location,
    string? Level)
{
    /// <summary>The form in which e-mail addresses are compared and stored: trimmed, lower case.</summary>
    public static string NormaliseEmail(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return email.Trim().ToLowerInvariant();
    }
}
