using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pulse.Storage.Rows;

namespace Pulse.Storage.Configurations;

internal sealed class TermDayConfiguration : IEntityTypeConfiguration<TermDayRow>
{
    public void Configure(EntityTypeBuilder<TermDayRow> builder)
    {
        builder.ToTable("term_days");
        // Tenant first, then the day: trends read a range of days, a recount replaces whole days.
        builder.HasKey(t => new { t.OrganisationId, t.Day, t.Term, t.IsPrivate });
        builder.HasOne<OrganisationRow>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
