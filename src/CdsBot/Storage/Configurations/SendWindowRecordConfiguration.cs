using CdsBot.Broadcasts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CdsBot.Storage.Configurations;

internal sealed class SendWindowRecordConfiguration : IEntityTypeConfiguration<SendWindowRecord>
{
    public void Configure(EntityTypeBuilder<SendWindowRecord> builder)
    {
        builder.ToTable("send_windows");
        builder.HasKey(w => new { w.Channel, w.Second });
    }
}
