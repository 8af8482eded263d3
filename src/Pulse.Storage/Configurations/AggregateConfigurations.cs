using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pulse.Storage.Rows;

namespace Pulse.Storage.Configurations;

// The import's aggregates (MonitoringAggregates.cs): keyed tenant first, as every tenant-owned table
// (ADR 0002), then by day, which is how every figure reads them.
internal sealed class ActivityDayConfiguration : IEntityTypeConfiguration<ActivityDayRow>
{
    public void Configure(EntityTypeBuilder<ActivityDayRow> builder)
    {
        builder.ToTable("activity_days");
        builder.HasKey(a => new { a.OrganisationId, a.Day, a.AccountId, a.GroupKey, a.IsPrivate });
        // An account's first days, recounted after an update in place for the accounts active on the recounted days
        // (AggregateUpdate): a seek per account instead of a scan of the organisation's rows.
        builder.HasIndex(a => new { a.OrganisationId, a.AccountId, a.Day, a.IsPrivate });
        builder.HasOne<OrganisationRow>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ThreadStartConfiguration : IEntityTypeConfiguration<ThreadStartRow>
{
    public void Configure(EntityTypeBuilder<ThreadStartRow> builder)
    {
        builder.ToTable("thread_starts");
        builder.HasKey(t => new { t.OrganisationId, t.MessageId });
        builder.HasIndex(t => new { t.OrganisationId, t.Day });
        builder.HasOne<OrganisationRow>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReplyDayConfiguration : IEntityTypeConfiguration<ReplyDayRow>
{
    public void Configure(EntityTypeBuilder<ReplyDayRow> builder)
    {
        builder.ToTable("reply_days");
        builder.HasKey(r => new { r.OrganisationId, r.Day, r.FromAccountId, r.ToAccountId, r.IsPrivate });
        builder.HasOne<OrganisationRow>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AccountFirstDayConfiguration : IEntityTypeConfiguration<AccountFirstDayRow>
{
    public void Configure(EntityTypeBuilder<AccountFirstDayRow> builder)
    {
        builder.ToTable("account_first_days");
        builder.HasKey(a => new { a.OrganisationId, a.AccountId });
        builder.HasOne<OrganisationRow>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AggregateChangeConfiguration : IEntityTypeConfiguration<AggregateChangeRow>
{
    public void Configure(EntityTypeBuilder<AggregateChangeRow> builder)
    {
        builder.ToTable("aggregate_changes");
        builder.HasKey(c => new { c.OrganisationId, c.Revision });
        builder.HasOne<OrganisationRow>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
