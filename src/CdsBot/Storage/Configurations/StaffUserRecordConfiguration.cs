using CdsBot.Admin.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CdsBot.Storage.Configurations;

internal sealed class StaffUserRecordConfiguration : IEntityTypeConfiguration<StaffUserRecord>
{
    public void Configure(EntityTypeBuilder<StaffUserRecord> builder)
    {
        builder.ToTable("staff_users");
        builder.Property(u => u.UserName).HasMaxLength(100);
        builder.Property(u => u.Role).HasMaxLength(20);
        builder.Property(u => u.SecurityStamp).HasMaxLength(64);
        builder.HasIndex(u => u.UserName).IsUnique();
    }
}
