using CdsBot.Admin.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CdsBot.Storage.Configurations;

internal sealed class LoginAttemptRecordConfiguration : IEntityTypeConfiguration<LoginAttemptRecord>
{
    public void Configure(EntityTypeBuilder<LoginAttemptRecord> builder)
    {
        builder.ToTable("login_attempts");
        builder.HasKey(a => new { a.Client, a.Minute });
        builder.Property(a => a.Client).HasMaxLength(64);
        builder.HasIndex(a => a.Minute);
    }
}
