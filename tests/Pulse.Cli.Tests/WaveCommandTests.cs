using Microsoft.EntityFrameworkCore;
using Pulse.Testing;

namespace Pulse.Cli.Tests;

public sealed class WaveCommandTests
{
    [Fact]
    public async Task A_wave_created_with_a_date_keeps_it_for_the_reality_check()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");

        var dated = await CliRun.RunAsync(["wave", "create", "2025", "--date", "2025-11-01", .. test.CliArguments]);
        var wrong = await CliRun.RunAsync(["wave", "create", "2024", "--date", "1 november", .. test.CliArguments]);
        await using var db = test.Database.CreateContext();
        var stored = await db.Waves.AsNoTracking().SingleAsync();

        dated.ExitCode.ShouldBe(0, dated.Error);
        stored.CreatedAt.ShouldBe(new DateTime(2025, 11, 1, 0, 0, 0, DateTimeKind.Utc));
        wrong.ExitCode.ShouldBe(2);
        wrong.Error.ShouldContain("--date");
    }
}
