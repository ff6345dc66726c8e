using CdsBot.Content.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CdsBot.Storage.Configurations;

internal sealed class UnansweredRecordConfiguration : IEntityTypeConfiguration<UnansweredRecord>
{
    public void Configure(EntityTypeBuilder<UnansweredRecord> builder)
    {
        builder.ToTable("unanswered_questions");
        builder.HasIndex(u => new { u.Channel, u.ConversationId, u.TurnNumber }).IsUnique();
        builder.HasIndex(u => new { u.Status, u.Folded });
    }
}
