using CdsBot.Admin.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CdsBot.Storage.Configurations;

internal sealed class ItemDraftRecordConfiguration : IEntityTypeConfiguration<ItemDraftRecord>
{
    public void Configure(EntityTypeBuilder<ItemDraftRecord> builder)
    {
        builder.ToTable("item_drafts");
        builder.HasKey(d => d.ItemId);
    }
}
