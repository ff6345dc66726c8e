using CdsBot.Insights;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CdsBot.Storage.Configurations;

internal sealed class ItemDailyRecordConfiguration : IEntityTypeConfiguration<ItemDailyRecord>
{
    public void Configure(EntityTypeBuilder<ItemDailyRecord> builder)
    {
        builder.ToTable("turn_log_daily_items");
        builder.HasKey(t => new { t.Day, t.ItemId });
        builder.Property(t => t.Day).HasMaxLength(10);
        builder.Property(t => t.ItemId).HasMaxLength(200);
    }
}
