using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pulse.Storage.Rows;

namespace Pulse.Storage.Configurations;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<InvitationRow>
{
    public void Configure(EntityTypeBuilder<InvitationRow> builder)
    {
        builder.ToTable("invitations");
        // Tenant first, as every tenant-owned table (ADR 0002).
        builder.HasKey(i => new { i.OrganisationId, i.WaveId, i.Number });
        builder.HasOne<OrganisationRow>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<WaveRow>().WithMany().HasForeignKey(i => i.WaveId).OnDelete(DeleteBehavior.Cascade);
        // A link names no organisation, so it is found by its hash alone.
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => i.WaveId);
        builder.Property(i => i.TokenHash).HasMaxLength(64);
    }
}
