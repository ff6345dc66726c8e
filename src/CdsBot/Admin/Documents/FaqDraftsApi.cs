using System.Text.RegularExpressions;
using CdsBot.Admin.Auth;
using CdsBot.Admin.Items;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Documents;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Documents.Drafting;

namespace CdsBot.Admin.Documents;

/// <summary>
/// "Đề xuất hỏi đáp": a language model drafts question–answer pairs from a document's passages; the pairs that keep to
/// their passage become new items in review, citing the document, and the others are reported with the reason. Nothing
/// is published: a publisher other than the one who asked approves each draft as usual.
/// </summary>
public static partial class FaqDraftsApi
{
    /// <summary>The tag drafted items carry, so reviewers know a model wrote them.</summary>
    public const string DraftTag = "de-xuat-ai";

    public static RouteGroupBuilder MapFaqDraftsApi(this RouteGroupBuilder admin)
    {
        admin.MapPost("/documents/{number}/faq-drafts", DraftAsync).WithTags("Document texts")
            .WithSummary("Draft question–answer pairs from a document's passages with the language model (Llm__Enabled); accepted pairs become items in review");
        return admin;
    }

    public static async Task<IResult> DraftAsync(string number, FaqDraftRequest? request, HttpContext http, FaqDrafter drafter, ContentCatalog catalog, ItemWorkflow workflow, CancellationToken cancellationToken)
    {
        if (!drafter.IsEnabled)
        {
            return TypedResults.Problem("Chưa bật trí tuệ nhân tạo (Llm__Enabled cùng Llm__Endpoint và Llm__Deployment) nên chưa đề xuất được hỏi đáp.", statusCode: StatusCodes.Status409Conflict);
        }

        var content = catalog.Content;
        if (content.FindDocument(DocumentRoute.Number(number)) is not { } document)
        {
            return TypedResults.Problem($"Không có văn bản số {DocumentRoute.Number(number)} trong danh sách văn bản.", statusCode: StatusCodes.Status404NotFound);
        }

        var passages = catalog.Passages.Of(document.Number);
        if (passages.Count == 0)
        {
            return TypedResults.Problem($"Văn bản {document.Number} chưa có toàn văn: tải toàn văn lên trước khi đề xuất hỏi đáp.", statusCode: StatusCodes.Status409Conflict);
        }

        var named = request?.PassageIds ?? [];
        if (named.Where(id => passages.All(p => p.Id != id)).ToList() is { Count: > 0 } unknown)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["passageIds"] = [$"Không phải đoạn của văn bản {document.Number}: {string.Join(", ", unknown)}."] });
        }

        var topic = request?.Topic ?? TopicOf(document, content);
        if (content.FindTopic(topic) is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["topic"] = [$"Chủ đề phải là một trong: {string.Join(", ", content.Topics.Select(t => t.Id))}."] });
        }

        var selected = (named.Count > 0 ? passages.Where(p => named.Contains(p.Id)) : passages).Take(drafter.MaxPassages).ToList();
        var drafts = await drafter.DraftAsync(document, selected, cancellationToken);
        var proposals = drafts.Accepted.Select(pair => (IdPrefix: $"{Slug(document.Number)}-d{selected.Single(p => p.Id == pair.PassageId).Order}", Content: new ItemContent
        {
            Topic = topic,
            Locality = document.Locality,
            Question = pair.Question,
            Answer = pair.Answer,
            Sources = [document.Number],
            Tags = [DraftTag],
        })).ToList();
        var filed = await workflow.ProposeAsync(proposals, StaffPrincipal.Name(http.User), cancellationToken);
        if (filed.Value is not { } items)
        {
            return filed.ToResult();
        }

        return TypedResults.Ok(new
        {
            document = document.Number,
            passages = selected.Count,
            drafted = drafts.Accepted.Zip(items, (pair, item) => new { itemId = item.Id, pair.PassageId, pair.Question, pair.Answer }),
            refused = drafts.Refused,
            failed = drafts.Failed,
        });
    }

    /// <summary>The topic most items citing <paramref name="document"/> are under, else the first topic.</summary>
    private static string TopicOf(SourceDocument document, ContentSet content) =>
        content.Items.Where(i => i.Sources.Contains(document.Number, StringComparer.OrdinalIgnoreCase))
            .GroupBy(i => i.Topic).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault()
        ?? (content.Topics.Count > 0 ? content.Topics[0].Id : "");

    /// <summary>"505/QĐ-TTg" → "505-qd-ttg": an item id's first part.</summary>
    private static string Slug(string number)
    {
        var slug = NotIdChars().Replace(VietnameseText.Fold(number).ToLowerInvariant(), "-").Trim('-');
        return slug.Length > 100 ? slug[..100].TrimEnd('-') : slug.Length < 2 ? "van-ban" : slug;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotIdChars();
}
