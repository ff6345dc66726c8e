using CdsBot.Content.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CdsBot.Storage.Configurations;

internal sealed class ShorthandRecordConfiguration : IEntityTypeConfiguration<ShorthandRecord>
{
    public void Configure(EntityTypeBuilder<ShorthandRecord> builder)
    {
        builder.ToTable("shorthand");
        builder.HasIndex(s => s.Term).IsUnique();
    }
}
