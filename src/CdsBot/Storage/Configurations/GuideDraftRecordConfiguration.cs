using CdsBot.Admin.Guides;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CdsBot.Storage.Configurations;

internal sealed class GuideDraftRecordConfiguration : IEntityTypeConfiguration<GuideDraftRecord>
{
    public void Configure(EntityTypeBuilder<GuideDraftRecord> builder)
    {
        builder.ToTable("guide_drafts");
        builder.HasKey(d => d.Id);
    }
}
