namespace Pulse.Application.Access;

/// <summary>How a sign-in attempt ended.</summary>
public enum SignInStatus
{
    /// <summary>Signed in.</summary>
    Succeeded,

    /// <summary>Unknown address or wrong password: the two are not told apart.</summary>
    Failed,

    /// <summary>Too many wrong passwords: no attempt is checked until the lock ends.</summary>
    LockedOut,
}

/// <summary>The outcome of a sign-in; <see cref="User"/> is set only when it succeeded.</summary>
public sealed record SignInOutcome(SignInStatus Status, SignedInUser? User = null, DateTimeOffset? LockedUntil = null);

/// <summary>What a session carries about its user: enough to check it against the database on each request.</summary>
public sealed record SignedInUser(long Id, string Email, string Role, string SecurityStamp, bool MustChangePassword, IReadOnlyList<string> Organisations)
{
    public Viewer Viewer => new(Role == Roles.Admin, Organisations.ToHashSet(StringComparer.Ordinal));
}

/// <summary>A user as `pulse user list` shows it.</summary>
public sealed record UserSummary(string Email, string Role, IReadOnlyList<string> Organisations, bool MustChangePassword, DateTimeOffset CreatedAt, DateTimeOffset? LastSignInAt, DateTimeOffset? LockedUntil);

/// <summary>A user just added, with the password to hand over once.</summary>
public sealed record NewUser(UserSummary User, string OneTimePassword);

/// <summary>An API token as `pulse token list` shows it: never the token.</summary>
public sealed record TokenSummary(string Organisation, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt);

/// <summary>A token just created: the only time the token itself is seen.</summary>
public sealed record NewToken(TokenSummary Token, string Secret);
