using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pulse.Storage.Rows;

namespace Pulse.Storage.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<OrganisationRow>
{
    public void Configure(EntityTypeBuilder<OrganisationRow> builder)
    {
        builder.ToTable("organisations");
        builder.Property(o => o.Slug).HasMaxLength(63);
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.HasIndex(o => o.Slug).IsUnique();
    }
}
