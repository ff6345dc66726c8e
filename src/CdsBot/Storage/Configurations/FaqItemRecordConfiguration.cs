using CdsBot.Content.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CdsBot.Storage.Configurations;

internal sealed class FaqItemRecordConfiguration : IEntityTypeConfiguration<FaqItemRecord>
{
    public void Configure(EntityTypeBuilder<FaqItemRecord> builder)
    {
        builder.ToTable("faq_items");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasMaxLength(120);
        builder.Property(i => i.Topic).HasMaxLength(60);
        builder.Property(i => i.Locality).HasMaxLength(60);
        builder.Property(i => i.Status).HasMaxLength(20);
        builder.HasIndex(i => new { i.Topic, i.Status });
    }
}
