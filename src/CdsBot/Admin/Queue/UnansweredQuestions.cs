using CdsBot.Admin.Audit;
using CdsBot.Admin.Items;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Admin.Queue;

/// <summary>
/// What citizens asked that the bot declined or was unsure about, grouped so staff see the common questions first;
/// a question can be attached to an item as a new phrasing (active learning), turned into a new item, or dismissed.
/// </summary>
public sealed class UnansweredQuestions(IDbContextFactory<CdsBotDbContext> contexts, ItemWorkflow workflow, AuditLog audit)
{
    public async Task<IReadOnlyList<QuestionGroup>> OpenGroupsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = await db.Unanswered.AsNoTracking().Where(u => u.Status == "open").ToListAsync(cancellationToken);
        return [.. open
            .GroupBy(u => Key(u.Folded))
            .Select(g =>
            {
                var latest = g.OrderByDescending(u => u.Id).First();
                var best = g.Where(u => u.BestScore != null).OrderByDescending(u => u.BestScore).FirstOrDefault();
                return new QuestionGroup(latest.Text, g.Count(), [.. g.Select(u => u.Id)], latest.Band, best?.BestItemId, best?.BestScore, latest.AskedAt);
            })
            .OrderByDescending(g => g.Count)
            .ThenByDescending(g => g.QuestionIds.Max())];
    }

    /// <summary>
    /// Adds the question as a phrasing of <paramref name="itemId"/>: published at once by a publisher (the answer itself is
    /// unchanged), or as a draft submitted for review when an editor does it. The group's questions are closed.
    /// </summary>
    public async Task<WorkflowOutcome<ItemView>> AttachAsync(long questionId, string itemId, string actor, bool canPublish, CancellationToken cancellationToken)
    {
        string text;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var question = await db.Unanswered.FindAsync([questionId], cancellationToken);
            if (question is null)
            {
                return WorkflowOutcome<ItemView>.NotFound("No such question in the queue.");
            }

            text = question.Text.Trim();
        }

        var item = await workflow.FindAsync(itemId, cancellationToken);
        if (item is null)
        {
            return WorkflowOutcome<ItemView>.NotFound($"No item '{itemId}'.");
        }

        var basis = item.Draft?.Content ?? item.Live;
        var outcome = await workflow.SaveDraftAsync(itemId, basis with { Variants = [.. basis.Variants, text] }, actor, cancellationToken);
        if (outcome.Status == StatusCodes.Status200OK)
        {
            outcome = await workflow.SubmitAsync(itemId, actor, cancellationToken);
            if (canPublish && outcome.Status == StatusCodes.Status200OK)
            {
                outcome = await workflow.PublishVariantAsync(itemId, actor, cancellationToken);
            }

            await CloseGroupAsync(questionId, "attached", actor, itemId, cancellationToken);
        }

        return outcome;
    }

    /// <summary>Creates a new item (a draft) answering the queued question, and closes the question and its look-alikes.</summary>
    public async Task<WorkflowOutcome<ItemView>> CreateItemAsync(long questionId, NewItem request, string actor, CancellationToken cancellationToken)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await db.Unanswered.FindAsync([questionId], cancellationToken) is null)
            {
                return WorkflowOutcome<ItemView>.NotFound("No such question in the queue.");
            }
        }

        var outcome = await workflow.CreateAsync(request, actor, cancellationToken);
        if (outcome.Status == StatusCodes.Status200OK)
        {
            await CloseGroupAsync(questionId, "converted", actor, request.Id, cancellationToken);
        }

        return outcome;
    }

    public async Task<bool> DismissAsync(long questionId, string actor, CancellationToken cancellationToken) =>
        await CloseGroupAsync(questionId, "dismissed", actor, null, cancellationToken);

    /// <summary>Closes every open question that reads like <paramref name="questionId"/>.</summary>
    private async Task<bool> CloseGroupAsync(long questionId, string status, string actor, string? itemId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var question = await db.Unanswered.FindAsync([questionId], cancellationToken);
        if (question is null)
        {
            return false;
        }

        var key = Key(question.Folded);
        var group = (await db.Unanswered.Where(u => u.Status == "open").ToListAsync(cancellationToken)).Where(u => Key(u.Folded) == key).ToList();
        foreach (var member in group.Append(question).Distinct())
        {
            member.Status = status;
        }

        audit.Record(db, actor, $"question.{status}", itemId ?? questionId.ToString(System.Globalization.CultureInfo.InvariantCulture), new { question = question.Text, count = group.Count });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Questions read alike when their content words are the same, in any order: "vneid la gi" ~ "la gi vneid".</summary>
    private static string Key(string folded) =>
        string.Join(' ', VietnameseTokenizer.Tokens(folded).Where(t => !VietnameseTokenizer.IsStopWord(t)).Distinct().Order(StringComparer.Ordinal));
}
