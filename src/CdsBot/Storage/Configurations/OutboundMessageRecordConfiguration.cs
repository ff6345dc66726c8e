using CdsBot.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CdsBot.Storage.Configurations;

internal sealed class OutboundMessageRecordConfiguration : IEntityTypeConfiguration<OutboundMessageRecord>
{
    public void Configure(EntityTypeBuilder<OutboundMessageRecord> builder)
    {
        builder.ToTable("outbound_messages");
        builder.Property(m => m.Channel).HasMaxLength(32);
        builder.Property(m => m.RecipientId).HasMaxLength(200);
        builder.Property(m => m.Status).HasMaxLength(16);
        builder.Property(m => m.TraceParent).HasMaxLength(64);
        builder.HasIndex(m => new { m.InboxEventId, m.Sequence }).IsUnique();
        builder.HasIndex(m => new { m.Status, m.NextAttemptMs });
    }
}
