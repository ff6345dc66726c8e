using CdsBot.Broadcasts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CdsBot.Storage.Configurations;

internal sealed class DeliveryRecordConfiguration : IEntityTypeConfiguration<DeliveryRecord>
{
    public void Configure(EntityTypeBuilder<DeliveryRecord> builder)
    {
        builder.ToTable("campaign_deliveries");
        builder.Property(d => d.Channel).HasMaxLength(32);
        builder.Property(d => d.UserId).HasMaxLength(200);
        builder.Property(d => d.Status).HasMaxLength(16);
        builder.Property(d => d.Lane).HasMaxLength(32);
        builder.Property(d => d.ClickToken).HasMaxLength(32);
        builder.Property(d => d.SentAt).HasConversion(new DateTimeOffsetToBinaryConverter());
        builder.HasIndex(d => new { d.CampaignId, d.Channel, d.UserId }).IsUnique();
        builder.HasIndex(d => new { d.CampaignId, d.Status, d.NextAttemptMs });
        builder.HasIndex(d => new { d.Channel, d.UserId, d.Status });
        builder.HasIndex(d => d.ClickToken).IsUnique();
        builder.HasIndex(d => d.PlatformMessageId);
        builder.HasIndex(d => d.ClaimedBy);
    }
}
