using Microsoft.EntityFrameworkCore.Design;

namespace Pulse.Storage;

// Used only by `dotnet ef migrations add`: the connection strings never reach a server.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePulseDbContext>
{
    public SqlitePulseDbContext CreateDbContext(string[] args) =>
        new(PulseDatabase.SqliteOptions("Data Source=design-time.db"));
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPulseDbContext>
{
    public PostgresPulseDbContext CreateDbContext(string[] args) =>
        new(PulseDatabase.PostgresOptions("Host=localhost;Database=pulse_design"));
}
