using Microsoft.EntityFrameworkCore;
using Pulse.Storage.Rows;

namespace Pulse.Storage;

/// <summary>
/// The one database context. Two thin subclasses fix the provider so that SQLite and PostgreSQL
/// each keep their own, generated migrations (Migrations/Sqlite, Migrations/Postgres).
/// </summary>
public abstract class PulseDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<OrganisationRow> Organisations => Set<OrganisationRow>();

    public DbSet<PersonRow> People => Set<PersonRow>();

    public DbSet<AccountRow> Accounts => Set<AccountRow>();

    public DbSet<GroupRow> Groups => Set<GroupRow>();

    public DbSet<TopicRow> Topics => Set<TopicRow>();

    public DbSet<MessageRow> Messages => Set<MessageRow>();

    public DbSet<ThemeRow> Themes => Set<ThemeRow>();

    public DbSet<AlertRuleRow> AlertRules => Set<AlertRuleRow>();

    public DbSet<AlertRow> Alerts => Set<AlertRow>();

    public DbSet<ActivityDayRow> ActivityDays => Set<ActivityDayRow>();

    public DbSet<ThreadStartRow> ThreadStarts => Set<ThreadStartRow>();

    public DbSet<ReplyDayRow> ReplyDays => Set<ReplyDayRow>();

    public DbSet<AccountFirstDayRow> AccountFirstDays => Set<AccountFirstDayRow>();

    public DbSet<AggregateChangeRow> AggregateChanges => Set<AggregateChangeRow>();

    public DbSet<TermDayRow> TermDays => Set<TermDayRow>();

    public DbSet<WaveRow> Waves => Set<WaveRow>();

    public DbSet<SurveyResponseRow> SurveyResponses => Set<SurveyResponseRow>();

    public DbSet<UserRow> Users => Set<UserRow>();

    public DbSet<UserOrganisationRow> UserOrganisations => Set<UserOrganisationRow>();

    public DbSet<ApiTokenRow> ApiTokens => Set<ApiTokenRow>();

    public DbSet<DataProtectionKeyRow> DataProtectionKeys => Set<DataProtectionKeyRow>();

    public DbSet<InvitationRow> Invitations => Set<InvitationRow>();

    public DbSet<ConnectionRow> Connections => Set<ConnectionRow>();

    public DbSet<InboundEventRow> InboundEvents => Set<InboundEventRow>();

    /// <summary>Which server this context talks to; bulk paths differ per provider.</summary>
    public abstract DatabaseProvider Provider { get; }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Every time is UTC. SQLite stores text without a zone; say what it is when reading back.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PulseDbContext).Assembly);
    }
}

/// <summary>The database servers Pulse runs on.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>The embedded default: one SQLite file.</summary>
public sealed class SqlitePulseDbContext(DbContextOptions<SqlitePulseDbContext> options) : PulseDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

/// <summary>PostgreSQL, for servers.</summary>
public sealed class PostgresPulseDbContext(DbContextOptions<PostgresPulseDbContext> options) : PulseDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
