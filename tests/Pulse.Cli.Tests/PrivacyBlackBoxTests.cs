using System.Text;
using Npgsql;
using Pulse.Testing;

namespace Pulse.Cli.Tests;

/// <summary>
/// The privacy promises checked from the outside: after a pseudonymised import, and after an
/// erasure, the raw database (the SQLite file's bytes; on PostgreSQL every row of every table as
/// text) holds none of the identities that went in.
/// </summary>
public sealed class PrivacyBlackBoxTests
{
    /// <summary>A Mattermost export: usernames become ids, and people mention each other.</summary>
    private const string Mattermost = """
        {"type":"version","version":1}
        {"type":"team","team":{"name":"kennis","display_name":"Kennisdeling","type":"O"}}
        {"type":"channel","channel":{"team":"kennis","name":"vragen","display_name":"Vragen","type":"O","purpose":""}}
        {"type":"user","user":{"username":"zwanenburg.anna","email":"Anna.Zwanenburg@Lindeloo.nl","first_name":"Anna","last_name":"Zwanenburg","position":"Beleidsadviseur Ruimte","teams":[]}}
        {"type":"user","user":{"username":"bkwakkel","email":"b.kwakkel@lindeloo.nl","first_name":"Bertus","last_name":"Kwakkel","position":"Teamleider","teams":[]}}
        {"type":"post","post":{"team":"kennis","channel":"vragen","user":"zwanenburg.anna","message":"Wie weet hoe dit werkt? @bkwakkel misschien, of mail Bertus.Kwakkel@lindeloo.nl","create_at":1780000000000,"replies":[{"user":"bkwakkel","message":"Ja ANNA ZWANENBURG, ik help je. Zwanenburgs vraag is goed.","create_at":1780000400000}]}}
        {"type":"post","post":{"team":"kennis","channel":"vragen","user":"zwanenburg.anna","message":"Twee berichten in dezelfde milliseconde","create_at":1780000500000}}
        {"type":"post","post":{"team":"kennis","channel":"vragen","user":"zwanenburg.anna","message":"Nog een in dezelfde milliseconde","create_at":1780000500000}}
        """;

    private const string Mapping = """
        {"id":"id","authorId":"author","authorEmail":"author","created":"created","body":"text"}
        """;

    private const string Csv = "id,author,created,text\n1,anna.zwanenburg@lindeloo.nl,2026-05-01T10:00:00Z,Hallo allemaal\n2,b.kwakkel@lindeloo.nl,2026-05-01T11:00:00Z,Dag Anna Zwanenburg\n";

    private const string Hr = "email,name,department,manager,target_group,location,level\nanna.zwanenburg@lindeloo.nl,Anna Zwanenburg,Ruimte,nee,ja,Wijk bij Duurstede,schaal 11\nb.kwakkel@lindeloo.nl,Bertus Kwakkel,Ruimte,ja,ja,Wijk bij Duurstede,schaal 12\n";

    private static readonly string[] Identities =
        ["zwanenburg", "kwakkel", "bertus", "bkwakkel", "lindeloo.nl", "Beleidsadviseur", "Teamleider", "Duurstede", "schaal 1"];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_pseudonymised_import_of_every_kind_leaves_no_identity_in_the_database(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var folder = Directory.CreateTempSubdirectory("pulse-blackbox").FullName;
        string[] keys = ["--keys", Path.Combine(folder, "keys")];
        var files = new Dictionary<string, string> { ["mm.jsonl"] = Mattermost, ["map.json"] = Mapping, ["msgs.csv"] = Csv, ["hr.csv"] = Hr };
        foreach (var (name, text) in files) await File.WriteAllTextAsync(Path.Combine(folder, name), text);
        string F(string name) => Path.Combine(folder, name);

        (await CliRun.RunAsync(["org", "add", "lindeloo", "--name", "Lindeloo", .. test.CliArguments])).ExitCode.ShouldBe(0);
        var hr = await CliRun.RunAsync(["directory", "import", F("hr.csv"), "--org", "lindeloo", "--pseudonymise", .. keys, .. test.CliArguments]);
        var mm = await CliRun.RunAsync(["import", "mattermost", F("mm.jsonl"), "--org", "lindeloo", "--json", .. keys, .. test.CliArguments]);
        var csv = await CliRun.RunAsync(["import", "csv", F("msgs.csv"), "--map", F("map.json"), "--org", "lindeloo", .. keys, .. test.CliArguments]);

        hr.ExitCode.ShouldBe(0, hr.Error);
        mm.ExitCode.ShouldBe(0, mm.Error);
        csv.ExitCode.ShouldBe(0, csv.Error);
        // Two root posts by one person in one millisecond are two messages: 2 + 1 reply + 1.
        mm.Json().GetProperty("result").GetProperty("messages").GetProperty("new").GetInt32().ShouldBe(4);
        var raw = await RawAsync(test);
        raw.ShouldContain("Ruimte");
        foreach (var identity in Identities) raw.ShouldNotContain(identity, Case.Insensitive);
        raw.ShouldNotContain("anna", Case.Insensitive);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_pseudonymised_import_of_the_real_slack_sample_leaves_none_of_its_users_identities(string provider)
    {
        var archive = SharedData.PathOrSkip("slack-export-viewer-testarchive", "testarchive.zip");
        await using var test = await TestDatabase.CreateAsync(provider);
        var keys = Path.Combine(Directory.CreateTempSubdirectory("pulse-blackbox").FullName, "keys");
        (await CliRun.RunAsync(["org", "add", "sample", "--name", "Sample", .. test.CliArguments])).ExitCode.ShouldBe(0);

        var import = await CliRun.RunAsync(["import", "slack", archive, "--org", "sample", "--pseudonymise", "--keys", keys, .. test.CliArguments]);

        import.ExitCode.ShouldBe(0, import.Error);
        var identities = SlackIdentities(archive);
        identities.Count.ShouldBeGreaterThan(8);
        var raw = await RawAsync(test);
        raw.ShouldContain("Persoon ");
        foreach (var identity in identities) raw.ShouldNotContain(identity, Case.Insensitive);
    }

    /// <summary>Every id, username, name part, e-mail and title in the export's users.json, read here on its own.</summary>
    private static List<string> SlackIdentities(string archive)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(archive);
        using var stream = zip.Entries.Single(e => e.FullName.EndsWith("users.json", StringComparison.Ordinal)).Open();
        using var users = System.Text.Json.JsonDocument.Parse(stream);
        var found = new List<string>();
        foreach (var user in users.RootElement.EnumerateArray())
        {
            string? Text(System.Text.Json.JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.String ? v.GetString() : null;
            var profile = user.TryGetProperty("profile", out var p) ? p : default;
            var values = new[] { Text(user, "id"), Text(user, "name"), Text(user, "real_name") }
                .Concat(profile.ValueKind == System.Text.Json.JsonValueKind.Object ? new[] { Text(profile, "email"), Text(profile, "title"), Text(profile, "display_name"), Text(profile, "real_name") } : []);
            found.AddRange(values.OfType<string>().SelectMany(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(v => v.Length >= 4));
        }

        return [.. found.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_moved_key_folder_is_refused_and_nothing_is_re_pseudonymised(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var folder = Directory.CreateTempSubdirectory("pulse-blackbox").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "hr.csv"), Hr);
        (await CliRun.RunAsync(["org", "add", "lindeloo", "--name", "Lindeloo", .. test.CliArguments])).ExitCode.ShouldBe(0);
        var first = await CliRun.RunAsync(["directory", "import", Path.Combine(folder, "hr.csv"), "--org", "lindeloo", "--pseudonymise", "--keys", Path.Combine(folder, "keys"), .. test.CliArguments]);
        first.ExitCode.ShouldBe(0, first.Error);
        Directory.Move(Path.Combine(folder, "keys"), Path.Combine(folder, "moved"));

        var again = await CliRun.RunAsync(["directory", "import", Path.Combine(folder, "hr.csv"), "--org", "lindeloo", "--keys", Path.Combine(folder, "keys"), .. test.CliArguments]);

        again.ExitCode.ShouldBe(1);
        again.Error.ShouldContain(Path.Combine(folder, "keys", "lindeloo.key"));
        File.Exists(Path.Combine(folder, "keys", "lindeloo.key")).ShouldBeFalse();
    }

    [Fact]
    public async Task With_db_and_no_keys_folder_a_pseudonymised_import_is_wrong_usage()
    {
        var connection = TestDatabase.RequirePostgres();
        var folder = Directory.CreateTempSubdirectory("pulse-blackbox").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "hr.csv"), Hr);
        await using var test = await TestDatabase.CreateAsync("postgres");
        (await CliRun.RunAsync(["org", "add", "lindeloo", "--name", "Lindeloo", .. test.CliArguments])).ExitCode.ShouldBe(0);

        var run = await CliRun.RunAsync(["directory", "import", Path.Combine(folder, "hr.csv"), "--org", "lindeloo", "--pseudonymise", .. test.CliArguments]);

        connection.ShouldNotBeEmpty();
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--keys");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Erasing_a_person_without_an_email_by_account_leaves_no_trace(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var folder = Directory.CreateTempSubdirectory("pulse-blackbox").FullName;
        var export = Mattermost.Replace("\"email\":\"Anna.Zwanenburg@Lindeloo.nl\",", string.Empty, StringComparison.Ordinal)
            .Replace("\"position\":\"Beleidsadviseur Ruimte\",", string.Empty, StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(folder, "mm.jsonl"), export);
        (await CliRun.RunAsync(["org", "add", "lindeloo", "--name", "Lindeloo", .. test.CliArguments])).ExitCode.ShouldBe(0);
        (await CliRun.RunAsync(["import", "mattermost", Path.Combine(folder, "mm.jsonl"), "--org", "lindeloo", .. test.CliArguments])).ExitCode.ShouldBe(0);
        // A search builds the index, a copy of the messages outside the database.
        var index = Path.Combine(folder, "index");
        (await CliRun.RunAsync(["search", "milliseconde", "--org", "lindeloo", "--index", index, .. test.CliArguments])).ExitCode.ShouldBe(0);
        Directory.EnumerateFiles(index, "*", SearchOption.AllDirectories).ShouldNotBeEmpty();

        var erase = await CliRun.RunAsync(["person", "erase", "--account", "zwanenburg.anna", "--org", "lindeloo", "--json", "--index", index, .. test.CliArguments]);

        erase.ExitCode.ShouldBe(0, erase.Error);
        erase.Json().GetProperty("messages").GetInt32().ShouldBe(3);
        erase.Json().GetProperty("accounts").GetInt32().ShouldBe(1);
        var raw = await RawAsync(test);
        raw.ShouldNotContain("zwanenburg", Case.Insensitive);
        raw.ShouldNotContain("Wie weet hoe dit werkt");
        raw.ShouldNotContain("dezelfde milliseconde");
        raw.ShouldContain("Kwakkel");
        var cached = string.Concat(Directory.Exists(index)
            ? Directory.EnumerateFiles(index, "*", SearchOption.AllDirectories).Select(f => Encoding.UTF8.GetString(File.ReadAllBytes(f)))
            : []);
        cached.ShouldNotContain("milliseconde");
        cached.ShouldNotContain("zwanenburg", Case.Insensitive);
    }

    /// <summary>Everything the database holds, as text: the SQLite file's bytes, or every PostgreSQL row of every table.</summary>
    private static async Task<string> RawAsync(TestDatabase test)
    {
        if (test.Options.ConnectionString is null)
        {
            return Encoding.UTF8.GetString(await File.ReadAllBytesAsync(test.Options.DatabaseFile));
        }

        var text = new StringBuilder();
        await using var connection = new NpgsqlConnection(test.Options.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }

        foreach (var table in tables)
        {
            await using var dump = new NpgsqlCommand($"SELECT row_to_json(t)::text FROM \"{table}\" t", connection);
            await using var reader = await dump.ExecuteReaderAsync();
            while (await reader.ReadAsync()) text.AppendLine(reader.GetString(0));
        }

        return text.ToString();
    }
}
