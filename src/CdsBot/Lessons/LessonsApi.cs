using CdsBot.Dialogs.Retrieval;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Lessons;

/// <summary>GET /admin/api/lessons: each lesson with how many times it was finished, by how many citizens, and how many answered right.</summary>
public static class LessonsApi
{
    public static RouteGroupBuilder MapLessonsApi(this RouteGroupBuilder admin)
    {
        admin.MapGet("/lessons", ListAsync).WithTags("Lessons").WithSummary("Lessons with their completion counts");
        return admin;
    }

    private static async Task<IResult> ListAsync(ContentCatalog catalog, IDbContextFactory<CdsBotDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await db.LessonResults.AsNoTracking()
            .GroupBy(r => r.LessonId)
            .Select(g => new { LessonId = g.Key, Finished = g.Count(), Right = g.Count(r => r.Correct) })
            .ToDictionaryAsync(c => c.LessonId, cancellationToken);
        var citizens = await db.LessonResults.AsNoTracking()
            .Select(r => new { r.LessonId, r.Channel, r.UserId })
            .Distinct()
            .GroupBy(r => r.LessonId)
            .Select(g => new { LessonId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.LessonId, c => c.Count, cancellationToken);
        return Results.Ok(catalog.Content.Lessons.Select(l => counts.TryGetValue(l.Id, out var c)
            ? new LessonCounts(l.Id, l.Title, c.Finished, citizens.GetValueOrDefault(l.Id), c.Right)
            : new LessonCounts(l.Id, l.Title, 0, 0, 0)));
    }

    public sealed record LessonCounts(string Id, string Title, int Finished, int Citizens, int Right);
}
