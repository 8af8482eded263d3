using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pulse.Storage.Rows;

namespace Pulse.Storage.Configurations;

internal sealed class AlertRuleConfiguration : IEntityTypeConfiguration<AlertRuleRow>
{
    public void Configure(EntityTypeBuilder<AlertRuleRow> builder)
    {
        builder.ToTable("alert_rules");
        builder.HasOne<OrganisationRow>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.OrganisationId, r.Id });
    }
}

internal sealed class AlertConfiguration : IEntityTypeConfiguration<AlertRow>
{
    public void Configure(EntityTypeBuilder<AlertRow> builder)
    {
        builder.ToTable("alerts");
        builder.HasOne<OrganisationRow>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AlertRuleRow>().WithMany().HasForeignKey(a => a.RuleId).OnDelete(DeleteBehavior.Cascade);
        // Raised once: evaluating again finds the key and adds nothing.
        builder.HasIndex(a => new { a.OrganisationId, a.RuleId, a.Key }).IsUnique();
    }
}
