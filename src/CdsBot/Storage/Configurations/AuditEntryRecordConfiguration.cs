using CdsBot.Admin.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CdsBot.Storage.Configurations;

internal sealed class AuditEntryRecordConfiguration : IEntityTypeConfiguration<AuditEntryRecord>
{
    public void Configure(EntityTypeBuilder<AuditEntryRecord> builder)
    {
        builder.ToTable("audit_log");
        builder.HasIndex(a => a.Target);
    }
}
