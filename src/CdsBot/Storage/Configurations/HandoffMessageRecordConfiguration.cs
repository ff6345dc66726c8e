using CdsBot.Handoffs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CdsBot.Storage.Configurations;

internal sealed class HandoffMessageRecordConfiguration : IEntityTypeConfiguration<HandoffMessageRecord>
{
    public void Configure(EntityTypeBuilder<HandoffMessageRecord> builder)
    {
        builder.ToTable("handoff_messages");
        builder.Property(m => m.From).HasMaxLength(16);
        builder.HasIndex(m => new { m.HandoffId, m.TurnNumber }).IsUnique();
    }
}
