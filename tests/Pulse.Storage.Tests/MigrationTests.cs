using Microsoft.EntityFrameworkCore;
using Pulse.Testing;

namespace Pulse.Storage.Tests;

public sealed class MigrationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrations_create_every_table_and_running_them_again_changes_nothing(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await test.Database.MigrateAsync();

        await using var db = test.Database.CreateContext();
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).ShouldNotBeEmpty();
        // Every table answers a query, so the schema matches the model.
        (await db.Organisations.CountAsync()).ShouldBe(0);
        (await db.People.CountAsync()).ShouldBe(0);
        (await db.Accounts.CountAsync()).ShouldBe(0);
        (await db.Groups.CountAsync()).ShouldBe(0);
        (await db.Topics.CountAsync()).ShouldBe(0);
        (await db.Messages.CountAsync()).ShouldBe(0);
        (await db.Waves.CountAsync()).ShouldBe(0);
        (await db.SurveyResponses.CountAsync()).ShouldBe(0);
        (await db.Invitations.CountAsync()).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_committed_migrations_match_the_model(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var db = test.Database.CreateContext();

        // Fails when someone changes an entity without adding a migration for both providers.
        db.Database.HasPendingModelChanges().ShouldBeFalse();
    }

    [Fact]
    public void The_sqlite_database_is_one_file_in_the_data_folder()
    {
        var options = StorageOptions.Resolve("some/folder", null, _ => null);

        options.Provider.ShouldBe(DatabaseProvider.Sqlite);
        options.DatabaseFile.ShouldBe(Path.GetFullPath(Path.Combine("some/folder", "pulse.db")));
    }

    [Fact]
    public void The_data_folder_defaults_to_pulse_data_and_PULSE_DB_selects_postgres()
    {
        StorageOptions.Resolve(null, null, _ => null).DataDirectory.ShouldBe("pulse-data");

        var fromVariable = StorageOptions.Resolve(null, null, name => name == "PULSE_DB" ? "Host=db;Password=secret" : null);
        fromVariable.Provider.ShouldBe(DatabaseProvider.Postgres);
        fromVariable.Describe().ShouldNotContain("secret");

        var explicitWins = StorageOptions.Resolve(null, "Host=other", _ => "Host=db");
        explicitWins.ConnectionString.ShouldBe("Host=other");
    }

    [Fact]
    public void An_explicit_data_folder_wins_over_PULSE_DB_and_data_with_db_is_wrong_usage()
    {
        var data = StorageOptions.Resolve("mine", null, name => name == "PULSE_DB" ? "Host=db" : null);
        data.Provider.ShouldBe(DatabaseProvider.Sqlite);
        data.DataDirectory.ShouldBe("mine");

        Should.Throw<PulseUsageException>(() => StorageOptions.Resolve("mine", "Host=db", _ => null)).Message.ShouldContain("--data");
    }

    [Fact]
    public void With_postgres_there_is_no_default_key_folder()
    {
        var postgres = StorageOptions.Resolve(null, "Host=db", _ => null);
        Should.Throw<PulseUsageException>(() => postgres.Keys).Message.ShouldContain("--keys");

        var named = StorageOptions.Resolve(null, "Host=db", name => name == "PULSE_KEYS" ? "/srv/keys" : null);
        named.Keys.ShouldBe("/srv/keys");
        StorageOptions.Resolve("/data/pulse", null, _ => null).Keys.ShouldBe("/data/pulse-keys");
    }
}
