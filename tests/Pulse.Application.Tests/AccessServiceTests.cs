using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pulse.Application.Access;
using Pulse.Storage;
using Pulse.Testing;

namespace Pulse.Application.Tests;

/// <summary>Users, passwords, lockout and tokens in the application layer, on both databases.</summary>
public sealed class AccessServiceTests
{
    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static async Task<(TestDatabase Database, PulseApp App)> OpenAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await new OrganisationStore(database.Database).AddAsync("lindeloo", "Gemeente Lindeloo", 1240);
        return (database, await PulseApp.OpenAsync(database.Options));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_lock_after_five_wrong_passwords_ends_after_fifteen_minutes(string provider)
    {
        var (database, app) = await OpenAsync(provider);
        await using var _ = database;
        var clock = new Clock(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));
        var access = new AccessService(database.Database, clock);
        await access.AddUserAsync("Analist@Lindeloo.test ", Roles.Analyst, ["lindeloo"], "twaalf tekens of meer");

        var attempts = new List<SignInStatus>();
        for (var i = 0; i < 5; i++) attempts.Add((await access.SignInAsync("analist@lindeloo.test", "fout " + i)).Status);
        clock.Now = clock.Now.AddMinutes(14);
        var during = await access.SignInAsync("analist@lindeloo.test", "twaalf tekens of meer");
        clock.Now = clock.Now.AddMinutes(2);
        var after = await access.SignInAsync("ANALIST@lindeloo.test", "twaalf tekens of meer");

        attempts.ShouldBe([SignInStatus.Failed, SignInStatus.Failed, SignInStatus.Failed, SignInStatus.Failed, SignInStatus.LockedOut]);
        during.Status.ShouldBe(SignInStatus.LockedOut);
        during.LockedUntil.ShouldBe(new DateTimeOffset(2026, 11, 29, 9, 15, 0, TimeSpan.Zero));
        after.Status.ShouldBe(SignInStatus.Succeeded);
        // A reset lifts a lock without pretending that the user signed in.
        await access.AddUserAsync("nieuw@lindeloo.test", Roles.Analyst, ["lindeloo"], "twaalf tekens of meer");
        for (var i = 0; i < 5; i++) await access.SignInAsync("nieuw@lindeloo.test", "fout " + i);
        var reset = await access.ResetPasswordAsync("nieuw@lindeloo.test");
        reset.User.LockedUntil.ShouldBeNull();
        reset.User.LastSignInAt.ShouldBeNull();
        (await access.SignInAsync("nieuw@lindeloo.test", reset.OneTimePassword)).Status.ShouldBe(SignInStatus.Succeeded);
        after.User!.Organisations.ShouldBe(["lindeloo"]);
        after.User.Viewer.CanSee("lindeloo").ShouldBeTrue();
        after.User.Viewer.CanSee("rijnvliet").ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_token_is_kept_only_as_its_sha256_and_works_until_revoked(string provider)
    {
        var (database, app) = await OpenAsync(provider);
        await using var _ = database;

        var token = await app.Access.CreateTokenAsync("lindeloo", "intranet");
        await using var db = database.Database.CreateContext();
        var stored = await db.ApiTokens.AsNoTracking().SingleAsync();
        var found = await app.Access.AuthenticateTokenAsync(token.Secret);
        var wrong = await app.Access.AuthenticateTokenAsync(token.Secret[..^1]);
        await app.Access.RevokeTokenAsync("lindeloo", "intranet");
        var revoked = await app.Access.AuthenticateTokenAsync(token.Secret);

        token.Secret.ShouldStartWith("pulse_");
        token.Secret.Length.ShouldBeGreaterThanOrEqualTo(6 + 43, "32 random bytes in base64url");
        stored.Hash.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token.Secret))));
        stored.Prefix.ShouldBe(token.Secret[..12]);
        found!.Organisation.ShouldBe("lindeloo");
        wrong.ShouldBeNull();
        revoked.ShouldBeNull();
    }

    [Fact]
    public async Task The_password_hash_is_pbkdf2_with_a_salt_and_many_iterations()
    {
        var (database, app) = await OpenAsync("sqlite");
        await using var _ = database;
        const string password = "een wachtwoord dat lang genoeg is";
        await app.Access.AddUserAsync("beheer@pulse.test", Roles.Admin, [], password);
        await using var db = database.Database.CreateContext();
        var hash = Convert.FromBase64String((await db.Users.AsNoTracking().SingleAsync()).PasswordHash);

        // ASP.NET Core Identity's version 3 layout: marker, PRF, iterations, salt length, salt, sub-key; recomputed here
        // with the framework's PBKDF2 directly, not through the hasher.
        var prf = BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(1));
        var iterations = (int)BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5));
        var saltLength = (int)BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(9));
        var salt = hash.AsSpan(13, saltLength).ToArray();
        var subkey = hash.AsSpan(13 + saltLength).ToArray();
        var expected = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA512, subkey.Length);

        hash[0].ShouldBe((byte)0x01);
        prf.ShouldBe(2u, "HMAC-SHA512");
        iterations.ShouldBeGreaterThanOrEqualTo(100_000);
        saltLength.ShouldBeGreaterThanOrEqualTo(16);
        subkey.ShouldBe(expected);
    }

    [Fact]
    public async Task Neither_passwords_nor_tokens_are_anywhere_in_the_database_file()
    {
        var (database, app) = await OpenAsync("sqlite");
        await using var _ = database;
        var added = await app.Access.AddUserAsync("nieuw@pulse.test", Roles.Analyst, ["lindeloo"]);
        var token = await app.Access.CreateTokenAsync("lindeloo", "intranet");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        // Every file SQLite wrote (the database and any journal), read as raw bytes: the promise checked from outside.
        var bytes = Directory.GetFiles(database.Options.DataDirectory, "*", SearchOption.AllDirectories).SelectMany(File.ReadAllBytes).ToArray();
        var text = Encoding.UTF8.GetString(bytes);

        text.ShouldContain("nieuw@pulse.test", customMessage: "the check reads the right files");
        text.ShouldNotContain(added.OneTimePassword);
        text.ShouldNotContain(token.Secret);
        text.ShouldNotContain(token.Secret[12..]);
    }

    [Theory]
    [InlineData("analist@pulse.test", Roles.Analyst, new string[0], "name at least one")]
    [InlineData("beheer@pulse.test", Roles.Admin, new[] { "lindeloo" }, "leave out --org")]
    [InlineData("geen-adres", Roles.Admin, new string[0], "not an e-mail address")]
    [InlineData("iemand@pulse.test", "owner", new string[0], "--role must be admin or analyst")]
    [InlineData("iemand@pulse.test", Roles.Analyst, new[] { "bestaat-niet" }, "No organisation 'bestaat-niet'")]
    public async Task A_user_that_cannot_be_added_is_refused_with_the_reason(string email, string role, string[] organisations, string reason)
    {
        var (database, app) = await OpenAsync("sqlite");
        await using var _ = database;

        var refusal = await Should.ThrowAsync<PulseException>(() => app.Access.AddUserAsync(email, role, organisations));

        refusal.Message.ShouldContain(reason);
        (await app.Access.UsersAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_changed_password_ends_the_sessions_of_the_old_one()
    {
        var (database, app) = await OpenAsync("sqlite");
        await using var _ = database;
        var added = await app.Access.AddUserAsync("nieuw@pulse.test", Roles.Analyst, ["lindeloo"]);
        var first = (await app.Access.SignInAsync("nieuw@pulse.test", added.OneTimePassword)).User!;

        var changed = await app.Access.ChangePasswordAsync(first.Id, added.OneTimePassword, "mijn eigen wachtwoord");
        var oldSession = await app.Access.SessionAsync(first.Id, first.SecurityStamp);
        var newSession = await app.Access.SessionAsync(changed.Id, changed.SecurityStamp);
        var oldPassword = await app.Access.SignInAsync("nieuw@pulse.test", added.OneTimePassword);

        first.MustChangePassword.ShouldBeTrue();
        changed.MustChangePassword.ShouldBeFalse();
        oldSession.ShouldBeNull();
        newSession.ShouldNotBeNull();
        oldPassword.Status.ShouldBe(SignInStatus.Failed);
        await Should.ThrowAsync<PulseUsageException>(() => app.Access.ChangePasswordAsync(first.Id, "mijn eigen wachtwoord", "kort"));
    }
}
