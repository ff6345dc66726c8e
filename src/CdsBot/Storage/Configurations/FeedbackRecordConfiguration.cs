using CdsBot.Content.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CdsBot.Storage.Configurations;

internal sealed class FeedbackRecordConfiguration : IEntityTypeConfiguration<FeedbackRecord>
{
    public void Configure(EntityTypeBuilder<FeedbackRecord> builder)
    {
        builder.ToTable("item_feedback");
        builder.HasIndex(f => new { f.Channel, f.ConversationId, f.ItemId }).IsUnique();
        builder.HasIndex(f => f.ItemId);
    }
}
