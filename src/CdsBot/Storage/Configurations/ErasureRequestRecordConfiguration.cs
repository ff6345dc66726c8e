using CdsBot.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CdsBot.Storage.Configurations;

internal sealed class ErasureRequestRecordConfiguration : IEntityTypeConfiguration<ErasureRequestRecord>
{
    public void Configure(EntityTypeBuilder<ErasureRequestRecord> builder)
    {
        builder.ToTable("erasure_requests");
        builder.HasKey(r => r.Id);
    }
}
