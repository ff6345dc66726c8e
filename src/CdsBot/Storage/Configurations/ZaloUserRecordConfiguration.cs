using CdsBot.Channels.Zalo;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CdsBot.Storage.Configurations;

internal sealed class ZaloUserRecordConfiguration : IEntityTypeConfiguration<ZaloUserRecord>
{
    public void Configure(EntityTypeBuilder<ZaloUserRecord> builder)
    {
        builder.ToTable("zalo_users");
        builder.HasKey(u => u.UserId);
        builder.Property(u => u.UserId).HasMaxLength(64);
    }
}
