using CdsBot.Content.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CdsBot.Storage.Configurations;

internal sealed class DocumentTextRecordConfiguration : IEntityTypeConfiguration<DocumentTextRecord>
{
    public void Configure(EntityTypeBuilder<DocumentTextRecord> builder)
    {
        builder.ToTable("document_texts");
        builder.HasKey(t => t.Number);
        builder.Property(t => t.Number).HasMaxLength(80).UseCollation("NOCASE");
        builder.Property(t => t.FileName).HasMaxLength(260);
        builder.Property(t => t.Format).HasMaxLength(8);
        builder.Property(t => t.UploadedBy).HasMaxLength(120);
        builder.HasOne<DocumentRecord>().WithOne().HasForeignKey<DocumentTextRecord>(t => t.Number).OnDelete(DeleteBehavior.Cascade);
    }
}
