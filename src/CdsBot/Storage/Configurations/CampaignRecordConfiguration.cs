using CdsBot.Broadcasts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CdsBot.Storage.Configurations;

internal sealed class CampaignRecordConfiguration : IEntityTypeConfiguration<CampaignRecord>
{
    public void Configure(EntityTypeBuilder<CampaignRecord> builder)
    {
        builder.ToTable("campaigns");
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Status).HasMaxLength(16);
        // Stored as numbers (UTC) so SQLite can compare them in queries.
        builder.Property(c => c.ScheduledAt).HasConversion(new DateTimeOffsetToBinaryConverter());
        builder.Property(c => c.ExpiresAt).HasConversion(new DateTimeOffsetToBinaryConverter());
        builder.HasIndex(c => new { c.Status, c.ScheduledAt });
    }
}
