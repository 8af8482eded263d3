using Pulse.Monitoring.Model;
using Pulse.Storage;
using Pulse.Storage.Import;
using Pulse.Testing;

namespace Pulse.Cli.Tests;

/// <summary>`pulse experts`: the JSON shapes of the single and batch forms, their filters, and bad input.</summary>
public sealed class ExpertsCommandTests
{
    private static readonly DateTimeOffset T0 = new(2026, 9, 7, 9, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Thread q2 (by Asker, day 0) answered by Bob (days 1 and 2); thread q1 (by Asker, day 3) answered by Ann
    /// (days 4 and 5, the second accepted), so Ann is both the stronger and the more recent answerer; a private conversation of Carl's (three messages on the subject) that the
    /// organisation opted in to count for participation; and Dirk's single answer.
    /// </summary>
    private static async Task<(TestDatabase Test, string[] Arguments)> SetUpAsync(string provider)
    {
        var test = await TestDatabase.CreateAsync(provider);
        var index = Directory.CreateTempSubdirectory("pulse-experts-index").FullName;
        var org = (await new OrganisationStore(test.Database).AddAsync("lindeloo", "Lindeloo", null)).Id;
        var optIn = await CliRun.RunAsync(["org", "set", "lindeloo", "--include-private", "yes", "--index", index, .. test.CliArguments]);
        optIn.ExitCode.ShouldBe(0, optIn.Error);
        await using (var session = await ImportSession.BeginAsync(test.Database, org, Source.Yammer, null, CancellationToken.None))
        {
            foreach (var (id, name) in new[] { ("10", "Asker"), ("11", "Ann de Vries"), ("12", "Bob Jansen"), ("13", "Carl"), ("14", "Dirk") })
                await session.AddAccountAsync(new Account(id, name, $"{id}@x.nl", null, null, null, AccountState.Active, false, null));
            async Task Add(string id, string thread, string author, int day, string body, bool accepted = false, bool isPrivate = false) =>
                await session.AddMessageAsync(new Message(
                    id, thread, id == thread ? null : thread, isPrivate ? null : "g", author, T0.AddDays(day), null, null, isPrivate, MessageKind.Post, body, accepted ? 3 : 0, accepted, []));
            await Add("q2", "q2", "10", 0, "Welke molen voor de espressomachine?");
            await Add("b1", "q2", "12", 1, "Een espressomachine vraagt een fijne maling.");
            await Add("b2", "q2", "12", 2, "Ontkalk de espressomachine ook na het malen.");
            await Add("q1", "q1", "10", 3, "Hoe ontkalk ik de espressomachine?");
            await Add("a1", "q1", "11", 4, "Ontkalk de espressomachine met citroenzuur.");
            await Add("a2", "q1", "11", 5, "De espressomachine ontkalken doe je elke maand.", accepted: true);
            await Add("p1", "p1", "13", 6, "Ontkalk de espressomachine privé", isPrivate: true);
            await Add("p2", "p1", "13", 6, "Espressomachine ontkalken, privé", isPrivate: true);
            await Add("p3", "p1", "13", 6, "Nog eens: espressomachine ontkalken", isPrivate: true);
            await Add("d1", "q2", "14", 7, "Espressomachine!");
            await session.CommitAsync(CancellationToken.None);
        }

        return (test, ["--org", "lindeloo", "--index", index, .. test.CliArguments]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_query_lists_experts_with_platform_ids_names_scores_and_evidence(string provider)
    {
        var (test, arguments) = await SetUpAsync(provider);
        await using var _ = test;

        var run = await CliRun.RunAsync(["experts", "espressomachine ontkalken", "--json", .. arguments]);

        run.ExitCode.ShouldBe(0, run.Error);
        var json = run.Json();
        json.GetProperty("query").GetString().ShouldBe("espressomachine ontkalken");
        var experts = json.GetProperty("experts").EnumerateArray().ToList();
        // Ann: two answers in someone else's thread, one accepted, the most recent; Bob: two answers, none accepted,
        // older; the Asker only asked (0.3 each, no answers, so no activity factor); Carl's messages are private;
        // Dirk has one message.
        experts.Select(e => e.GetProperty("externalId").GetString()).ShouldBe(["11", "12", "10"]);
        experts[0].GetProperty("name").GetString().ShouldBe("Ann de Vries");
        experts[0].GetProperty("score").GetDouble().ShouldBeGreaterThan(experts[1].GetProperty("score").GetDouble());
        experts[0].GetProperty("evidence").EnumerateArray().Select(e => e.GetString()).Order().ShouldBe(["a1", "a2"]);
        experts[0].EnumerateObject().Select(p => p.Name).ShouldBe(["externalId", "name", "score", "evidence"]);
    }

    [Fact]
    public async Task The_batch_writes_one_line_per_question_and_honours_excludeThread_and_asOf()
    {
        var (test, arguments) = await SetUpAsync("sqlite");
        await using var _ = test;
        var file = Path.Combine(Directory.CreateTempSubdirectory("pulse-experts-queries").FullName, "queries.jsonl");
        await File.WriteAllLinesAsync(file,
        [
            """{"id":"all","text":"espressomachine ontkalken"}""",
            """{"id":"no-q1","text":"espressomachine ontkalken","excludeThread":"q1"}""",
            "",
            """{"id":"early","text":"espressomachine ontkalken","asOf":"2026-09-10T09:00:00Z"}""",
        ]);

        var run = await CliRun.RunAsync(["experts", "--queries", file, "--json", .. arguments]);

        run.ExitCode.ShouldBe(0, run.Error);
        var lines = run.JsonLines();
        lines.Select(l => l.GetProperty("id").GetString()).ShouldBe(["all", "no-q1", "early"]);
        static string?[] Ids(System.Text.Json.JsonElement line) =>
            [.. line.GetProperty("experts").EnumerateArray().Select(e => e.GetProperty("externalId").GetString())];
        Ids(lines[0]).ShouldBe(["11", "12", "10"]);
        // Without thread q1, Ann's answers and the Asker's question q1 are gone: the Asker keeps one message, not enough.
        Ids(lines[1]).ShouldBe(["12"]);
        // Before day 3 only q2, b1 and b2 exist (q1 is written at day 3 exactly): Bob is the only one with two messages.
        Ids(lines[2]).ShouldBe(["12"]);
        lines[2].GetProperty("experts")[0].GetProperty("evidence").EnumerateArray().Select(e => e.GetString()).Order().ShouldBe(["b1", "b2"]);
        run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(3);
    }

    [Theory]
    [InlineData("""{"id":"x"}""", "field 'text'")]
    [InlineData("""{"text":"koffie"}""", "field 'id'")]
    [InlineData("""{"id":"x","text":"koffie","asOf":"gisteren"}""", "field 'asOf'")]
    [InlineData("""{"id":"x","text":"koffie","excludeThread":["q1"]}""", "field 'excludeThread'")]
    [InlineData("""{"id":"x","text":""", "not a JSON object")]
    public async Task A_bad_line_fails_naming_file_line_and_field(string bad, string expected)
    {
        var (test, arguments) = await SetUpAsync("sqlite");
        await using var _ = test;
        var file = Path.Combine(Directory.CreateTempSubdirectory("pulse-experts-queries").FullName, "queries.jsonl");
        await File.WriteAllLinesAsync(file, ["""{"id":"ok","text":"koffie"}""", bad]);

        var run = await CliRun.RunAsync(["experts", "--queries", file, "--json", .. arguments]);

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldBeEmpty();
        run.Error.ShouldContain($"{file}, line 2");
        run.Error.ShouldContain(expected);
    }

    [Fact]
    public async Task A_query_and_a_queries_file_together_are_wrong_usage()
    {
        var run = await CliRun.RunAsync(["experts", "koffie", "--queries", "q.jsonl", "--org", "x", "--json"]);

        run.ExitCode.ShouldBe(2);
    }
}
