using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pulse.Storage.Rows;

namespace Pulse.Storage.Configurations;

internal sealed class InboundEventConfiguration : IEntityTypeConfiguration<InboundEventRow>
{
    public void Configure(EntityTypeBuilder<InboundEventRow> builder)
    {
        builder.ToTable("inbound_events");
        // The key is the deduplication: a retried or replayed event hits it and is stored once.
        builder.HasKey(e => new { e.OrganisationId, e.Platform, e.EventId });
        builder.HasOne<OrganisationRow>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.Platform).HasMaxLength(16);
        builder.Property(e => e.EventId).HasMaxLength(400);
        builder.Property(e => e.ClaimedBy).HasMaxLength(200);
        // The worker's question per organisation: what is still queued, oldest first (the lease, claimed_until,
        // is checked on those few rows; no index of its own).
        builder.HasIndex(e => new { e.OrganisationId, e.ProcessedAt, e.ReceivedAt });
    }
}
