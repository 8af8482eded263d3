using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pulse.Storage.Rows;

namespace Pulse.Storage.Configurations;

internal sealed class ConnectionConfiguration : IEntityTypeConfiguration<ConnectionRow>
{
    public void Configure(EntityTypeBuilder<ConnectionRow> builder)
    {
        builder.ToTable("connections");
        // Tenant first, as every tenant-owned table (ADR 0002); one connection per platform.
        builder.HasKey(c => new { c.OrganisationId, c.Platform });
        builder.HasOne<OrganisationRow>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Platform).HasMaxLength(16);
    }
}
