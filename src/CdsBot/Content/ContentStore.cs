using CdsBot.Content.Records;
using CdsBot.Dialogs.Content;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Content;

/// <summary>The curated content in the database: the store staff edit and the bot answers from.</summary>
public sealed class ContentStore(IDbContextFactory<CdsBotDbContext> contexts, TimeProvider time)
{
    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return !await db.Topics.AnyAsync(cancellationToken) && !await db.FaqItems.AnyAsync(cancellationToken);
    }

    public async Task<ContentSet> LoadAsync(CancellationToken cancellationToken) => (await LoadWithRevisionAsync(cancellationToken)).Content;

    /// <summary>
    /// All content and the revision stamp it is at, read in one transaction so they agree (and no half-written import is
    /// ever read).
    /// </summary>
    public async Task<(ContentSet Content, string Revision)> LoadWithRevisionAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var snapshot = await ReadSnapshot.BeginAsync(db, cancellationToken);
        var revision = await RevisionAsync(db, cancellationToken);
        var topics = await db.Topics.AsNoTracking().OrderBy(t => t.Position).ToListAsync(cancellationToken);
        var documents = await db.Documents.AsNoTracking().ToListAsync(cancellationToken);
        var texts = await db.DocumentTexts.AsNoTracking().ToDictionaryAsync(t => t.Number, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var items = await db.FaqItems.AsNoTracking().OrderBy(i => i.Id).ToListAsync(cancellationToken);
        var localities = await db.Localities.AsNoTracking().OrderBy(l => l.Id).ToListAsync(cancellationToken);
        var synonyms = await db.Synonyms.AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var shorthand = await db.Shorthand.AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var guides = await db.Guides.AsNoTracking().OrderBy(g => g.Position).ToListAsync(cancellationToken);
        var lessons = await db.Lessons.AsNoTracking().OrderBy(l => l.Position).ToListAsync(cancellationToken);
        var content = new ContentSet(
            topics.Select(t => new Topic(t.Id, t.Title, t.Intro)),
            documents.Select(d => d.ToModel(texts.GetValueOrDefault(d.Number))),
            items.Select(i => i.ToModel()),
            localities.Select(l => new Locality(l.Id, l.Name, l.Aliases)),
            synonyms.Select(s => new Synonym(s.Term, s.Means)),
            shorthand.Select(s => new Synonym(s.Term, s.Means)),
            guides.Select(g => g.ToModel()),
            lessons.Select(l => l.ToModel()));
        return (content, revision);
    }

    /// <summary>The stamp of the last content change (see <see cref="ContentRevision"/>).</summary>
    public async Task<string> RevisionAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await RevisionAsync(db, cancellationToken);
    }

    private static Task<string> RevisionAsync(CdsBotDbContext db, CancellationToken cancellationToken) =>
        db.ContentRevisions.AsNoTracking().Where(r => r.Id == ContentRevisionRecord.SingleId).Select(r => r.Stamp).SingleAsync(cancellationToken);

    /// <summary>
    /// Replaces all content with <paramref name="content"/> in one transaction. An item whose text changed gets
    /// the next version; an unchanged item keeps its version and its last editor, and an unchanged document text its uploader.
    /// </summary>
    public async Task ReplaceAsync(ContentSet content, string by, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var existing = await db.FaqItems.AsNoTracking().ToDictionaryAsync(i => i.Id, cancellationToken);
        var existingTexts = await db.DocumentTexts.AsNoTracking().ToDictionaryAsync(t => t.Number, StringComparer.OrdinalIgnoreCase, cancellationToken);

        await db.FaqItems.ExecuteDeleteAsync(cancellationToken);
        await db.DocumentTexts.ExecuteDeleteAsync(cancellationToken);
        await db.Documents.ExecuteDeleteAsync(cancellationToken);
        await db.Topics.ExecuteDeleteAsync(cancellationToken);
        await db.Localities.ExecuteDeleteAsync(cancellationToken);
        await db.Synonyms.ExecuteDeleteAsync(cancellationToken);
        await db.Shorthand.ExecuteDeleteAsync(cancellationToken);
        await db.Guides.ExecuteDeleteAsync(cancellationToken);
        await db.Lessons.ExecuteDeleteAsync(cancellationToken);

        db.Topics.AddRange(content.Topics.Select((t, position) => new TopicRecord { Id = t.Id, Title = t.Title, Intro = t.Intro, Position = position }));
        db.Documents.AddRange(content.Documents.Select(d => d.ToRecord()));
        foreach (var document in content.Documents.Where(d => !string.IsNullOrWhiteSpace(d.Text)))
        {
            db.DocumentTexts.Add(existingTexts.TryGetValue(document.Number, out var stored) && stored.Text == document.Text
                ? stored
                : new DocumentTextRecord { Number = document.Number, Text = document.Text!, Format = "txt", UploadedBy = by, UploadedAt = now });
        }

        db.Localities.AddRange(content.Localities.Select(l => new LocalityRecord { Id = l.Id, Name = l.Name, Aliases = [.. l.Aliases] }));
        db.Synonyms.AddRange(content.Synonyms.Select(s => new SynonymRecord { Term = s.Term, Means = s.Means }));
        db.Shorthand.AddRange(content.Shorthand.Select(s => new ShorthandRecord { Term = s.Term, Means = s.Means }));
        db.Guides.AddRange(content.Guides.Select(GuideRecord.From));
        db.Lessons.AddRange(content.Lessons.Select(LessonRecord.From));
        foreach (var item in content.Items)
        {
            var record = item.ToRecord(1, by, now);
            if (existing.TryGetValue(item.Id, out var stored))
            {
                record = stored.SameAs(record) ? stored : item.ToRecord(stored.Version + 1, by, now);
            }

            db.FaqItems.Add(record);
        }

        ContentRevision.Touch(db);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
