using CdsBot.Dialogs.Flows.Lessons;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Lessons;

/// <summary>Finished lessons in the database, for the staff's completion counts.</summary>
public sealed class EfLessonLog(IDbContextFactory<CdsBotDbContext> contexts) : ILessonLog
{
    public async Task RecordAsync(LessonResult result, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.LessonResults.Add(new LessonResultRecord { Channel = result.Channel, UserId = result.UserId, LessonId = result.LessonId, Correct = result.Correct, At = result.At });
        await db.SaveChangesAsync(cancellationToken);
    }
}
