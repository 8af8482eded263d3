namespace Pulse.Storage.Tests;

/// <summary>The per-organisation pseudonymisation key files.</summary>
public sealed class PseudonymKeysTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("pulse-pseudonym-keys").FullName;

    [Fact]
    public async Task Imports_that_create_an_organisations_key_at_once_give_everyone_the_same_pseudonym()
    {
        for (var round = 0; round < 20; round++)
        {
            var options = new StorageOptions(Path.Combine(folder, "round" + round, "data"), null);
            using var start = new Barrier(6);
            var pseudonyms = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Factory.StartNew(
                () =>
                {
                    start.SignalAndWait();
                    return new PseudonymKeys(options).ForAsync("acme", create: true).GetAwaiter().GetResult().Email("an.de.vries@acme.nl");
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default)));

            pseudonyms.Distinct().Count().ShouldBe(1, $"round {round}: one key, so one pseudonym");
            var later = await new PseudonymKeys(options).ForAsync("acme", create: false);
            later.Email("an.de.vries@acme.nl").ShouldBe(pseudonyms[0]);
            if (!OperatingSystem.IsWindows())
            {
                File.GetUnixFileMode(Path.Combine(folder, "round" + round, "pulse-keys", "acme.key")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
    }

    [Fact]
    public async Task A_missing_key_is_not_made_up_when_reading()
    {
        var options = new StorageOptions(Path.Combine(folder, "data"), null);

        var failure = await Should.ThrowAsync<PulseException>(() => new PseudonymKeys(options).ForAsync("acme", create: false));

        failure.Message.ShouldContain(Path.Combine(folder, "pulse-keys", "acme.key"));
        File.Exists(Path.Combine(folder, "pulse-keys", "acme.key")).ShouldBeFalse();
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
