using CdsBot.Contests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CdsBot.Storage.Configurations;

internal sealed class ContestRecordConfiguration : IEntityTypeConfiguration<ContestRecord>
{
    public void Configure(EntityTypeBuilder<ContestRecord> builder)
    {
        builder.ToTable("contests");
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.Organiser).HasMaxLength(200);
    }
}

internal sealed class ContestRoundRecordConfiguration : IEntityTypeConfiguration<ContestRoundRecord>
{
    public void Configure(EntityTypeBuilder<ContestRoundRecord> builder)
    {
        builder.ToTable("contest_rounds");
        // Stored as numbers (UTC) so SQLite can compare them in queries.
        builder.Property(r => r.StartsAt).HasConversion(new DateTimeOffsetToBinaryConverter());
        builder.Property(r => r.EndsAt).HasConversion(new DateTimeOffsetToBinaryConverter());
        builder.HasIndex(r => new { r.ContestId, r.StartsAt });
    }
}

internal sealed class ContestQuestionRecordConfiguration : IEntityTypeConfiguration<ContestQuestionRecord>
{
    public void Configure(EntityTypeBuilder<ContestQuestionRecord> builder)
    {
        builder.ToTable("contest_questions");
        builder.HasIndex(q => q.ContestId);
    }
}

internal sealed class ContestAttemptRecordConfiguration : IEntityTypeConfiguration<ContestAttemptRecord>
{
    public void Configure(EntityTypeBuilder<ContestAttemptRecord> builder)
    {
        builder.ToTable("contest_attempts");
        // One attempt per round and channel identity, however many hosts try to start one at once.
        builder.HasIndex(a => new { a.RoundId, a.Channel, a.UserId }).IsUnique();
    }
}

internal sealed class ContestAnswerRecordConfiguration : IEntityTypeConfiguration<ContestAnswerRecord>
{
    public void Configure(EntityTypeBuilder<ContestAnswerRecord> builder)
    {
        builder.ToTable("contest_answers");
        // One answer per question asked: a double submit cannot record a second.
        builder.HasIndex(a => new { a.AttemptId, a.Position }).IsUnique();
    }
}
