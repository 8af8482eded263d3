using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pulse.Storage.Rows;

namespace Pulse.Storage.Configurations;

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponseRow>
{
    public void Configure(EntityTypeBuilder<SurveyResponseRow> builder)
    {
        builder.ToTable("survey_responses");
        builder.HasOne<WaveRow>().WithMany().HasForeignKey(r => r.WaveId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrganisationRow>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.OrganisationId, r.WaveId, r.Respondent }).IsUnique();
        builder.HasIndex(r => r.WaveId);
    }
}
