using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pulse.Storage.Rows;

namespace Pulse.Storage.Configurations;

internal sealed class ThemeConfiguration : IEntityTypeConfiguration<ThemeRow>
{
    public void Configure(EntityTypeBuilder<ThemeRow> builder)
    {
        builder.ToTable("themes");
        builder.HasOne<OrganisationRow>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        // Tenant first, as every tenant-owned table (ADR 0002); a name is unique within its organisation.
        builder.HasIndex(t => new { t.OrganisationId, t.Name }).IsUnique();
    }
}
