using Pulse.Testing;

namespace Pulse.Cli.Tests;

/// <summary>`pulse user` and `pulse token`: what they print, and that what they print works.</summary>
public sealed class AccessCommandTests
{
    [Fact]
    public async Task A_user_added_on_the_command_line_signs_in_with_the_printed_password_and_then_must_choose_one()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        (await CliRun.RunAsync(["org", "add", "lindeloo", "--name", "Gemeente Lindeloo", .. test.CliArguments])).ExitCode.ShouldBe(0);

        var added = await CliRun.RunAsync(["user", "add", "analist@lindeloo.test", "--role", "analyst", "--org", "lindeloo", "--json", .. test.CliArguments]);
        var duplicate = await CliRun.RunAsync(["user", "add", "analist@lindeloo.test", "--role", "analyst", "--org", "lindeloo", .. test.CliArguments]);
        var withoutOrg = await CliRun.RunAsync(["user", "add", "ander@lindeloo.test", "--role", "analyst", .. test.CliArguments]);
        var list = await CliRun.RunAsync(["user", "list", "--json", .. test.CliArguments]);
        var password = added.Json().GetProperty("oneTimePassword").GetString()!;
        var app = await Pulse.Application.PulseApp.OpenAsync(test.Options);
        var signIn = await app.Access.SignInAsync("analist@lindeloo.test", password);

        added.ExitCode.ShouldBe(0, added.Error);
        password.Length.ShouldBe(16);
        duplicate.ExitCode.ShouldBe(1);
        duplicate.Error.ShouldContain("already exists");
        withoutOrg.ExitCode.ShouldBe(2);
        list.Json().GetProperty("users")[0].GetProperty("organisations")[0].GetString().ShouldBe("lindeloo");
        list.Output.ShouldNotContain(password);
        signIn.Status.ShouldBe(Pulse.Application.Access.SignInStatus.Succeeded);
        signIn.User!.MustChangePassword.ShouldBeTrue();
    }

    [Fact]
    public async Task A_token_is_printed_once_listed_by_its_start_and_revoked_by_name()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        (await CliRun.RunAsync(["org", "add", "lindeloo", "--name", "Gemeente Lindeloo", .. test.CliArguments])).ExitCode.ShouldBe(0);

        var created = await CliRun.RunAsync(["token", "create", "--org", "lindeloo", "--name", "intranet", "--json", .. test.CliArguments]);
        var secret = created.Json().GetProperty("secret").GetString()!;
        var list = await CliRun.RunAsync(["token", "list", "--org", "lindeloo", .. test.CliArguments]);
        var revoked = await CliRun.RunAsync(["token", "revoke", "--org", "lindeloo", "--name", "intranet", .. test.CliArguments]);
        var again = await CliRun.RunAsync(["token", "revoke", "--org", "lindeloo", "--name", "intranet", .. test.CliArguments]);
        var app = await Pulse.Application.PulseApp.OpenAsync(test.Options);

        created.ExitCode.ShouldBe(0, created.Error);
        list.Output.ShouldContain("intranet");
        list.Output.ShouldContain(secret[..12]);
        list.Output.ShouldNotContain(secret);
        revoked.ExitCode.ShouldBe(0, revoked.Error);
        again.ExitCode.ShouldBe(1);
        again.Error.ShouldContain("no token named 'intranet'");
        (await app.Access.AuthenticateTokenAsync(secret)).ShouldBeNull();
    }
}
