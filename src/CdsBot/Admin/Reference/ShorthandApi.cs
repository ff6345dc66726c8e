using System.Text;
using CdsBot.Admin.Audit;
using CdsBot.Admin.Auth;
using CdsBot.Admin.Staff;
using CdsBot.Content;
using CdsBot.Content.Records;
using CdsBot.Dialogs.Content;
using CdsBot.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Admin.Reference;

/// <summary>
/// Chat shorthand and teencode ("ko" → "không"), edited like synonyms: read by editors, changed by publishers, in
/// force at once because it changes how questions are read.
/// </summary>
public static class ShorthandApi
{
    public static RouteGroupBuilder MapShorthandApi(this RouteGroupBuilder admin)
    {
        admin.MapGet("/shorthand", ListAsync).WithTags("Shorthand").WithSummary("Chat shorthand and teencode, and what they mean");
        admin.MapPut("/shorthand", SaveAsync).RequireAuthorization(StaffRoles.Publisher).WithTags("Shorthand").WithSummary("Add or change a shorthand entry (by its term)");
        admin.MapDelete("/shorthand", DeleteAsync).RequireAuthorization(StaffRoles.Publisher).WithTags("Shorthand").WithSummary("Remove a shorthand entry (?term=…)");
        return admin;
    }

    public static async Task<List<Synonym>> ListAsync(IDbContextFactory<CdsBotDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Shorthand.AsNoTracking().OrderBy(s => s.Term).Select(s => new Synonym(s.Term, s.Means)).ToListAsync(cancellationToken);
    }

    public static async Task<Results<Ok<Synonym>, ValidationProblem>> SaveAsync(Synonym entry, HttpContext http, IDbContextFactory<CdsBotDbContext> contexts, ContentLoader loader, AuditLog audit, CancellationToken cancellationToken)
    {
        // Stored as the content files are read (NFC, trimmed), so a term typed here and one imported compare equal.
        var (term, means) = (Clean(entry.Term), Clean(entry.Means));
        var errors = new Dictionary<string, string[]>();
        if (term.Length == 0)
        {
            errors["term"] = ["Thiếu từ viết tắt người dân gõ, ví dụ \"ko\"."];
        }

        if (means.Length == 0)
        {
            errors["means"] = ["Thiếu nghĩa của từ viết tắt, ví dụ \"không\"."];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (term.Length > 0 && await db.Synonyms.AnyAsync(s => s.Term == term, cancellationToken))
        {
            errors["term"] = [$"'{term}' đã có trong bảng từ đồng nghĩa; mỗi từ chỉ có một nghĩa, nên Anh/Chị sửa hoặc xóa nó ở bảng đó."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var existing = await db.Shorthand.SingleOrDefaultAsync(s => s.Term == term, cancellationToken);
        if (existing is null)
        {
            db.Shorthand.Add(new ShorthandRecord { Term = term, Means = means });
        }
        else
        {
            existing.Means = means;
        }

        var saved = new Synonym(term, means);
        audit.Record(db, StaffPrincipal.Name(http.User), "shorthand.save", term, saved);
        ContentRevision.Touch(db);
        await db.SaveChangesAsync(cancellationToken);
        await loader.ReloadAsync(cancellationToken);
        return TypedResults.Ok(saved);
    }

    public static async Task<Results<NoContent, NotFound, ValidationProblem>> DeleteAsync(string? term, HttpContext http, IDbContextFactory<CdsBotDbContext> contexts, ContentLoader loader, AuditLog audit, CancellationToken cancellationToken)
    {
        var cleaned = Clean(term);
        if (cleaned.Length == 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["term"] = ["Ghi từ cần xóa: ?term=…"] });
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var removed = await db.Shorthand.Where(s => s.Term == cleaned).ExecuteDeleteAsync(cancellationToken);
        if (removed == 0)
        {
            return TypedResults.NotFound();
        }

        audit.Record(db, StaffPrincipal.Name(http.User), "shorthand.delete", cleaned);
        ContentRevision.Touch(db);
        await db.SaveChangesAsync(cancellationToken);
        await loader.ReloadAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static string Clean(string? text) => (text ?? "").Normalize(NormalizationForm.FormC).Trim();
}
