using CdsBot.Rephrasing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CdsBot.Storage.Configurations;

internal sealed class RephraseCountRecordConfiguration : IEntityTypeConfiguration<RephraseCountRecord>
{
    public void Configure(EntityTypeBuilder<RephraseCountRecord> builder)
    {
        builder.ToTable("rephrase_counts");
        builder.HasKey(c => c.Name);
        builder.Property(c => c.Name).HasMaxLength(200);
    }
}
