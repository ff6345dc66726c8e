using CdsBot.Content.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CdsBot.Storage.Configurations;

internal sealed class ContentRevisionRecordConfiguration : IEntityTypeConfiguration<ContentRevisionRecord>
{
    public void Configure(EntityTypeBuilder<ContentRevisionRecord> builder)
    {
        builder.ToTable("content_revision");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Stamp).HasMaxLength(32);
        // The single row exists from the migration on, so a change only ever updates it.
        builder.HasData(new ContentRevisionRecord { Id = ContentRevisionRecord.SingleId, Stamp = "initial" });
    }
}
