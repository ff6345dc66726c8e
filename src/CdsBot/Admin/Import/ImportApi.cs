using System.Text;
using CdsBot.Admin.Auth;
using CdsBot.Admin.Items;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Http;

namespace CdsBot.Admin.Import;

/// <summary>
/// Items to and from CSV and XLSX, with the content files' columns. An import is checked whole first: any row error and
/// nothing is written, every error listed with its row; a dry run only checks. Imported rows become drafts (new items or
/// the next version of existing ones), which go through review like any other draft.
/// </summary>
public static class ImportApi
{
    private const int MaxFileBytes = 10 * 1024 * 1024;

    public static RouteGroupBuilder MapImportApi(this RouteGroupBuilder admin)
    {
        admin.MapPost("/items/import", ImportAsync).WithTags("Import and export")
            .WithSummary("Import items from the request body, the file's bytes (format=csv|xlsx, sent as text/csv or the XLSX type); dryRun=true only checks");
        admin.MapGet("/items/export", Export).WithTags("Import and export").WithSummary("All items as CSV or XLSX (format=csv|xlsx)");
        return admin;
    }

    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<IResult> ImportAsync(HttpRequest http, string? format, bool? dryRun, ContentCatalog catalog, ItemWorkflow workflow, CancellationToken cancellationToken)
    {
        // The body is the file's bytes, so its type must say so: text/plain, forms and untyped bodies (what another site
        // can make a browser send without asking) are refused.
        var accepted = format?.ToLowerInvariant() == "xlsx" ? XlsxType : "text/csv";
        var type = http.ContentType is { } header && System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(header, out var parsed) ? parsed.MediaType : null;
        if (!string.Equals(type, accepted, StringComparison.OrdinalIgnoreCase) && !string.Equals(type, "application/octet-stream", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(
                $"Tệp nhập phải gửi với Content-Type {accepted} (hoặc application/octet-stream), không phải {type ?? "không ghi kiểu"}.",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Sai kiểu tệp");
        }

        var body = await RequestBody.ReadAsync(http, MaxFileBytes, cancellationToken);
        if (body is null)
        {
            return TypedResults.Problem($"Tệp lớn hơn {MaxFileBytes / 1048576} MB.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        List<List<string>> table;
        try
        {
            table = format?.ToLowerInvariant() switch
            {
                "xlsx" => XlsxTable.Read(new MemoryStream(body)),
                "csv" => CsvTable.Read(Encoding.UTF8.GetString(body).TrimStart('\uFEFF')),
                _ => throw new FormatException("Ghi rõ format=csv hoặc format=xlsx."),
            };
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or IOException)
        {
            return TypedResults.Problem("Không đọc được tệp: tệp hỏng hoặc không phải CSV/XLSX. Anh/Chị lưu lại tệp từ Excel dạng .xlsx hoặc .csv (UTF-8) rồi thử lại.", statusCode: StatusCodes.Status400BadRequest, title: "Không đọc được tệp");
        }

        var (rows, errors) = ItemSheet.Read(table, catalog.Content);
        if (errors.Count > 0)
        {
            return TypedResults.BadRequest(new { imported = 0, errors = errors.Select(e => new { e.Row, e.Column, e.Message, text = e.ToString() }) });
        }

        if (dryRun == true)
        {
            return TypedResults.Ok(new { imported = 0, valid = rows.Count, dryRun = true });
        }

        await workflow.ImportDraftsAsync(rows, StaffPrincipal.Name(http.HttpContext.User), cancellationToken);
        return TypedResults.Ok(new { imported = rows.Count, dryRun = false });
    }

    public static IResult Export(string? format, ContentCatalog catalog)
    {
        var rows = ItemSheet.Write(catalog.Content.Items).ToList();
        return format?.ToLowerInvariant() == "xlsx"
            ? TypedResults.File(XlsxTable.Write(rows), XlsxType, "cdsbot-items.xlsx")
            : TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(CsvTable.Write(rows))).ToArray(), "text/csv; charset=utf-8", "cdsbot-items.csv");
    }
}
