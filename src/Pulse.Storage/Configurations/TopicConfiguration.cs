using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pulse.Storage.Rows;

namespace Pulse.Storage.Configurations;

internal sealed class TopicConfiguration : IEntityTypeConfiguration<TopicRow>
{
    public void Configure(EntityTypeBuilder<TopicRow> builder)
    {
        builder.ToTable("topics");
        builder.HasOne<OrganisationRow>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.OrganisationId, t.Source, t.ExternalId }).IsUnique();
    }
}
