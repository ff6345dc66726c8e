using CdsBot.Insights;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CdsBot.Storage.Configurations;

internal sealed class TurnDailyRecordConfiguration : IEntityTypeConfiguration<TurnDailyRecord>
{
    public void Configure(EntityTypeBuilder<TurnDailyRecord> builder)
    {
        builder.ToTable("turn_log_daily");
        builder.HasKey(t => new { t.Day, t.Channel, t.Route, t.Band, t.Locality });
        builder.Property(t => t.Day).HasMaxLength(10);
        builder.Property(t => t.Channel).HasMaxLength(32);
        builder.Property(t => t.Route).HasMaxLength(32);
        builder.Property(t => t.Band).HasMaxLength(16);
        builder.Property(t => t.Locality).HasMaxLength(64);
    }
}
