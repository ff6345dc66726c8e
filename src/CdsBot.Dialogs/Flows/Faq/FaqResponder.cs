using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.Flows.Root;
using CdsBot.Dialogs.Rephrasing;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Dialogs.State;

namespace CdsBot.Dialogs.Flows.Faq;

/// <summary>
/// Answers from curated content: a question by retrieval with confidence bands (answer, "did you mean",
/// or an honest "I don't know", the last two filed for staff), an item by id, a topic by listing its
/// questions, and records whether an answer helped.
/// </summary>
/// <remarks>A curated answer to a question the citizen wrote may be rephrased to that question (<see cref="IAnswerRephraser"/>);
/// its sources line never is.</remarks>
public sealed class FaqResponder(ContentCatalog catalog, RetrievalOptions options, IQuestionLog log, IAnswerRephraser rephraser, TimeProvider time)
{
    /// <summary>What is asked under every answer.</summary>
    public const string FeedbackQuestion = "Câu trả lời có hữu ích với Anh/Chị không?";

    /// <summary>
    /// Answers <paramref name="question"/>: a follow-up without a subject of its own from the last answer's context
    /// first; otherwise from the whole index, answering only when confident, asking which item is meant on a
    /// near-tie, offering likely items, or saying plainly that there is no answer.
    /// </summary>
    public async Task AnswerQuestionAsync(TurnContext turn, string question, CancellationToken cancellationToken)
    {
        if (ResolveFollowUp(turn, question) is { } followed)
        {
            turn.Trace.Score = Math.Round(followed.Confidence, 3);
            turn.Trace.FollowUpOf = turn.Conversation.LastAnswer?.ItemId;
            await AnswerAsync(turn, followed.Item, "faq", question, cancellationToken);
            return;
        }

        var candidates = catalog.Index.Search(question, Math.Max(options.MaxSuggestions, 1));
        var best = candidates.Count > 0 ? candidates[0] : null;
        turn.Trace.Score = best is null ? null : Math.Round(best.Confidence, 3);

        var decision = AnswerDecision.For(candidates, options);
        if (decision.Answer is { } answer)
        {
            await AnswerAsync(turn, answer.Item, "faq", question, cancellationToken);
            return;
        }

        var (band, offered) = (decision.Band, decision.Offered);
        turn.Trace.Intent = band switch { "clarified" => "faq_clarify", "suggested" => "faq_suggest", _ => "fallback" };
        if (offered.Count > 0)
        {
            turn.Send(new OutboundActivity
            {
                Text = band == "clarified" ? RootTexts.WhichOne : RootTexts.DidYouMean,
                QuickReplies = [.. offered.Select(c => new QuickReply(c.Item.Question, Payloads.Faq(c.Item.Id))), new QuickReply("Menu chính", Payloads.Menu)],
            });
        }
        else
        {
            turn.Send(MainMenu.With(RootTexts.NotUnderstood, catalog.Content));
        }

        var activity = turn.Activity;
        await log.RecordUnansweredAsync(
            new UnansweredQuestion(activity.Channel, activity.ConversationId, activity.UserId, question, band, best?.Item.Id, turn.Trace.Score, turn.Conversation.TurnCount),
            cancellationToken);
    }

    /// <summary>
    /// The item a follow-up without a subject of its own asks about, read against the last answer: among that
    /// item's follow-ups, the items citing its documents and its topic first, then the whole store; null when the
    /// message is no such follow-up, the context has lapsed, or nothing answers what it asks.
    /// </summary>
    private Candidate? ResolveFollowUp(TurnContext turn, string question)
    {
        var context = turn.Conversation.LastAnswer;
        var last = context is null ? null : catalog.Content.FindItem(context.ItemId);
        if (last is null || time.GetUtcNow() - context!.At > TimeSpan.FromMinutes(options.ContextMinutes)
            || FollowUpQuestion.Read(catalog.Analyzer.Analyze(question)) is not { } followUp)
        {
            return null;
        }

        // What is asked: the new subject of "còn X thì sao", else the message itself; the rest comes from the last question.
        var asked = followUp.NewSubject ?? question;
        var combined = $"{asked} {last.Question}";
        double Related(FaqItem item) =>
            followUp.NewSubject is not null && item.Id == last.Id ? 0
            : last.FollowUps.Contains(item.Id) ? 1.3
            : item.Sources.Intersect(last.Sources, StringComparer.OrdinalIgnoreCase).Any() ? 1.15
            : item.Topic == last.Topic ? 1
            : 0;
        double Anywhere(FaqItem item) => followUp.NewSubject is not null && item.Id == last.Id ? 0 : 1;

        foreach (var weight in new Func<FaqItem, double>[] { Related, Anywhere })
        {
            var found = catalog.Index.Search(combined, 2, weight);
            if (found.Count == 0)
            {
                continue;
            }

            // It must answer what the follow-up asks, and answer it better than the runner-up does.
            var covers = catalog.Index.Covers(asked, found[0].Item);
            var rival = found.Count > 1 ? catalog.Index.Covers(asked, found[1].Item) : 0;
            if (found[0].Confidence >= options.AnswerThreshold || (covers >= FollowUpCoverage && covers - rival >= FollowUpLead))
            {
                return found[0];
            }
        }

        return null;
    }

    private const double FollowUpCoverage = 0.5, FollowUpLead = 0.2;

    /// <summary>Answers the item with <paramref name="itemId"/> (a pressed suggestion or follow-up).</summary>
    public async Task AnswerItemAsync(TurnContext turn, string itemId, CancellationToken cancellationToken)
    {
        var item = catalog.Content.FindItem(itemId);
        if (item is null || !item.IsAnswerableOn(VietnamTime.Today(time)))
        {
            turn.Trace.Intent = "faq_gone";
            turn.Send(MainMenu.With(RootTexts.ItemGone, catalog.Content));
            return;
        }

        await AnswerAsync(turn, item, "faq_item", null, cancellationToken);
    }

    /// <summary>The rephrased answer body, or null for the curated one; the trace says which and why.</summary>
    private async Task<string?> WordingAsync(TurnContext turn, FaqItem item, string? question, CancellationToken cancellationToken)
    {
        if (item.Verbatim)
        {
            (turn.Trace.Rephrase, turn.Trace.RephraseReason) = (Rephrasing.Rephrasing.Verbatim, "the item is sent exactly as written");
            return null;
        }

        if (question is null)
        {
            (turn.Trace.Rephrase, turn.Trace.RephraseReason) = (Rephrasing.Rephrasing.Fallback, "no question of the citizen's own (a button was pressed)");
            return null;
        }

        var result = await rephraser.RephraseAsync(new RephraseRequest(item.Id, question, item.Answer), cancellationToken);
        (turn.Trace.Rephrase, turn.Trace.RephraseReason) = (result.Status, result.Reason);
        return result.Status == Rephrasing.Rephrasing.Rephrased ? result.Text : null;
    }

    /// <summary>Records a pressed "Hữu ích" / "Chưa hữu ích" and thanks the citizen.</summary>
    public async Task RecordFeedbackAsync(TurnContext turn, string itemId, bool helpful, CancellationToken cancellationToken)
    {
        turn.Trace.Intent = "feedback";
        if (catalog.Content.FindItem(itemId) is null)
        {
            turn.Send(MainMenu.With(RootTexts.Menu, catalog.Content));
            return;
        }

        var activity = turn.Activity;
        await log.RecordFeedbackAsync(new ItemFeedback(itemId, helpful, activity.Channel, activity.ConversationId, activity.UserId), cancellationToken);
        turn.Send(MainMenu.With(helpful ? RootTexts.ThanksForFeedback : RootTexts.SorryForAnswer, catalog.Content));
    }

    /// <summary>Lists the questions of the topic <paramref name="topicId"/>.</summary>
    public void ListTopic(TurnContext turn, string topicId)
    {
        var content = catalog.Content;
        var topic = content.FindTopic(topicId);
        turn.Trace.Intent = "topic";
        if (topic is null)
        {
            turn.Send(MainMenu.With(RootTexts.Menu, content));
            return;
        }

        var today = VietnamTime.Today(time);
        var items = content.Items
            .Where(i => i.Topic == topic.Id && i.IsAnswerableOn(today))
            .OrderBy(i => i.Locality == Localities.National ? 0 : 1)
            .Take(10)
            .ToList();
        if (items.Count == 0)
        {
            turn.Send(MainMenu.With(RootTexts.TopicEmpty, content));
            return;
        }

        turn.Send(new OutboundActivity
        {
            Text = topic.Intro,
            QuickReplies = [.. items.Select(i => new QuickReply(i.Question, Payloads.Faq(i.Id))), new QuickReply("Menu chính", Payloads.Menu)],
        });
    }

    private async Task AnswerAsync(TurnContext turn, FaqItem item, string intent, string? question, CancellationToken cancellationToken)
    {
        var content = catalog.Content;
        turn.Trace.Intent = intent;
        turn.Trace.ContentId = item.Id;
        turn.Conversation.LastAnswer = new AnswerContext(item.Id, time.GetUtcNow());
        turn.SendText(AnswerText.Compose(item, content, await WordingAsync(turn, item, question, cancellationToken)));
        var followUps = item.FollowUps.Select(content.FindItem).OfType<FaqItem>()
            .Select(f => new QuickReply(f.Question, Payloads.Faq(f.Id)));
        turn.Send(new OutboundActivity
        {
            Text = FeedbackQuestion,
            QuickReplies =
            [
                new QuickReply("👍 Hữu ích", Payloads.HelpfulPrefix + item.Id),
                new QuickReply("👎 Chưa hữu ích", Payloads.UnhelpfulPrefix + item.Id),
                .. followUps,
                new QuickReply("Menu chính", Payloads.Menu),
            ],
        });
    }
}
