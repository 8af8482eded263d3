using Microsoft.EntityFrameworkCore;
using Pulse.Testing;

namespace Pulse.Cli.Tests;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task Demo_without_serving_creates_the_database_file_in_the_data_folder()
    {
        var data = Path.Combine(Path.GetTempPath(), "pulse-tests", Guid.NewGuid().ToString("N"));

        var run = await CliRun.RunAsync("demo", "--no-serve", "--data", data);

        run.ExitCode.ShouldBe(0, run.Error);
        File.Exists(Path.Combine(data, "pulse.db")).ShouldBeTrue();
        run.Output.ShouldContain("Demo ready");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Running_the_demo_twice_changes_nothing(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);

        var first = await CliRun.RunAsync(["demo", "--no-serve", .. test.CliArguments]);
        var before = await SnapshotAsync(test);
        var second = await CliRun.RunAsync(["demo", "--no-serve", "--json", .. test.CliArguments]);
        var after = await SnapshotAsync(test);

        first.ExitCode.ShouldBe(0, first.Error);
        second.ExitCode.ShouldBe(0, second.Error);
        before.ShouldNotBeEmpty();
        after.ShouldBe(before);
        second.Json().GetProperty("summary").GetProperty("organisationsAdded").GetInt32().ShouldBe(0);
    }

    /// <summary>Every stored row of the demo, as text, in a stable order.</summary>
    private static async Task<List<string>> SnapshotAsync(TestDatabase test)
    {
        await using var db = test.Database.CreateContext();
        var rows = new List<string>();
        rows.AddRange((await db.Organisations.AsNoTracking().OrderBy(o => o.Slug).ToListAsync())
            .Select(o => $"org {o.Id} {o.Slug} {o.Name} {o.Employees} {o.CreatedAt:O}"));
        rows.AddRange((await db.People.AsNoTracking().OrderBy(p => p.Id).ToListAsync())
            .Select(p => $"person {p.Id} {p.OrganisationId} {p.Email} {p.Department} {p.IsManager} {p.InTargetGroup}"));
        rows.AddRange((await db.Accounts.AsNoTracking().OrderBy(a => a.Id).ToListAsync())
            .Select(a => $"account {a.Id} {a.ExternalId} {a.Email} {a.State}"));
        rows.AddRange((await db.Messages.AsNoTracking().OrderBy(m => m.Id).ToListAsync())
            .Select(m => $"message {m.Id} {m.ExternalId} {m.ThreadExternalId} {m.ParentExternalId} {m.CreatedAt:O} {m.Body.GetHashCode(StringComparison.Ordinal)}"));
        rows.AddRange((await db.SurveyResponses.AsNoTracking().OrderBy(r => r.Id).ToListAsync())
            .Select(r => $"response {r.Id} {r.WaveId} {r.OrganisationId} {r.Respondent} {r.Answers}"));
        return rows;
    }
}
