using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pulse.Storage.Rows;

namespace Pulse.Storage.Configurations;

internal sealed class GroupConfiguration : IEntityTypeConfiguration<GroupRow>
{
    public void Configure(EntityTypeBuilder<GroupRow> builder)
    {
        builder.ToTable("groups");
        builder.HasOne<OrganisationRow>().WithMany().HasForeignKey(g => g.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => new { g.OrganisationId, g.Source, g.ExternalId }).IsUnique();
    }
}
