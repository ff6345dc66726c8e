using System.Text.Json;
using CdsBot.Admin.Audit;
using CdsBot.Content;
using CdsBot.Content.Records;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Admin.Items;

/// <summary>
/// The editorial workflow: an editor writes a draft and submits it for review; a publisher other than its writer
/// approves it, which publishes it as the item's next version (kept in history). Publishers can also unpublish and
/// roll back to an earlier version. Every step is audited in the same transaction, and the bot's content is
/// reloaded after each publication.
/// </summary>
public sealed class ItemWorkflow(IDbContextFactory<CdsBotDbContext> contexts, ContentCatalog catalog, ContentLoader loader, AuditLog audit, TimeProvider time, PublishCheck check)
{
    public const string Editing = "editing", InReview = "in_review";

    public async Task<WorkflowOutcome<ItemView>> CreateAsync(NewItem request, string actor, CancellationToken cancellationToken)
    {
        var id = request.Id?.Trim() ?? "";
        if (!System.Text.RegularExpressions.Regex.IsMatch(id, "^[a-z0-9][a-z0-9-]{1,118}$"))
        {
            return WorkflowOutcome<ItemView>.Invalid("id", "Mã mục gồm 2–120 chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ 'ngay-cds-10-10'.");
        }

        var content = request.Content ?? new ItemContent();
        if (content.Validate(catalog.Content) is { Count: > 0 } errors)
        {
            return WorkflowOutcome<ItemView>.Invalid(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.FaqItems.AnyAsync(i => i.Id == id, cancellationToken))
        {
            return WorkflowOutcome<ItemView>.Conflict($"Đã có mục mang mã '{id}': Anh/Chị chọn mã khác.");
        }

        var now = time.GetUtcNow();
        db.FaqItems.Add(content.ToItem(id, ContentStatus.Draft).ToRecord(0, actor, now));
        var draft = new ItemDraftRecord { ItemId = id, ContentJson = Serialize(content), State = Editing, EditedBy = actor };
        draft.WrittenBy(actor, now);
        db.ItemDrafts.Add(draft);
        audit.Record(db, actor, "item.create", id, content);
        await db.SaveChangesAsync(cancellationToken);
        return WorkflowOutcome<ItemView>.Ok((await FindAsync(id, cancellationToken))!);
    }

    public async Task<WorkflowOutcome<ItemView>> SaveDraftAsync(string id, ItemContent content, string actor, CancellationToken cancellationToken)
    {
        if (content.Validate(catalog.Content) is { Count: > 0 } errors)
        {
            return WorkflowOutcome<ItemView>.Invalid(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.FaqItems.AnyAsync(i => i.Id == id, cancellationToken))
        {
            return WorkflowOutcome<ItemView>.NotFound();
        }

        var draft = await db.ItemDrafts.FindAsync([id], cancellationToken);
        if (draft is null)
        {
            draft = new ItemDraftRecord { ItemId = id, ContentJson = "", State = Editing, EditedBy = actor };
            db.ItemDrafts.Add(draft);
        }

        (draft.ContentJson, draft.State) = (Serialize(content), Editing);
        draft.WrittenBy(actor, time.GetUtcNow());
        audit.Record(db, actor, "item.draft", id, content);
        await db.SaveChangesAsync(cancellationToken);
        return WorkflowOutcome<ItemView>.Ok((await FindAsync(id, cancellationToken))!);
    }

    /// <summary>Writes imported rows as drafts in one transaction: a new item, or the next version of an existing one.</summary>
    public async Task ImportDraftsAsync(IReadOnlyList<Import.ItemRow> rows, string actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var ids = rows.Select(r => r.Id).ToList();
        var existing = await db.FaqItems.Where(i => ids.Contains(i.Id)).Select(i => i.Id).ToHashSetAsync(cancellationToken);
        var drafts = await db.ItemDrafts.Where(d => ids.Contains(d.ItemId)).ToDictionaryAsync(d => d.ItemId, cancellationToken);
        foreach (var row in rows)
        {
            if (!existing.Contains(row.Id))
            {
                db.FaqItems.Add(row.Content.ToItem(row.Id, ContentStatus.Draft).ToRecord(0, actor, now));
            }

            if (!drafts.TryGetValue(row.Id, out var draft))
            {
                draft = new ItemDraftRecord { ItemId = row.Id, ContentJson = "", State = Editing, EditedBy = actor };
                db.ItemDrafts.Add(draft);
            }

            (draft.ContentJson, draft.State) = (Serialize(row.Content), Editing);
            draft.WrittenBy(actor, now);
        }

        audit.Record(db, actor, "items.import", $"{rows.Count} rows", new { ids });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Files proposed items (drafted by a model from a document) as new items whose first draft is already in review, in
    /// one transaction: each is named <c>{prefix}-{n}</c> with the first free n. Publishing them needs a publisher other
    /// than <paramref name="actor"/>, as for any draft.
    /// </summary>
    public async Task<WorkflowOutcome<IReadOnlyList<ItemView>>> ProposeAsync(IReadOnlyList<(string IdPrefix, ItemContent Content)> proposals, string actor, CancellationToken cancellationToken)
    {
        if (proposals.Select(p => p.Content.Validate(catalog.Content)).FirstOrDefault(e => e.Count > 0) is { } errors)
        {
            return WorkflowOutcome<IReadOnlyList<ItemView>>.Invalid(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var taken = await db.FaqItems.Select(i => i.Id).ToHashSetAsync(StringComparer.Ordinal, cancellationToken);
        var now = time.GetUtcNow();
        var ids = new List<string>();
        foreach (var (prefix, content) in proposals)
        {
            var id = Enumerable.Range(1, int.MaxValue - 1).Select(n => $"{prefix}-{n}").First(candidate => !taken.Contains(candidate));
            taken.Add(id);
            ids.Add(id);
            db.FaqItems.Add(content.ToItem(id, ContentStatus.Draft).ToRecord(0, actor, now));
            var draft = new ItemDraftRecord { ItemId = id, ContentJson = Serialize(content), State = InReview, EditedBy = actor };
            draft.WrittenBy(actor, now);
            db.ItemDrafts.Add(draft);
            audit.Record(db, actor, "item.propose", id, content);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var items = await db.FaqItems.AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync(cancellationToken);
        var views = await ViewsAsync(db, [.. ids.Select(id => items.Single(i => i.Id == id))], cancellationToken);
        return WorkflowOutcome<IReadOnlyList<ItemView>>.Ok(views);
    }

    public async Task<WorkflowOutcome<ItemView>> SubmitAsync(string id, string actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var draft = await db.ItemDrafts.FindAsync([id], cancellationToken);
        if (draft is null)
        {
            return WorkflowOutcome<ItemView>.NotFound("Mục này không có bản nháp để gửi duyệt.");
        }

        draft.State = InReview;
        audit.Record(db, actor, "item.submit", id);
        await db.SaveChangesAsync(cancellationToken);
        return WorkflowOutcome<ItemView>.Ok((await FindAsync(id, cancellationToken))! with { Warnings = check.Warnings(id, Deserialize(draft.ContentJson)) });
    }

    /// <summary>Publishes the draft in review as the next version; the approver must not have written any part of it.</summary>
    public async Task<WorkflowOutcome<ItemView>> ApproveAsync(string id, string approver, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var draft = await db.ItemDrafts.FindAsync([id], cancellationToken);
        var item = await db.FaqItems.FindAsync([id], cancellationToken);
        if (draft is null || item is null)
        {
            return WorkflowOutcome<ItemView>.NotFound("Mục này không có bản nháp để duyệt.");
        }

        if (draft.State != InReview)
        {
            return WorkflowOutcome<ItemView>.Conflict("Bản nháp chưa được gửi duyệt.");
        }

        if (draft.WasWrittenBy(approver))
        {
            return WorkflowOutcome<ItemView>.Conflict("Cần một người khác duyệt: Anh/Chị đã viết (một phần) bản nháp này.");
        }

        var content = Deserialize(draft.ContentJson);
        await PublishAsync(db, item, content, draft.EditedBy, approver, cancellationToken);
        db.ItemDrafts.Remove(draft);
        audit.Record(db, approver, "item.approve", id, new { version = item.Version, editedBy = draft.EditedBy, writers = draft.Writers });
        ContentRevision.Touch(db);
        await db.SaveChangesAsync(cancellationToken);
        await loader.ReloadAsync(cancellationToken);
        return WorkflowOutcome<ItemView>.Ok((await FindAsync(id, cancellationToken))! with { Warnings = check.Warnings(id, content) });
    }

    /// <summary>
    /// Adds a citizen's question as a phrasing of an item (how the bot learns from the unanswered queue). A publisher's
    /// phrasing of a published item goes live at once, as the next version holding the published content plus that one
    /// phrasing: nothing anyone else wrote is published with it, so the second approval other changes need is not
    /// skipped. A draft in progress gets the phrasing too (its writers unchanged), so approving it later keeps it.
    /// Otherwise the phrasing goes into the item's draft, a new draft being submitted for review at once.
    /// </summary>
    public async Task<WorkflowOutcome<PhrasingAdded>> AddPhrasingAsync(string id, string phrasing, string actor, bool canPublish, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await db.FaqItems.FindAsync([id], cancellationToken);
        if (item is null)
        {
            return WorkflowOutcome<PhrasingAdded>.NotFound($"Không có mục '{id}'. Anh/Chị chọn mục trong danh sách gợi ý.");
        }

        var draft = await db.ItemDrafts.FindAsync([id], cancellationToken);
        static ItemContent With(ItemContent content, string phrasing) =>
            content.Variants.Contains(phrasing, StringComparer.OrdinalIgnoreCase) ? content : content with { Variants = [.. content.Variants, phrasing] };
        string message;
        var answering = false;
        if (canPublish && item.Status == "published")
        {
            var content = With(ItemContent.From(item.ToModel()), phrasing);
            await PublishAsync(db, item, content, actor, actor, cancellationToken);
            if (draft is not null)
            {
                draft.ContentJson = Serialize(With(Deserialize(draft.ContentJson), phrasing));
            }

            audit.Record(db, actor, "item.add_variant", id, new { version = item.Version, variant = phrasing });
            ContentRevision.Touch(db);
            (answering, message) = (true, $"Đã gắn và đăng: từ bây giờ bot trả lời câu hỏi này bằng mục \"{item.Question}\".");
        }
        else
        {
            var isNew = draft is null;
            if (draft is null)
            {
                draft = new ItemDraftRecord { ItemId = id, ContentJson = "", State = InReview, EditedBy = actor };
                db.ItemDrafts.Add(draft);
            }

            draft.ContentJson = Serialize(With(isNew ? ItemContent.From(item.ToModel()) : Deserialize(draft.ContentJson), phrasing));
            draft.WrittenBy(actor, time.GetUtcNow());
            audit.Record(db, actor, "item.draft", id, new { variant = phrasing });
            message = draft.State == InReview
                ? $"Đã thêm câu hỏi vào bản nháp chờ duyệt của mục \"{item.Question}\". Bot chưa trả lời câu hỏi này: bot sẽ trả lời sau khi một người duyệt khác Anh/Chị duyệt và đăng bản nháp."
                : $"Đã thêm câu hỏi vào bản nháp đang soạn của mục \"{item.Question}\". Bot chưa trả lời câu hỏi này: bản nháp cần được gửi duyệt, rồi một người duyệt khác Anh/Chị duyệt và đăng.";
        }

        await db.SaveChangesAsync(cancellationToken);
        if (answering)
        {
            await loader.ReloadAsync(cancellationToken);
        }

        return WorkflowOutcome<PhrasingAdded>.Ok(new PhrasingAdded((await FindAsync(id, cancellationToken))!, answering, message));
    }

    public async Task<WorkflowOutcome<ItemView>> UnpublishAsync(string id, string actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await db.FaqItems.FindAsync([id], cancellationToken);
        if (item is null)
        {
            return WorkflowOutcome<ItemView>.NotFound();
        }

        item.Status = "unpublished";
        (item.UpdatedBy, item.UpdatedAt) = (actor, time.GetUtcNow());
        audit.Record(db, actor, "item.unpublish", id);
        ContentRevision.Touch(db);
        await db.SaveChangesAsync(cancellationToken);
        await loader.ReloadAsync(cancellationToken);
        return WorkflowOutcome<ItemView>.Ok((await FindAsync(id, cancellationToken))!);
    }

    /// <summary>Publishes an earlier version's content again, as the next version.</summary>
    public async Task<WorkflowOutcome<ItemView>> RollbackAsync(string id, int version, string actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await db.FaqItems.FindAsync([id], cancellationToken);
        var earlier = await db.ItemVersions.SingleOrDefaultAsync(v => v.ItemId == id && v.Version == version, cancellationToken);
        if (item is null || earlier is null)
        {
            return WorkflowOutcome<ItemView>.NotFound($"Mục '{id}' không có phiên bản đã đăng số {version}.");
        }

        await PublishAsync(db, item, Deserialize(earlier.ContentJson), earlier.EditedBy, actor, cancellationToken);
        audit.Record(db, actor, "item.rollback", id, new { to = version, version = item.Version });
        ContentRevision.Touch(db);
        await db.SaveChangesAsync(cancellationToken);
        await loader.ReloadAsync(cancellationToken);
        return WorkflowOutcome<ItemView>.Ok((await FindAsync(id, cancellationToken))!);
    }

    public async Task<IReadOnlyList<VersionView>?> HistoryAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.FaqItems.AnyAsync(i => i.Id == id, cancellationToken))
        {
            return null;
        }

        var versions = await db.ItemVersions.AsNoTracking().Where(v => v.ItemId == id).OrderBy(v => v.Version).ToListAsync(cancellationToken);
        ItemContent? before = null;
        var views = new List<VersionView>();
        foreach (var version in versions)
        {
            var content = Deserialize(version.ContentJson);
            views.Add(new VersionView(version.Version, version.EditedBy, version.ApprovedBy, version.PublishedAt, ItemChange.Between(before, content)));
            before = content;
        }

        return views;
    }

    public async Task<ItemView?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await db.FaqItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var draft = await db.ItemDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.ItemId == id, cancellationToken);
        return View(item, draft);
    }

    private static ItemView View(FaqItemRecord item, ItemDraftRecord? draft)
    {
        var live = ItemContent.From(item.ToModel());
        return new ItemView(item.Id, item.Status, item.Version, live, item.UpdatedBy, item.UpdatedAt,
            draft is null ? null : new DraftView(draft.State, draft.EditedBy, draft.EditedAt, Deserialize(draft.ContentJson), ItemChange.Between(item.Version == 0 ? null : live, Deserialize(draft.ContentJson)), draft.Writers));
    }

    /// <summary>Views of <paramref name="items"/>, their drafts read in one query.</summary>
    private static async Task<IReadOnlyList<ItemView>> ViewsAsync(CdsBotDbContext db, List<FaqItemRecord> items, CancellationToken cancellationToken)
    {
        var ids = items.Select(i => i.Id).ToList();
        var drafts = await db.ItemDrafts.AsNoTracking().Where(d => ids.Contains(d.ItemId)).ToDictionaryAsync(d => d.ItemId, cancellationToken);
        return [.. items.Select(i => View(i, drafts.GetValueOrDefault(i.Id)))];
    }

    /// <summary>
    /// Items in <paramref name="status"/> whose id, question, phrasings or answer hold every word of <paramref name="search"/>,
    /// read as the bot reads citizens (no diacritics needed, abbreviations and synonyms understood: "wifi" finds "Wi-Fi").
    /// </summary>
    public async Task<IReadOnlyList<ItemView>> SearchAsync(string? search, string? status, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var items = await db.FaqItems.AsNoTracking().Where(i => status == null || i.Status == status).OrderBy(i => i.Id).ToListAsync(cancellationToken);
        var analyzer = catalog.Analyzer;
        var words = string.IsNullOrWhiteSpace(search) ? [] : analyzer.Tokens(search).Where(t => !VietnameseTokenizer.IsStopWord(t)).Distinct().ToArray();
        bool Matches(FaqItemRecord i)
        {
            if (words.Length == 0)
            {
                return true;
            }

            var text = analyzer.Tokens($"{i.Question} {string.Join(' ', i.Variants)} {i.Answer}").Append(i.Id).ToHashSet(StringComparer.Ordinal);
            return words.All(text.Contains);
        }

        return await ViewsAsync(db, [.. items.Where(Matches).Take(200)], cancellationToken);
    }

    /// <summary>Items with a draft in <paramref name="state"/> (any draft when null), the longest waiting first.</summary>
    public async Task<IReadOnlyList<ItemView>> DraftsAsync(string? state, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var drafts = await db.ItemDrafts.AsNoTracking().Where(d => state == null || d.State == state).ToListAsync(cancellationToken);
        var ids = drafts.Select(d => d.ItemId).ToList();
        var items = await db.FaqItems.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        return [.. drafts.Where(d => items.ContainsKey(d.ItemId)).OrderBy(d => d.EditedAt).Select(d => View(items[d.ItemId], d))];
    }

    /// <summary>Published items whose valid_to has passed: no longer answered, waiting for review.</summary>
    public async Task<IReadOnlyList<ItemView>> ExpiredAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var withEnd = await db.FaqItems.AsNoTracking().Where(i => i.Status == "published" && i.ValidTo != null).ToListAsync(cancellationToken);
        return await ViewsAsync(db, [.. withEnd.Where(i => i.ValidTo < today)], cancellationToken);
    }

    private async Task PublishAsync(CdsBotDbContext db, FaqItemRecord item, ItemContent content, string editedBy, string approver, CancellationToken cancellationToken)
    {
        if (item.Version > 0 && !await db.ItemVersions.AnyAsync(v => v.ItemId == item.Id && v.Version == item.Version, cancellationToken))
        {
            // A version from before history was kept (e.g. imported content): keep it, so it can be rolled back to.
            db.ItemVersions.Add(new ItemVersionRecord { ItemId = item.Id, Version = item.Version, ContentJson = Serialize(ItemContent.From(item.ToModel())), EditedBy = item.UpdatedBy, ApprovedBy = item.UpdatedBy, PublishedAt = item.UpdatedAt });
        }

        var now = time.GetUtcNow();
        var next = content.ToItem(item.Id, ContentStatus.Published).ToRecord(item.Version + 1, editedBy, now);
        db.Entry(item).CurrentValues.SetValues(next);
        db.ItemVersions.Add(new ItemVersionRecord { ItemId = item.Id, Version = next.Version, ContentJson = Serialize(content), EditedBy = editedBy, ApprovedBy = approver, PublishedAt = now });
    }

    private static string Serialize(ItemContent content) => JsonSerializer.Serialize(content, JsonSerializerOptions.Web);

    private static ItemContent Deserialize(string json) => JsonSerializer.Deserialize<ItemContent>(json, JsonSerializerOptions.Web)!;
}
