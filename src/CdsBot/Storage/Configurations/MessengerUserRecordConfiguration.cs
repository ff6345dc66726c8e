using CdsBot.Channels.Messenger;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CdsBot.Storage.Configurations;

internal sealed class MessengerUserRecordConfiguration : IEntityTypeConfiguration<MessengerUserRecord>
{
    public void Configure(EntityTypeBuilder<MessengerUserRecord> builder)
    {
        builder.ToTable("messenger_users");
        builder.HasKey(u => u.Psid);
        builder.Property(u => u.Psid).HasMaxLength(64);
    }
}
