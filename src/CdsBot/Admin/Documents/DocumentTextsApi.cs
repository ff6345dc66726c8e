using CdsBot.Admin.Auth;
using CdsBot.Admin.Staff;
using CdsBot.Dialogs.Documents;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Documents;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace CdsBot.Admin.Documents;

/// <summary>
/// Documents' full texts: upload (DOCX, PDF or TXT, the multipart field "file"), read, remove, and the passages the bot
/// reads them in. A text takes effect at once, like the document it belongs to, so changing it is a publisher's action.
/// Route numbers carry their slash as %2F: /documents/505%2FQĐ-TTg/text.
/// </summary>
public static class DocumentTextsApi
{
    /// <summary>Room for the multipart envelope around the file.</summary>
    private const int FormOverheadBytes = 64 * 1024;

    public static RouteGroupBuilder MapDocumentTextsApi(this RouteGroupBuilder admin)
    {
        admin.MapGet("/document-texts", (DocumentTexts texts, CancellationToken ct) => texts.ListAsync(ct))
            .WithTags("Document texts").WithSummary("Every document, with whether it has a full text and in how many passages");
        var document = admin.MapGroup("/documents/{number}").WithTags("Document texts");
        document.MapGet("/text", GetAsync).WithSummary("A document's full text and where it came from");
        document.MapPut("/text", UploadAsync).RequireAuthorization(StaffRoles.Publisher)
            .AddOpenApiOperationTransformer(DescribeFileFieldAsync)
            .WithSummary("Upload or replace a document's full text: a .docx, .pdf or .txt file in the form field 'file'");
        document.MapDelete("/text", DeleteAsync).RequireAuthorization(StaffRoles.Publisher).WithSummary("Remove a document's full text");
        document.MapGet("/passages", Passages).WithSummary("The passages of a document's text in force, in order");
        return admin;
    }

    public static async Task<IResult> GetAsync(string number, DocumentTexts texts, CancellationToken cancellationToken) =>
        await texts.FindAsync(DocumentRoute.Number(number), cancellationToken) is { } text
            ? TypedResults.Ok(text)
            : TypedResults.Problem($"Văn bản {DocumentRoute.Number(number)} chưa có toàn văn.", statusCode: StatusCodes.Status404NotFound);

    public static async Task<IResult> UploadAsync(string number, HttpRequest request, DocumentTexts texts, IOptions<DocumentsOptions> options, CancellationToken cancellationToken)
    {
        var stored = await texts.FindNumberAsync(DocumentRoute.Number(number), cancellationToken);
        if (stored is null)
        {
            return UnknownDocument(number);
        }

        var max = options.Value.MaxUploadBytes;
        if (request.ContentLength > max + FormOverheadBytes)
        {
            return Refused(DocumentTextError.TooLarge(options.Value.MaxUploadMegabytes));
        }

        if (!request.HasFormContentType)
        {
            return Refused(DocumentTextError.Missing() with { Status = StatusCodes.Status415UnsupportedMediaType });
        }

        IFormFile? file;
        try
        {
            if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = max + FormOverheadBytes;
            }

            file = (await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = max + FormOverheadBytes }, cancellationToken)).Files.GetFile("file");
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            return Refused(ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException
                ? DocumentTextError.TooLarge(options.Value.MaxUploadMegabytes)
                : DocumentTextError.Missing());
        }

        if (file is null)
        {
            return Refused(DocumentTextError.Missing());
        }

        if (file.Length > max)
        {
            return Refused(DocumentTextError.TooLarge(options.Value.MaxUploadMegabytes));
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        try
        {
            return TypedResults.Ok(await texts.SaveAsync(stored, file.FileName, buffer.ToArray(), StaffPrincipal.Name(request.HttpContext.User), cancellationToken));
        }
        catch (DocumentTextException refused)
        {
            return Refused(refused.Error);
        }
    }

    public static async Task<IResult> DeleteAsync(string number, HttpContext http, DocumentTexts texts, CancellationToken cancellationToken) =>
        await texts.DeleteAsync(DocumentRoute.Number(number), StaffPrincipal.Name(http.User), cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Problem($"Văn bản {DocumentRoute.Number(number)} chưa có toàn văn.", statusCode: StatusCodes.Status404NotFound);

    public static IResult Passages(string number, ContentCatalog catalog)
    {
        var document = catalog.Content.FindDocument(DocumentRoute.Number(number));
        return document is null
            ? UnknownDocument(number)
            : TypedResults.Ok(catalog.Passages.Of(document.Number).Select(p => new PassageView(p.Id, p.Order, p.HeadingPath, p.Text)));
    }

    private static ProblemHttpResult UnknownDocument(string number) =>
        TypedResults.Problem($"Không có văn bản số {DocumentRoute.Number(number)} trong danh sách văn bản.", statusCode: StatusCodes.Status404NotFound);

    /// <summary>
    /// Tells the OpenAPI document about the form field "file". Not <c>Accepts&lt;IFormFile&gt;</c>: that metadata makes
    /// routing answer any other content type with 415 before authorization, so an anonymous caller would not get 401.
    /// </summary>
    private static Task DescribeFileFieldAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["multipart/form-data"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { "file" },
                        Properties = new Dictionary<string, IOpenApiSchema> { ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "A .docx, .pdf or .txt file" } },
                    },
                },
            },
        };
        return Task.CompletedTask;
    }

    /// <summary>A problem naming the field "file", with the message and a machine-readable code.</summary>
    private static ProblemHttpResult Refused(DocumentTextError error) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["file"] = [error.Message] })
        {
            Status = error.Status,
            Title = "Không nhận được tệp",
            Detail = error.Message,
            Extensions = { ["code"] = error.Code },
        });
}
