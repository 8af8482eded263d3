using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pulse.Storage.Rows;

namespace Pulse.Storage.Configurations;

internal sealed class WaveConfiguration : IEntityTypeConfiguration<WaveRow>
{
    public void Configure(EntityTypeBuilder<WaveRow> builder)
    {
        builder.ToTable("waves");
        builder.Property(w => w.Code).HasMaxLength(63);
        builder.Property(w => w.ModelVersion).HasMaxLength(31);
        builder.HasIndex(w => w.Code).IsUnique();
    }
}
