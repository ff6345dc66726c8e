using CdsBot.Broadcasts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CdsBot.Storage.Configurations;

internal sealed class QuotaRecordConfiguration : IEntityTypeConfiguration<QuotaRecord>
{
    public void Configure(EntityTypeBuilder<QuotaRecord> builder)
    {
        builder.ToTable("lane_quotas");
        builder.HasKey(q => new { q.Lane, q.Period });
    }
}
