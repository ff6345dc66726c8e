using CdsBot.Channels.Zalo;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CdsBot.Storage.Configurations;

internal sealed class ZaloTokenRecordConfiguration : IEntityTypeConfiguration<ZaloTokenRecord>
{
    public void Configure(EntityTypeBuilder<ZaloTokenRecord> builder)
    {
        builder.ToTable("zalo_tokens");
        builder.HasKey(t => t.Account);
        builder.Property(t => t.Account).HasMaxLength(64);
        builder.Property(t => t.Version).IsConcurrencyToken();
    }
}
