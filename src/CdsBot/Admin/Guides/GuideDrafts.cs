using CdsBot.Admin.Audit;
using CdsBot.Admin.Items;
using CdsBot.Content;
using CdsBot.Content.Records;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Admin.Guides;

/// <summary>
/// Guides and lessons edited in the workspace as their files' text, with the items' rule: a change is checked as an
/// import checks a file, waits as a draft, and is published by a publisher other than its writer (audited); every
/// instance then answers with it.
/// </summary>
public sealed class GuideDrafts(IDbContextFactory<CdsBotDbContext> contexts, ContentCatalog catalog, ContentLoader loader, AuditLog audit, TimeProvider time)
{
    public const string Guide = "guide";
    public const string Lesson = "lesson";

    /// <summary>The file text of the published guide or lesson <paramref name="id"/>, or null.</summary>
    public string? PublishedYaml(string kind, string id) => kind switch
    {
        Guide => catalog.Content.Guides.FirstOrDefault(g => g.Id == id) is { } guide ? ContentFileWriter.GuideYaml(guide) : null,
        Lesson => catalog.Content.Lessons.FirstOrDefault(l => l.Id == id) is { } lesson ? ContentFileWriter.LessonYaml(lesson) : null,
        _ => null,
    };

    /// <summary>Checks <paramref name="input"/> and stores it as a draft waiting for review.</summary>
    public async Task<WorkflowOutcome<GuideDraftRecord>> SubmitAsync(GuideDraftInput input, string writer, CancellationToken cancellationToken)
    {
        if (input.Kind is not (Guide or Lesson))
        {
            return WorkflowOutcome<GuideDraftRecord>.Invalid("kind", "Chọn loại: hướng dẫn (guide) hoặc bài học (lesson).");
        }

        var (id, errors) = Check(input.Kind, input.Yaml ?? "");
        if (errors is not null)
        {
            return WorkflowOutcome<GuideDraftRecord>.Invalid("yaml", errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var draft = new GuideDraftRecord { Kind = input.Kind, TargetId = id!, Yaml = input.Yaml!, WrittenBy = writer, SubmittedAt = time.GetUtcNow() };
        db.GuideDrafts.Add(draft);
        audit.Record(db, writer, $"{input.Kind}.submit", $"{input.Kind}:{id}");
        await db.SaveChangesAsync(cancellationToken);
        return WorkflowOutcome<GuideDraftRecord>.Ok(draft);
    }

    /// <summary>Publishes draft <paramref name="draftId"/>, checked again against the content as it is now.</summary>
    public async Task<WorkflowOutcome<GuideDraftRecord>> ApproveAsync(long draftId, string approver, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var draft = await db.GuideDrafts.FindAsync([draftId], cancellationToken);
        if (draft is null)
        {
            return WorkflowOutcome<GuideDraftRecord>.NotFound("Không có bản nháp này.");
        }

        if (string.Equals(draft.WrittenBy, approver, StringComparison.OrdinalIgnoreCase))
        {
            return WorkflowOutcome<GuideDraftRecord>.Conflict("Cần một người khác duyệt: Anh/Chị đã viết bản nháp này.");
        }

        var (_, errors) = Check(draft.Kind, draft.Yaml);
        if (errors is not null)
        {
            return WorkflowOutcome<GuideDraftRecord>.Invalid("yaml", errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (draft.Kind == Guide)
        {
            var guide = ContentFileReader.ReadGuide(draft.Yaml, catalog.Content);
            await PutAsync(db.Guides, guide.Id, g => g.Position, position => GuideRecord.From(guide, position), cancellationToken);
        }
        else
        {
            var lesson = ContentFileReader.ReadLesson(draft.Yaml, catalog.Content);
            await PutAsync(db.Lessons, lesson.Id, l => l.Position, position => LessonRecord.From(lesson, position), cancellationToken);
        }

        db.GuideDrafts.Remove(draft);
        audit.Record(db, approver, $"{draft.Kind}.approve", $"{draft.Kind}:{draft.TargetId}", new { writtenBy = draft.WrittenBy });
        ContentRevision.Touch(db);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await loader.ReloadAsync(cancellationToken);
        return WorkflowOutcome<GuideDraftRecord>.Ok(draft);
    }

    /// <summary>Replaces the guide or lesson <paramref name="id"/> in its place in the menu, or adds it last.</summary>
    private static async Task PutAsync<TRecord>(DbSet<TRecord> records, string id, Func<TRecord, int> positionOf, Func<int, TRecord> create, CancellationToken cancellationToken)
        where TRecord : class
    {
        var stored = await records.FindAsync([id], cancellationToken);
        var position = stored is null ? await records.CountAsync(cancellationToken) : positionOf(stored);
        if (stored is not null)
        {
            records.Remove(stored);
        }

        records.Add(create(position));
    }

    /// <summary>Withdraws a draft: its writer, or a publisher.</summary>
    public async Task<WorkflowOutcome<GuideDraftRecord>> DiscardAsync(long draftId, string actor, bool isPublisher, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var draft = await db.GuideDrafts.FindAsync([draftId], cancellationToken);
        if (draft is null)
        {
            return WorkflowOutcome<GuideDraftRecord>.NotFound("Không có bản nháp này.");
        }

        if (!isPublisher && !string.Equals(draft.WrittenBy, actor, StringComparison.OrdinalIgnoreCase))
        {
            return WorkflowOutcome<GuideDraftRecord>.Conflict("Chỉ người viết bản nháp hoặc người duyệt được bỏ bản nháp này.");
        }

        db.GuideDrafts.Remove(draft);
        audit.Record(db, actor, $"{draft.Kind}.discard", $"{draft.Kind}:{draft.TargetId}", new { writtenBy = draft.WrittenBy });
        await db.SaveChangesAsync(cancellationToken);
        return WorkflowOutcome<GuideDraftRecord>.Ok(draft);
    }

    /// <summary>The id the text defines, or every problem found ("Dòng 3: …").</summary>
    private (string? Id, string? Errors) Check(string kind, string yaml)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return (null, "Nội dung tệp đang trống.");
        }

        try
        {
            return kind == Guide
                ? (ContentFileReader.ReadGuide(yaml, catalog.Content).Id, null)
                : (ContentFileReader.ReadLesson(yaml, catalog.Content).Id, null);
        }
        catch (ContentValidationException ex)
        {
            return (null, string.Join("\n", ex.Errors.Select(e => e.Line > 0 ? $"Dòng {e.Line}: {e.Message}" : e.Message)));
        }
    }
}
