using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.Flows.Root;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Flows.Faq;

/// <summary>
/// Answers from curated content: a question by retrieval with confidence bands (answer, "did you mean",
/// or an honest "I don't know"), an item by id, a topic by listing its questions.
/// </summary>
public sealed class FaqResponder(ContentCatalog catalog, RetrievalOptions options, TimeProvider time)
{
    /// <summary>Answers <paramref name="question"/> from the index, or says plainly that there is no answer.</summary>
    public void AnswerQuestion(TurnContext turn, string question)
    {
        var candidates = catalog.Index.Search(question, Math.Max(options.MaxSuggestions, 1));
        var best = candidates.Count > 0 ? candidates[0] : null;
        turn.Trace.Score = best is null ? null : Math.Round(best.Confidence, 3);

        if (best is not null && best.Confidence >= options.AnswerThreshold)
        {
            Answer(turn, best.Item, "faq");
            return;
        }

        var suggestions = candidates.Where(c => c.Confidence >= options.SuggestThreshold).Take(options.MaxSuggestions).ToList();
        if (suggestions.Count > 0)
        {
            turn.Trace.Intent = "faq_suggest";
            turn.Send(new OutboundActivity
            {
                Text = RootTexts.DidYouMean,
                QuickReplies = [.. suggestions.Select(c => new QuickReply(c.Item.Question, Payloads.Faq(c.Item.Id))), new QuickReply("Menu chính", Payloads.Menu)],
            });
            return;
        }

        turn.Trace.Intent = "fallback";
        turn.Send(MainMenu.With(RootTexts.NotUnderstood, catalog.Content));
    }

    /// <summary>Answers the item with <paramref name="itemId"/> (a pressed suggestion or follow-up).</summary>
    public void AnswerItem(TurnContext turn, string itemId)
    {
        var item = catalog.Content.FindItem(itemId);
        if (item is null || !item.IsAnswerableOn(VietnamTime.Today(time)))
        {
            turn.Trace.Intent = "faq_gone";
            turn.Send(MainMenu.With(RootTexts.ItemGone, catalog.Content));
            return;
        }

        Answer(turn, item, "faq_item");
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
        var items = content.Items.Where(i => i.Topic == topic.Id && i.IsAnswerableOn(today)).Take(10).ToList();
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

    private void Answer(TurnContext turn, FaqItem item, string intent)
    {
        var content = catalog.Content;
        turn.Trace.Intent = intent;
        turn.Trace.ContentId = item.Id;
        var followUps = item.FollowUps.Select(content.FindItem).OfType<FaqItem>()
            .Select(f => new QuickReply(f.Question, Payloads.Faq(f.Id)))
            .Append(new QuickReply("Menu chính", Payloads.Menu));
        turn.Send(new OutboundActivity { Text = AnswerText.Compose(item, content), QuickReplies = [.. followUps] });
    }
}
