using CdsBot.Content.Records;
using CdsBot.Lessons;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CdsBot.Storage.Configurations;

internal sealed class LessonRecordConfiguration : IEntityTypeConfiguration<LessonRecord>
{
    public void Configure(EntityTypeBuilder<LessonRecord> builder)
    {
        builder.ToTable("lessons");
        builder.HasKey(l => l.Id);
    }
}

internal sealed class LessonResultRecordConfiguration : IEntityTypeConfiguration<LessonResultRecord>
{
    public void Configure(EntityTypeBuilder<LessonResultRecord> builder)
    {
        builder.ToTable("lesson_results");
        builder.HasIndex(r => r.LessonId);
        builder.HasIndex(r => new { r.Channel, r.UserId });
    }
}
