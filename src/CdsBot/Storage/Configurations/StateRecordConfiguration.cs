using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CdsBot.Storage.Configurations;

internal sealed class StateRecordConfiguration : IEntityTypeConfiguration<StateRecord>
{
    public void Configure(EntityTypeBuilder<StateRecord> builder)
    {
        builder.ToTable("bot_state");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(400);
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}
