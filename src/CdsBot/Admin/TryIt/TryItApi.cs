using System.Text.Json;
using CdsBot.Admin.Items;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Flows.Documents;
using CdsBot.Dialogs.Flows.Faq;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CdsBot.Admin.TryIt;

/// <summary>The try-it panel: the answer a question would get, the top candidates with their confidence, and which item answered.</summary>
public static class TryItApi
{
    public static RouteGroupBuilder MapTryItApi(this RouteGroupBuilder admin)
    {
        admin.MapPost("/try", TryAsync).WithTags("Try it").WithSummary("Ask a question as a citizen would, optionally against drafts too");
        return admin;
    }

    public static async Task<IResult> TryAsync(TryItRequest request, ContentCatalog catalog, IOptions<RetrievalOptions> options, IDbContextFactory<CdsBotDbContext> contexts, TimeProvider time, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Question))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["question"] = ["Anh/Chị gõ câu hỏi muốn thử."] });
        }

        var content = catalog.Content;
        var index = catalog.Index;
        if (request.IncludeDrafts)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var drafts = await db.ItemDrafts.AsNoTracking().ToListAsync(cancellationToken);
            var proposed = drafts.Select(d => JsonSerializer.Deserialize<ItemContent>(d.ContentJson, JsonSerializerOptions.Web)!.ToItem(d.ItemId, ContentStatus.Published)).ToList();
            var ids = proposed.Select(p => p.Id).ToHashSet();
            var today = VietnamTime.Today(time);
            content = new ContentSet(content.Topics, content.Documents, content.Items.Where(i => !ids.Contains(i.Id)).Concat(proposed), content.Localities, content.Synonyms, content.Shorthand);
            index = ContentCatalog.Build(content, today).Index;
        }

        var bands = options.Value;
        var candidates = index.Search(request.Question, 5);
        var best = candidates.Count > 0 ? candidates[0] : null;
        var figure = AskedFigure.In(request.Question, catalog.Analyzer);
        var decision = AnswerDecision.For(candidates, bands, figure);
        var passage = PassageDecision.For(catalog.Passages, index, catalog.Analyzer, content, request.Question, decision, bands);
        var band = passage is { Beside: false } ? "document" : decision.Band;
        return TypedResults.Ok(new
        {
            band,
            answeredItemId = band == "answered" ? best!.Item.Id : null,
            answer = band == "answered" ? AnswerText.Compose(best!.Item, content) : null,
            // The excerpt of a document the bot would quote: instead of any item (band "document") or after the answer.
            passage = passage is null ? null : new
            {
                id = passage.Found.Passage.Id,
                documentNumber = passage.Found.Passage.DocumentNumber,
                headingPath = passage.Found.Passage.HeadingPath,
                fit = Math.Round(passage.Found.Fit, 3),
                beside = passage.Beside,
                excerpt = PassageAnswer.Compose(passage.Found.Passage, content.FindDocument(passage.Found.Passage.DocumentNumber)),
            },
            offeredItemIds = decision.Offered.Select(c => c.Item.Id),
            // The figure the question asks ("money", "share", "duration"): an item whose answer states none is only offered.
            askedFigure = figure == FigureKind.None ? null : figure.ToString().ToLowerInvariant(),
            candidates = candidates.Select(c => new { itemId = c.Item.Id, question = c.Item.Question, confidence = Math.Round(c.Confidence, 3), fit = Math.Round(c.Fit, 3), rank = Math.Round(c.Rank, 3) }),
        });
    }
}
