using System.Text;
using CdsBot.Admin.Auth;
using CdsBot.Admin.Staff;
using CdsBot.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CdsBot.Admin.Places;

/// <summary>
/// /admin/api/places: the communes and wards citizens pick when they subscribe (and that items and documents name).
/// Editors read the list; publishers change it, one place at a time or the whole list as a file in the format of
/// content/localities.yaml. A change is in force at once, on every instance.
/// </summary>
public static class PlacesApi
{
    private const int MaxFileBytes = 1024 * 1024;
    private const string YamlType = "application/yaml";

    public static RouteGroupBuilder MapPlacesApi(this RouteGroupBuilder admin)
    {
        var places = admin.MapGroup("/places").WithTags("Places");
        places.MapGet("", (PlaceList list, CancellationToken ct) => list.ListAsync(ct))
            .WithSummary("The places, by name, each with what names it (items, documents, subscribers, campaigns)");
        places.MapGet("/export", ExportAsync)
            .WithSummary("The whole list as YAML, in the format of content/localities.yaml");

        var change = places.MapGroup("/").RequireAuthorization(StaffRoles.Publisher);
        change.MapPut("/{id}", SaveAsync)
            .WithSummary("Add a place (a new id) or change its name and other names; in force at once");
        change.MapDelete("/{id}", RemoveAsync)
            .WithSummary("Remove a place; refused (409) while items, documents, subscribers or campaigns name it");
        change.MapPost("/import", ImportAsync)
            .WithSummary("Replace the whole list with a YAML file (the body, sent as application/yaml, text/yaml or application/octet-stream); checked whole, nothing stored on any error; dryRun=true only checks");
        return admin;
    }

    public static async Task<FileContentHttpResult> ExportAsync(PlaceList list, CancellationToken cancellationToken) =>
        TypedResults.File(Encoding.UTF8.GetBytes(await list.ExportAsync(cancellationToken)), $"{YamlType}; charset=utf-8", "localities.yaml");

    public static async Task<IResult> SaveAsync(string id, PlaceInput input, HttpContext http, PlaceList list, CancellationToken cancellationToken) =>
        (await list.SaveAsync(id, input, StaffPrincipal.Name(http.User), cancellationToken)).ToResult();

    public static async Task<IResult> RemoveAsync(string id, HttpContext http, PlaceList list, CancellationToken cancellationToken)
    {
        var outcome = await list.RemoveAsync(id, StaffPrincipal.Name(http.User), cancellationToken);
        return outcome.Value is null ? outcome.ToResult() : TypedResults.NoContent();
    }

    public static async Task<IResult> ImportAsync(HttpRequest http, bool? dryRun, PlaceList list, CancellationToken cancellationToken)
    {
        // The body is the file, so its type must say so: forms and text/plain (what another site can make a browser send
        // without asking) are refused.
        var type = http.ContentType is { } header && System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(header, out var parsed) ? parsed.MediaType : null;
        if (type is not (YamlType or "text/yaml" or "application/x-yaml" or "application/octet-stream"))
        {
            return TypedResults.Problem($"Tệp danh sách địa phương phải gửi với Content-Type {YamlType} (hoặc text/yaml, application/octet-stream), không phải {type ?? "không ghi kiểu"}.",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Sai kiểu tệp");
        }

        var body = await RequestBody.ReadAsync(http, MaxFileBytes, cancellationToken);
        if (body is null)
        {
            return TypedResults.Problem($"Tệp lớn hơn {MaxFileBytes / 1048576} MB.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Tệp quá lớn");
        }

        string yaml;
        try
        {
            yaml = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return TypedResults.BadRequest(Refusal([new PlaceProblem(0, "", "file", "Tệp không phải chữ UTF-8. Anh/Chị mở tệp bằng Notepad hoặc trình soạn thảo, lưu lại dạng UTF-8 rồi nhập lại.")]));
        }

        var (imported, problems) = await list.ImportAsync(yaml, dryRun == true, StaffPrincipal.Name(http.HttpContext.User), cancellationToken);
        return imported is null ? TypedResults.BadRequest(Refusal(problems)) : TypedResults.Ok(imported);
    }

    /// <summary>A refused file: every problem by line, and a sentence saying nothing was stored.</summary>
    private static object Refusal(List<PlaceProblem> problems) => new
    {
        title = "Tệp chưa nhập được",
        detail = $"Tệp có {problems.Count} lỗi; chưa lưu gì, danh sách địa phương giữ nguyên.",
        errors = problems.Select(p => new { p.Line, p.PlaceId, p.Field, p.Message, text = p.ToString() }),
    };
}
