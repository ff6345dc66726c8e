using CdsBot.Content.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CdsBot.Storage.Configurations;

internal sealed class LocalityRecordConfiguration : IEntityTypeConfiguration<LocalityRecord>
{
    public void Configure(EntityTypeBuilder<LocalityRecord> builder)
    {
        builder.ToTable("localities");
        builder.HasKey(l => l.Id);
    }
}
