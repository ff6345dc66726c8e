using CdsBot.Content.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CdsBot.Storage.Configurations;

internal sealed class GuideRecordConfiguration : IEntityTypeConfiguration<GuideRecord>
{
    public void Configure(EntityTypeBuilder<GuideRecord> builder)
    {
        builder.ToTable("guides");
        builder.HasKey(g => g.Id);
    }
}
