using CdsBot.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CdsBot.Storage.Configurations;

internal sealed class InboxEventRecordConfiguration : IEntityTypeConfiguration<InboxEventRecord>
{
    public void Configure(EntityTypeBuilder<InboxEventRecord> builder)
    {
        builder.ToTable("inbox_events");
        builder.Property(e => e.Channel).HasMaxLength(32);
        builder.Property(e => e.ChannelMessageId).HasMaxLength(200);
        builder.Property(e => e.ConversationId).HasMaxLength(200);
        builder.Property(e => e.Status).HasMaxLength(16);
        builder.Property(e => e.TraceParent).HasMaxLength(64);
        builder.HasIndex(e => new { e.Channel, e.ChannelMessageId }).IsUnique();
        builder.HasIndex(e => new { e.Status, e.Id });
    }
}
