using CdsBot.Admin.Audit;
using CdsBot.Content;
using CdsBot.Content.Records;
using CdsBot.Dialogs.Documents;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Documents;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Admin.Documents;

/// <summary>
/// Document texts staff upload, replace and remove. A text is read and split whole before anything is written; the
/// text, its audit entry and the content revision commit together; only then is the content put in force here (and
/// the other instances follow the revision).
/// </summary>
public sealed class DocumentTexts(IDbContextFactory<CdsBotDbContext> contexts, DocumentTextExtractor extractor, ContentLoader loader, ContentCatalog catalog, AuditLog audit, TimeProvider time)
{
    /// <summary>The registered document numbered <paramref name="number"/> as stored (its exact spelling), or null.</summary>
    public async Task<string?> FindNumberAsync(string number, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await db.Documents.AsNoTracking().Where(d => d.Number == number).Select(d => d.Number).FirstOrDefaultAsync(cancellationToken))
            ?? catalog.Content.FindDocument(number)?.Number;
    }

    /// <summary>Reads <paramref name="bytes"/> and stores its text as <paramref name="number"/>'s; throws <see cref="DocumentTextException"/>.</summary>
    public async Task<DocumentTextUploaded> SaveAsync(string number, string fileName, byte[] bytes, string actor, CancellationToken cancellationToken)
    {
        var extracted = extractor.Extract(fileName, bytes);
        var passages = PassageSplitter.Split(number, extracted.Text);
        if (passages.Count == 0)
        {
            throw new DocumentTextException(DocumentTextError.Empty());
        }

        var now = time.GetUtcNow();
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var record = await db.DocumentTexts.FindAsync([number], cancellationToken);
            if (record is null)
            {
                record = new DocumentTextRecord { Number = number, Text = "", Format = "", UploadedBy = "" };
                db.DocumentTexts.Add(record);
            }

            (record.Text, record.FileName, record.Format, record.UploadedBy, record.UploadedAt) = (extracted.Text, Path.GetFileName(fileName), extracted.Format, actor, now);
            audit.Record(db, actor, "document.text.upload", number, new { fileName = record.FileName, extracted.Format, characters = extracted.Text.Length, passages = passages.Count, extracted.Warnings });
            ContentRevision.Touch(db);
            await db.SaveChangesAsync(cancellationToken);
        }

        await loader.ReloadAsync(cancellationToken);
        return new DocumentTextUploaded(number, Path.GetFileName(fileName), extracted.Format, extracted.Text.Length, catalog.Passages.Of(number).Count, actor, now, extracted.Warnings);
    }

    /// <summary>Removes <paramref name="number"/>'s text; false when it had none.</summary>
    public async Task<bool> DeleteAsync(string number, string actor, CancellationToken cancellationToken)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var record = await db.DocumentTexts.FindAsync([number], cancellationToken);
            if (record is null)
            {
                return false;
            }

            db.DocumentTexts.Remove(record);
            audit.Record(db, actor, "document.text.delete", number, new { record.FileName });
            ContentRevision.Touch(db);
            await db.SaveChangesAsync(cancellationToken);
        }

        await loader.ReloadAsync(cancellationToken);
        return true;
    }

    public async Task<DocumentTextView?> FindAsync(string number, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.DocumentTexts.AsNoTracking().SingleOrDefaultAsync(t => t.Number == number, cancellationToken);
        return record is null ? null : new DocumentTextView(record.Number, record.FileName, record.Format, record.Text.Length, record.UploadedBy, record.UploadedAt, record.Text);
    }

    /// <summary>Every document with whether it has a text, numbers in order.</summary>
    public async Task<IReadOnlyList<DocumentTextSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var texts = await db.DocumentTexts.AsNoTracking()
            .Select(t => new { t.Number, t.FileName, t.Format, Characters = t.Text.Length, t.UploadedBy, t.UploadedAt })
            .ToDictionaryAsync(t => t.Number, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var documents = (await db.Documents.AsNoTracking().ToListAsync(cancellationToken)).Select(d => d.ToModel());
        return [.. documents.OrderBy(d => d.Number, StringComparer.Ordinal).Select(d => texts.TryGetValue(d.Number, out var t)
            ? new DocumentTextSummary(d.Number, d.Citation, d.Title, true, t.FileName, t.Format, t.Characters, catalog.Passages.Of(d.Number).Count, t.UploadedBy, t.UploadedAt)
            : new DocumentTextSummary(d.Number, d.Citation, d.Title, false, null, null, 0, 0, null, null))];
    }
}
