using CdsBot.Admin.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CdsBot.Storage.Configurations;

internal sealed class ItemVersionRecordConfiguration : IEntityTypeConfiguration<ItemVersionRecord>
{
    public void Configure(EntityTypeBuilder<ItemVersionRecord> builder)
    {
        builder.ToTable("item_versions");
        builder.HasIndex(v => new { v.ItemId, v.Version }).IsUnique();
    }
}
