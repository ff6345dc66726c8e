using CdsBot.Content.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CdsBot.Storage.Configurations;

internal sealed class TopicRecordConfiguration : IEntityTypeConfiguration<TopicRecord>
{
    public void Configure(EntityTypeBuilder<TopicRecord> builder)
    {
        builder.ToTable("topics");
        builder.HasKey(t => t.Id);
    }
}
