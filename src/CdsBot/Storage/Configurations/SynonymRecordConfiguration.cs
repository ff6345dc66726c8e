using CdsBot.Content.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CdsBot.Storage.Configurations;

internal sealed class SynonymRecordConfiguration : IEntityTypeConfiguration<SynonymRecord>
{
    public void Configure(EntityTypeBuilder<SynonymRecord> builder)
    {
        builder.ToTable("synonyms");
        builder.HasIndex(s => s.Term).IsUnique();
    }
}
