using CdsBot.Handoffs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CdsBot.Storage.Configurations;

internal sealed class HandoffRecordConfiguration : IEntityTypeConfiguration<HandoffRecord>
{
    public void Configure(EntityTypeBuilder<HandoffRecord> builder)
    {
        builder.ToTable("handoff_requests");
        builder.Property(h => h.Channel).HasMaxLength(32);
        builder.Property(h => h.ConversationId).HasMaxLength(200);
        builder.Property(h => h.UserId).HasMaxLength(200);
        builder.Property(h => h.Message).HasMaxLength(4000);
        builder.Property(h => h.Phone).HasMaxLength(20);
        builder.HasIndex(h => new { h.Channel, h.ConversationId, h.TurnNumber }).IsUnique();
        builder.HasIndex(h => new { h.Channel, h.ConversationId, h.ClosedAt });
    }
}
