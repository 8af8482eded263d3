using Microsoft.EntityFrameworkCore;
using Pulse.Testing;

namespace Pulse.Cli.Tests;

public sealed class PrivacyCommandTests
{
    private static async Task<(TestDatabase Test, string Zip, string Directory, string[] Keys)> SetUpAsync()
    {
        var test = await TestDatabase.CreateAsync("sqlite");
        var folder = Directory.CreateTempSubdirectory("pulse-privacy").FullName;
        var export = new SyntheticYammer(seed: 9);
        var zip = Path.Combine(folder, "export.zip");
        var directory = Path.Combine(folder, "hr.csv");
        export.WriteZip(zip);
        export.WriteDirectory(directory);
        await CliRun.RunAsync(["org", "add", "gemeente-lindeloo", "--name", "Gemeente Lindeloo", .. test.CliArguments]);
        return (test, zip, directory, ["--keys", Path.Combine(folder, "keys")]);
    }

    [Fact]
    public async Task A_pseudonymised_organisation_stores_no_address_or_name_yet_its_figures_still_match_people()
    {
        var (test, zip, directory, keys) = await SetUpAsync();
        await using var _1 = test;

        var hr = await CliRun.RunAsync(["directory", "import", directory, "--org", "gemeente-lindeloo", "--pseudonymise", .. keys, .. test.CliArguments]);
        // The organisation stays pseudonymised: the export is pseudonymised without asking again.
        var import = await CliRun.RunAsync(["import", "yammer", zip, "--org", "gemeente-lindeloo", "--json", .. keys, .. test.CliArguments]);
        var figures = await CliRun.RunAsync(["monitor", "participation", "--org", "gemeente-lindeloo", "--from", "2026-03-01", "--to", "2026-08-01", "--json", .. test.CliArguments]);
        var erase = await CliRun.RunAsync(["person", "erase", "medewerker2@voorbeeld.nl", "--org", "gemeente-lindeloo", "--json", .. keys, .. test.CliArguments]);

        hr.ExitCode.ShouldBe(0, hr.Error);
        import.ExitCode.ShouldBe(0, import.Error);
        import.Json().GetProperty("pseudonymised").GetBoolean().ShouldBeTrue();
        File.Exists(Path.Combine(keys[1], "gemeente-lindeloo.key")).ShouldBeTrue();
        await using var db = test.Database.CreateContext();
        var emails = await db.People.Select(p => p.Email).Concat(db.Accounts.Select(a => a.Email!)).ToListAsync();
        emails.ShouldAllBe(e => e == null || e.EndsWith("@pseudonym.invalid"));
        (await db.Accounts.AnyAsync(a => a.Name!.StartsWith("Medewerker"))).ShouldBeFalse();
        (await db.Messages.AnyAsync(m => m.Body.Contains("Medewerker 0"))).ShouldBeFalse();
        (await db.Messages.AnyAsync(m => m.Body.Contains("Persoon "))).ShouldBeTrue();
        // People still match across directory and platform, and erasure finds them by their real address.
        figures.Json().GetProperty("activeInTargetGroup").GetInt32().ShouldBeGreaterThan(10);
        erase.Json().GetProperty("directoryEntries").GetInt32().ShouldBe(1);
        erase.Json().GetProperty("accounts").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Pseudonymising_an_organisation_that_already_holds_real_addresses_is_refused()
    {
        var (test, zip, directory, _) = await SetUpAsync();
        await using var _1 = test;
        await CliRun.RunAsync(["directory", "import", directory, "--org", "gemeente-lindeloo", .. test.CliArguments]);

        var run = await CliRun.RunAsync(["import", "yammer", zip, "--org", "gemeente-lindeloo", "--pseudonymise", .. test.CliArguments]);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("already holds people");
    }

    [Fact]
    public async Task Erasing_a_person_removes_their_messages_and_identity_and_does_not_echo_the_address()
    {
        var (test, zip, directory, _) = await SetUpAsync();
        await using var _1 = test;
        await CliRun.RunAsync(["directory", "import", directory, "--org", "gemeente-lindeloo", .. test.CliArguments]);
        await CliRun.RunAsync(["import", "yammer", zip, "--org", "gemeente-lindeloo", .. test.CliArguments]);
        await using var db = test.Database.CreateContext();
        var authored = await db.Messages.CountAsync(m => m.AuthorExternalId == "1001");

        var run = await CliRun.RunAsync(["person", "erase", "Medewerker1@Voorbeeld.nl", "--org", "gemeente-lindeloo", "--json", .. test.CliArguments]);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldNotContain("medewerker1@", Case.Insensitive);
        run.Json().GetProperty("messages").GetInt32().ShouldBe(authored);
        run.Json().GetProperty("accounts").GetInt32().ShouldBe(1);
        run.Json().GetProperty("directoryEntries").GetInt32().ShouldBe(1);
        authored.ShouldBeGreaterThan(0);
        (await db.Messages.CountAsync(m => m.AuthorExternalId == "1001")).ShouldBe(0);
        (await db.People.AnyAsync(p => p.Email == "medewerker1@voorbeeld.nl")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_directory_file_with_a_repeated_address_is_refused_with_both_lines()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        await CliRun.RunAsync(["org", "add", "one", "--name", "One", .. test.CliArguments]);
        var file = Path.Combine(Directory.CreateTempSubdirectory("pulse-hr").FullName, "hr.csv");
        await File.WriteAllTextAsync(file, "email,department,manager,target_group\na@x.nl,ICT,nee,ja\nb@x.nl,HR,ja,ja\nA@X.nl,ICT,nee,ja\n");

        var run = await CliRun.RunAsync(["directory", "import", file, "--org", "one", .. test.CliArguments]);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("hr.csv");
        run.Error.ShouldContain("line 2");
        run.Error.ShouldContain("line 4");
    }
}
