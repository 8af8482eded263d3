using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Pulse.Storage;

namespace Pulse.Application.Access;

/// <summary>
/// Users, sign-in and API tokens (issue 11): who may see which organisation. Passwords are hashed with ASP.NET Core
/// Identity's hasher (PBKDF2-HMAC-SHA512, salted, its iteration count travelling in the hash); tokens are random and
/// kept only as their SHA-256. Repeated wrong passwords lock the account for a while: the lock is in the database, so
/// it holds across every web instance.
/// </summary>
public sealed class AccessService(PulseDatabase database, TimeProvider? clock = null)
{
    /// <summary>Wrong passwords in a row that lock an account.</summary>
    public const int LockoutAttempts = 5;

    public const int MinimumPasswordLength = 12;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>What every token starts with, so that a leaked one is recognisable by secret scanners.</summary>
    public const string TokenPrefix = "pulse_";

    private static readonly PasswordHasher<string> Hasher = new();

    // Checked against when the address is unknown, so that an unknown address costs as long as a wrong password.
    private static readonly Lazy<string> DummyHash = new(() => Hasher.HashPassword("", RandomNumberGenerator.GetHexString(32)));

    private readonly AccessStore _store = new(database);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>Adds a user with a generated password that must be changed at the first sign-in.</summary>
    public async Task<NewUser> AddUserAsync(string email, string role, IReadOnlyList<string> organisations, CancellationToken cancellationToken = default) =>
        await AddUserAsync(email, role, organisations, password: null, cancellationToken);

    /// <summary>Adds a user; with <paramref name="password"/> null a one-time password is generated (to change at first sign-in).</summary>
    public async Task<NewUser> AddUserAsync(string email, string role, IReadOnlyList<string> organisations, string? password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        var address = NormaliseEmail(email);
        if (!Roles.IsKnown(role)) throw new PulseUsageException($"--role must be {Roles.Admin} or {Roles.Analyst}, not '{role}'.");
        if (role == Roles.Admin && organisations.Count > 0)
        {
            throw new PulseUsageException("An administrator sees every organisation; leave out --org, or add the user as an analyst.");
        }

        if (role == Roles.Analyst && organisations.Count == 0)
        {
            throw new PulseUsageException("An analyst sees only the organisations given with --org SLUG; name at least one.");
        }

        if (password is not null) RequireStrong(password);
        var ids = new List<long>();
        var catalog = new OrganisationStore(database);
        foreach (var slug in organisations.Distinct(StringComparer.Ordinal))
        {
            ids.Add((await catalog.FindAsync(slug, cancellationToken) ?? throw new PulseException($"No organisation '{slug}'; `pulse org list` shows them.")).Id);
        }

        var secret = password ?? OneTimePassword();
        var user = await _store.AddUserAsync(address, role, Hasher.HashPassword(address, secret), mustChangePassword: password is null, ids, cancellationToken);
        return new NewUser(Summary(user), secret);
    }

    /// <summary>
    /// A new password for a user who forgot theirs (or for the demo's sign-in): generated and to be changed at the next
    /// sign-in when <paramref name="password"/> is null. Ends every session and lifts a lock.
    /// </summary>
    public async Task<NewUser> ResetPasswordAsync(string email, string? password = null, CancellationToken cancellationToken = default)
    {
        var address = NormaliseEmail(email);
        var user = await _store.FindUserAsync(address, cancellationToken) ?? throw new PulseException($"No user {address}; `pulse user list` shows them.");
        if (password is not null) RequireStrong(password);
        var secret = password ?? OneTimePassword();
        await _store.SetPasswordAsync(user.Id, Hasher.HashPassword(address, secret), mustChange: password is null, cancellationToken);
        await _store.UnlockAsync(user.Id, cancellationToken);
        return new NewUser(Summary((await _store.FindUserAsync(user.Id, cancellationToken))!), secret);
    }

    /// <summary>
    /// An administrator <paramref name="email"/> with a new random password that needs no changing (the demo's and the
    /// benchmarks' own sign-in): added when missing, else given the new password. Never a fixed password, because a demo
    /// left running on a reachable address must not open to one printed anywhere.
    /// </summary>
    public async Task<string> AdministratorWithFreshPasswordAsync(string email, CancellationToken cancellationToken = default)
    {
        var password = OneTimePassword();
        if (await _store.FindUserAsync(NormaliseEmail(email), cancellationToken) is null) await AddUserAsync(email, Roles.Admin, [], password, cancellationToken);
        else await ResetPasswordAsync(email, password, cancellationToken);
        return password;
    }

    public async Task<IReadOnlyList<UserSummary>> UsersAsync(CancellationToken cancellationToken = default) =>
        [.. (await _store.UsersAsync(cancellationToken)).Select(Summary)];

    public async Task RemoveUserAsync(string email, CancellationToken cancellationToken = default)
    {
        if (!await _store.RemoveUserAsync(NormaliseEmail(email), cancellationToken)) throw new PulseException($"No user {email.Trim()}; `pulse user list` shows them.");
    }

    /// <summary>Checks an address and password, counting failures towards the lock.</summary>
    public async Task<SignInOutcome> SignInAsync(string email, string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(password);
        var now = _clock.GetUtcNow();
        var user = MailAddressOrNull(email) is { } address ? await _store.FindUserAsync(address, cancellationToken) : null;
        if (user is null)
        {
            Hasher.VerifyHashedPassword("", DummyHash.Value, password);
            return new SignInOutcome(SignInStatus.Failed);
        }

        if (user.LockedUntil is { } until && until > now.UtcDateTime) return new SignInOutcome(SignInStatus.LockedOut, LockedUntil: new DateTimeOffset(until, TimeSpan.Zero));
        var verdict = Hasher.VerifyHashedPassword(user.Email, user.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            var locks = user.FailedSignIns + 1 >= LockoutAttempts;
            var lockUntil = locks ? now.UtcDateTime + LockoutDuration : (DateTime?)null;
            await _store.RecordFailureAsync(user.Id, lockUntil, cancellationToken);
            return locks ? new SignInOutcome(SignInStatus.LockedOut, LockedUntil: new DateTimeOffset(lockUntil!.Value, TimeSpan.Zero)) : new SignInOutcome(SignInStatus.Failed);
        }

        // A hash made with fewer iterations than today's default is replaced while the password is at hand.
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await _store.SetPasswordAsync(user.Id, Hasher.HashPassword(user.Email, password), user.MustChangePassword, cancellationToken);
            user = (await _store.FindUserAsync(user.Id, cancellationToken))!;
        }

        await _store.RecordSignInAsync(user.Id, now.UtcDateTime, cancellationToken);
        return new SignInOutcome(SignInStatus.Succeeded, Signed(user));
    }

    /// <summary>The user behind a session, when it is still valid: the user exists and the password has not changed since.</summary>
    public async Task<SignedInUser?> SessionAsync(long userId, string securityStamp, CancellationToken cancellationToken = default)
    {
        var user = await _store.FindUserAsync(userId, cancellationToken);
        return user is not null && string.Equals(user.SecurityStamp, securityStamp, StringComparison.Ordinal) ? Signed(user) : null;
    }

    /// <summary>Replaces a signed-in user's password after checking the current one; every other session ends.</summary>
    public async Task<SignedInUser> ChangePasswordAsync(long userId, string current, string replacement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(replacement);
        var user = await _store.FindUserAsync(userId, cancellationToken) ?? throw new PulseException("The user no longer exists.");
        if (Hasher.VerifyHashedPassword(user.Email, user.PasswordHash, current) == PasswordVerificationResult.Failed)
        {
            throw new PulseUsageException("The current password is not right.");
        }

        RequireStrong(replacement);
        if (string.Equals(current, replacement, StringComparison.Ordinal)) throw new PulseUsageException("Choose a password other than the current one.");
        await _store.SetPasswordAsync(user.Id, Hasher.HashPassword(user.Email, replacement), mustChange: false, cancellationToken);
        return Signed((await _store.FindUserAsync(user.Id, cancellationToken))!);
    }

    /// <summary>Creates a token for one organisation's API; the returned secret is shown once and never stored.</summary>
    public async Task<NewToken> CreateTokenAsync(string slug, string name, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100) throw new PulseUsageException("A token needs a name of 1 to 100 characters (--name), e.g. the system that uses it.");
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        var secret = TokenPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var stored = await _store.AddTokenAsync(organisation.Id, name.Trim(), Hash(secret), secret[..(TokenPrefix.Length + 6)], cancellationToken);
        return new NewToken(Summary(stored), secret);
    }

    public async Task<IReadOnlyList<TokenSummary>> TokensAsync(string slug, CancellationToken cancellationToken = default)
    {
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        return [.. (await _store.TokensAsync(organisation.Id, cancellationToken)).Select(Summary)];
    }

    public async Task RevokeTokenAsync(string slug, string name, CancellationToken cancellationToken = default)
    {
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        if (!await _store.RemoveTokenAsync(organisation.Id, name.Trim(), cancellationToken))
        {
            throw new PulseException($"{slug} has no token named '{name.Trim()}'; `pulse token list --org {slug}` shows them.");
        }
    }

    /// <summary>The organisation a presented token reads, or null for a token that was never issued or was revoked.</summary>
    public async Task<TokenSummary?> AuthenticateTokenAsync(string secret, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (!secret.StartsWith(TokenPrefix, StringComparison.Ordinal) || secret.Length > 200) return null;
        // The lookup is by hash: comparing hashes of a secret leaks nothing useful about the stored ones through timing.
        if (await _store.FindTokenAsync(Hash(secret), cancellationToken) is not { } token) return null;
        var now = _clock.GetUtcNow().UtcDateTime;
        // Once a minute is enough to tell a token in use from a forgotten one, and keeps API calls free of writes.
        if (token.LastUsedAt is not { } used || now - used > TimeSpan.FromMinutes(1)) await _store.TouchTokenAsync(token.Id, now, cancellationToken);
        return Summary(token);
    }

    /// <summary>Lower case and trimmed, or a usage error naming what is wrong.</summary>
    public static string NormaliseEmail(string email) =>
        MailAddressOrNull(email) ?? throw new PulseUsageException($"'{email?.Trim()}' is not an e-mail address.");

    private static string? MailAddressOrNull(string? email)
    {
        var trimmed = email?.Trim().ToLowerInvariant();
        return !string.IsNullOrEmpty(trimmed) && trimmed.Length <= 254 && System.Net.Mail.MailAddress.TryCreate(trimmed, out var parsed) &&
               string.Equals(parsed.Address, trimmed, StringComparison.Ordinal) ? trimmed : null;
    }

    private static void RequireStrong(string password)
    {
        if (password.Length < MinimumPasswordLength) throw new PulseUsageException($"A password needs at least {MinimumPasswordLength} characters.");
    }

    /// <summary>16 characters from an alphabet without look-alikes (0/O, 1/l/I): about 90 bits, easy to type over.</summary>
    private static string OneTimePassword() => RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16);

    internal static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static SignedInUser Signed(StoredUser user) => new(user.Id, user.Email, user.Role, user.SecurityStamp, user.MustChangePassword, user.Organisations);

    private static UserSummary Summary(StoredUser user) => new(
        user.Email, user.Role, user.Organisations, user.MustChangePassword, Utc(user.CreatedAt), user.LastSignInAt is { } at ? Utc(at) : null,
        user.LockedUntil is { } until ? Utc(until) : null);

    private static TokenSummary Summary(StoredToken token) =>
        new(token.Organisation, token.Name, token.Prefix, Utc(token.CreatedAt), token.LastUsedAt is { } at ? Utc(at) : null);

    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));
}
