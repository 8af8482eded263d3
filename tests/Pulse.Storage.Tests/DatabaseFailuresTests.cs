using Microsoft.Data.Sqlite;

namespace Pulse.Storage.Tests;

public sealed class DatabaseFailuresTests
{
    private static readonly StorageOptions Sqlite = new("/srv/pulse-data", null);

    [Fact]
    public void A_locked_sqlite_file_is_explained_as_another_command_holding_it_without_a_type_name()
    {
        var sentence = DatabaseFailures.Explain(new SqliteException("SQLite Error 5: 'database is locked'.", 5), Sqlite);

        sentence.ShouldNotBeNull();
        sentence.ShouldContain("another Pulse command holds it");
        sentence.ShouldContain("/srv/pulse-data/pulse.db");
        sentence.ShouldNotContain("Exception");
    }

    [Fact]
    public void A_failure_that_is_not_the_databases_is_left_to_the_caller()
    {
        DatabaseFailures.Explain(new InvalidOperationException("x"), Sqlite).ShouldBeNull();
    }

    [Fact]
    public async Task An_unreachable_postgres_server_is_one_sentence_naming_what_to_check()
    {
        var options = new StorageOptions("unused", "Host=127.0.0.1;Port=1;Username=nobody;Timeout=2");
        var failure = await Should.ThrowAsync<Exception>(() => new PulseDatabase(options).MigrateAsync());

        var sentence = DatabaseFailures.Explain(failure, options);

        sentence.ShouldNotBeNull();
        sentence.ShouldContain("cannot be reached");
        sentence.ShouldContain("--db");
    }
}
