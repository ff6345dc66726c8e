using CdsBot.Admin.Audit;
using CdsBot.Admin.Items;
using CdsBot.Content;
using CdsBot.Dialogs.Privacy;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CdsBot.Admin.Queue;

/// <summary>
/// What citizens asked that the bot declined or was unsure about, grouped so staff see the common questions first;
/// a question can be attached to an item as a new phrasing (active learning), turned into a new item, or dismissed.
/// </summary>
public sealed class UnansweredQuestions(IDbContextFactory<CdsBotDbContext> contexts, ItemWorkflow workflow, AuditLog audit, ContentCatalog catalog, IOptions<RetrievalOptions> retrieval)
{
    public async Task<IReadOnlyList<QuestionGroup>> OpenGroupsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = await db.Unanswered.AsNoTracking().Where(u => u.Status == "open").ToListAsync(cancellationToken);
        var groups = open
            .GroupBy(u => Key(u.Folded))
            .Select(g => (Words: g.Key.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal), Latest: g.OrderByDescending(u => u.Id).First(), Members: g.ToList()))
            .OrderByDescending(g => g.Members.Count)
            .ThenByDescending(g => g.Latest.Id)
            .ToList();

        // Groups sharing at least half their content words fall in one cluster, numbered in order of the most asked.
        var cluster = new int[groups.Count];
        for (var i = 0; i < groups.Count; i++)
        {
            cluster[i] = i;
            for (var j = 0; j < i; j++)
            {
                if (cluster[j] == j && Alike(groups[i].Words, groups[j].Words))
                {
                    cluster[i] = j;
                    break;
                }
            }
        }

        var options = retrieval.Value;
        var index = catalog.Index;
        return [.. groups
            .Select((g, i) => (Group: g, Cluster: cluster[i], Position: i))
            .OrderBy(g => g.Cluster)
            .ThenBy(g => g.Position)
            // Staff read the question with the citizen's phone, ID and account numbers masked (Decree 13/2023/NĐ-CP).
            .Select(g => new QuestionGroup(PiiMask.Mask(g.Group.Latest.Text)!, g.Group.Members.Count, [.. g.Group.Members.Select(u => u.Id)], g.Group.Latest.Band, g.Cluster,
                [.. index.Search(g.Group.Latest.Text, Math.Max(options.MaxSuggestions, 1)).Where(c => c.ScopeFit >= options.SuggestThreshold).Select(c => new SuggestedItem(c.Item.Id, c.Item.Question, Math.Round(c.ScopeFit, 2)))],
                g.Group.Latest.AskedAt))];
    }

    /// <summary>
    /// Adds the question as a phrasing of <paramref name="itemId"/> (published at once by a publisher, see
    /// <see cref="ItemWorkflow.AddPhrasingAsync"/>), and closes the question and the ones like it.
    /// </summary>
    public async Task<WorkflowOutcome<PhrasingAdded>> AttachAsync(long questionId, string itemId, string actor, bool canPublish, CancellationToken cancellationToken)
    {
        string text;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var question = await db.Unanswered.FindAsync([questionId], cancellationToken);
            if (question is null)
            {
                return WorkflowOutcome<PhrasingAdded>.NotFound(NoQuestion);
            }

            text = question.Text.Trim();
        }

        var outcome = await workflow.AddPhrasingAsync(itemId, text, actor, canPublish, cancellationToken);
        if (outcome.Status == StatusCodes.Status200OK)
        {
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
                return WorkflowOutcome<ItemView>.NotFound(NoQuestion);
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

    /// <summary>Dismisses each question (and its look-alikes); returns how many of them were in the queue.</summary>
    public async Task<int> DismissAllAsync(IEnumerable<long> questionIds, string actor, CancellationToken cancellationToken)
    {
        var dismissed = 0;
        foreach (var id in questionIds.Distinct())
        {
            dismissed += await CloseGroupAsync(id, "dismissed", actor, null, cancellationToken) ? 1 : 0;
        }

        return dismissed;
    }

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

    private const string NoQuestion = "Câu hỏi này không còn trong danh sách (có thể người khác vừa xử lý).";

    private static bool Alike(HashSet<string> a, HashSet<string> b) =>
        a.Count > 0 && b.Count > 0 && a.Intersect(b).Count() * 2 >= Math.Max(a.Count, b.Count);

    /// <summary>Questions read alike when their content words are the same, in any order: "vneid la gi" ~ "la gi vneid".</summary>
    private static string Key(string folded) =>
        string.Join(' ', VietnameseTokenizer.Tokens(folded).Where(t => !VietnameseTokenizer.IsStopWord(t)).Distinct().Order(StringComparer.Ordinal));
}
