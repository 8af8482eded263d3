namespace Pulse.Storage.Rows;

/// <summary>
/// A person who signs in to the dashboard: an administrator (every organisation) or an analyst (the
/// organisations in <see cref="UserOrganisationRow"/>). Respondents have no account; their invitation link is
/// their credential.
/// </summary>
public sealed class UserRow
{
    public long Id { get; set; }

    /// <summary>Lower case and trimmed, so that sign-in does not depend on how it was typed.</summary>
    public required string Email { get; set; }

    /// <summary>ASP.NET Core Identity's PBKDF2 hash (its own format, with the algorithm and salt inside).</summary>
    public required string PasswordHash { get; set; }

    /// <summary>"admin" or "analyst".</summary>
    public required string Role { get; set; }

    /// <summary>Set for the password `pulse user add` prints: the first sign-in must choose a new one.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>Failed sign-ins since the last good one; the account locks at a limit.</summary>
    public int FailedSignIns { get; set; }

    public DateTime? LockedUntil { get; set; }

    /// <summary>Changes with the password: a signed-in cookie that carries an older stamp is no longer accepted.</summary>
    public required string SecurityStamp { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? LastSignInAt { get; set; }
}
