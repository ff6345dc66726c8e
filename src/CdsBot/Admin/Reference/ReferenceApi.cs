using CdsBot.Admin.Audit;
using CdsBot.Admin.Auth;
using CdsBot.Admin.Staff;
using CdsBot.Content;
using CdsBot.Content.Records;
using CdsBot.Dialogs.Content;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Admin.Reference;

/// <summary>
/// Source documents and synonyms, and the audit log. Documents and synonyms take effect at once (citations in answers,
/// how questions are read), so changing them is a publisher's action.
/// </summary>
public static class ReferenceApi
{
    public static RouteGroupBuilder MapReferenceApi(this RouteGroupBuilder admin)
    {
        admin.MapGet("/documents", async (IDbContextFactory<CdsBotDbContext> contexts, CancellationToken ct) =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            return (await db.Documents.AsNoTracking().ToListAsync(ct)).Select(d => d.ToModel()).OrderBy(d => d.Number, StringComparer.Ordinal);
        }).WithTags("Documents").WithSummary("Source documents answers cite");
        admin.MapPut("/documents", SaveDocumentAsync).RequireAuthorization(StaffRoles.Publisher).WithTags("Documents")
            .WithSummary("Add or change a source document (by its number)");

        admin.MapGet("/synonyms", async (IDbContextFactory<CdsBotDbContext> contexts, CancellationToken ct) =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            return await db.Synonyms.AsNoTracking().OrderBy(s => s.Term).Select(s => new Synonym(s.Term, s.Means)).ToListAsync(ct);
        }).WithTags("Synonyms").WithSummary("Abbreviations and other wordings, and what they mean");
        admin.MapPut("/synonyms", SaveSynonymAsync).RequireAuthorization(StaffRoles.Publisher).WithTags("Synonyms").WithSummary("Add or change a synonym");
        admin.MapDelete("/synonyms", DeleteSynonymAsync).RequireAuthorization(StaffRoles.Publisher).WithTags("Synonyms").WithSummary("Remove a synonym (?term=…)");

        admin.MapGet("/audit", async (string? target, IDbContextFactory<CdsBotDbContext> contexts, CancellationToken ct) =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            return await db.AuditEntries.AsNoTracking().Where(a => target == null || a.Target == target).OrderByDescending(a => a.Id).Take(500).ToListAsync(ct);
        }).RequireAuthorization(StaffRoles.Publisher).WithTags("Audit").WithSummary("Who changed or published what, newest first");
        return admin;
    }

    private static readonly Dictionary<string, string> DocumentFields = new() { ["number"] = "số hiệu", ["type"] = "loại văn bản", ["issuer"] = "cơ quan ban hành", ["title"] = "tên văn bản" };

    public static async Task<IResult> SaveDocumentAsync(SourceDocument document, HttpContext http, IDbContextFactory<CdsBotDbContext> contexts, ContentLoader loader, AuditLog audit, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (field, value) in new[] { ("number", document.Number), ("type", document.Type), ("issuer", document.Issuer), ("title", document.Title) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors[field] = [$"Thiếu {DocumentFields[field]}."];
            }
        }

        if (document.Text is not null)
        {
            // The full text is read from a file and split into passages; a text in this body would be silently lost.
            errors["text"] = ["Toàn văn được tải lên dạng tệp ở thẻ “Văn bản” (PUT /admin/api/documents/{number}/text, trường 'file')."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await db.Documents.FindAsync([document.Number], cancellationToken);
        if (existing is null)
        {
            db.Documents.Add(document.ToRecord());
        }
        else
        {
            db.Entry(existing).CurrentValues.SetValues(document.ToRecord());
        }

        audit.Record(db, StaffPrincipal.Name(http.User), existing is null ? "document.create" : "document.update", document.Number, document);
        ContentRevision.Touch(db);
        await db.SaveChangesAsync(cancellationToken);
        await loader.ReloadAsync(cancellationToken);
        return TypedResults.Ok(document);
    }

    public static async Task<IResult> SaveSynonymAsync(Synonym synonym, HttpContext http, IDbContextFactory<CdsBotDbContext> contexts, ContentLoader loader, AuditLog audit, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(synonym.Term) || string.IsNullOrWhiteSpace(synonym.Means))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["term"] = ["Điền cả từ và nghĩa của nó."] });
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var term = synonym.Term.Trim();
        if (await db.Shorthand.AnyAsync(s => s.Term == term, cancellationToken))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["term"] = [$"'{term}' đã có trong bảng viết tắt khi nhắn tin; mỗi từ chỉ có một nghĩa, nên Anh/Chị sửa hoặc xóa nó ở bảng đó."] });
        }

        var existing = await db.Synonyms.SingleOrDefaultAsync(s => s.Term == term, cancellationToken);
        if (existing is null)
        {
            db.Synonyms.Add(new SynonymRecord { Term = term, Means = synonym.Means.Trim() });
        }
        else
        {
            existing.Means = synonym.Means.Trim();
        }

        audit.Record(db, StaffPrincipal.Name(http.User), "synonym.save", term, synonym);
        ContentRevision.Touch(db);
        await db.SaveChangesAsync(cancellationToken);
        await loader.ReloadAsync(cancellationToken);
        return TypedResults.Ok(synonym);
    }

    public static async Task<IResult> DeleteSynonymAsync(string? term, HttpContext http, IDbContextFactory<CdsBotDbContext> contexts, ContentLoader loader, AuditLog audit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var removed = await db.Synonyms.Where(s => s.Term == term).ExecuteDeleteAsync(cancellationToken);
        if (removed == 0)
        {
            return TypedResults.NotFound();
        }

        audit.Record(db, StaffPrincipal.Name(http.User), "synonym.delete", term!);
        ContentRevision.Touch(db);
        await db.SaveChangesAsync(cancellationToken);
        await loader.ReloadAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
