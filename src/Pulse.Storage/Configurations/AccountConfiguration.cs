using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pulse.Storage.Rows;

namespace Pulse.Storage.Configurations;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<AccountRow>
{
    public void Configure(EntityTypeBuilder<AccountRow> builder)
    {
        builder.ToTable("accounts");
        builder.HasOne<OrganisationRow>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.OrganisationId, a.Source, a.ExternalId }).IsUnique();
        builder.HasIndex(a => new { a.OrganisationId, a.Email });
    }
}
