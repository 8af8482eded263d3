using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pulse.Storage.Rows;

namespace Pulse.Storage.Configurations;

internal sealed class MessageConfiguration : IEntityTypeConfiguration<MessageRow>
{
    public void Configure(EntityTypeBuilder<MessageRow> builder)
    {
        builder.ToTable("messages");
        builder.HasOne<OrganisationRow>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        // The upsert key of every import: (organisation, source, the platform's id).
        builder.HasIndex(m => new { m.OrganisationId, m.Source, m.ExternalId }).IsUnique();
        // Periods are the common filter of every figure.
        builder.HasIndex(m => new { m.OrganisationId, m.CreatedAt });
        builder.HasIndex(m => new { m.OrganisationId, m.AuthorExternalId });
        // A thread's messages, for updating the aggregates of the threads an import touched (AggregateUpdate).
        builder.HasIndex(m => new { m.OrganisationId, m.Source, m.ThreadExternalId });
    }
}
