using CdsBot.Insights;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CdsBot.Storage.Configurations;

internal sealed class TurnLogRecordConfiguration : IEntityTypeConfiguration<TurnLogRecord>
{
    public void Configure(EntityTypeBuilder<TurnLogRecord> builder)
    {
        builder.ToTable("turn_log");
        builder.Property(t => t.Day).HasMaxLength(10);
        builder.Property(t => t.Channel).HasMaxLength(32);
        builder.Property(t => t.ConversationId).HasMaxLength(200);
        builder.Property(t => t.Locality).HasMaxLength(64);
        builder.Property(t => t.Question).HasMaxLength(TurnLogWriter.MaxQuestionLength);
        builder.Property(t => t.Route).HasMaxLength(32);
        builder.Property(t => t.ItemId).HasMaxLength(200);
        builder.Property(t => t.PassageId).HasMaxLength(200);
        builder.Property(t => t.Band).HasMaxLength(16);
        builder.Property(t => t.Rephrase).HasMaxLength(16);

        // The dashboard filters on the day and groups by channel, route and band (its totals read this index alone, in
        // its order), by question among searched questions, and by item among turns naming one (partial indexes: only
        // the rows those queries read); a 👍/👎 finds the conversation's last answer of the item it rates.
        builder.HasIndex(t => new { t.Day, t.Channel, t.Route, t.Band, t.Helpful });
        builder.HasIndex(t => new { t.Day, t.Band, t.Question }).HasFilter("\"Band\" IS NOT NULL");
        builder.HasIndex(t => new { t.Day, t.ItemId, t.Route, t.Helpful }).HasFilter("\"ItemId\" IS NOT NULL");
        builder.HasIndex(t => new { t.Channel, t.ConversationId, t.ItemId });
    }
}
