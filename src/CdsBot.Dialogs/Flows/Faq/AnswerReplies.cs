using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Flows.Guides;

namespace CdsBot.Dialogs.Flows.Faq;

/// <summary>
/// The messages a citizen gets for an item: its answer (with the "Nguồn" line and links), then the feedback question with
/// the item's follow-ups as choices. Shared by the conversation and the staff preview, so the preview cannot drift.
/// </summary>
public static class AnswerReplies
{
    /// <summary>What is asked under every answer.</summary>
    public const string FeedbackQuestion = "Câu trả lời có hữu ích với Anh/Chị không?";

    /// <summary>The button showing an answer's sources in full (the answer's own line is kept short for a phone).</summary>
    public const string SourcesButton = "Xem nguồn";

    /// <summary>
    /// The sources of <paramref name="item"/> in full, one paragraph each: the citation (number, date, issuer), its title
    /// and its link; null when it cites no registered document.
    /// </summary>
    public static string? Sources(FaqItem item, ContentSet content)
    {
        var documents = AnswerText.Documents(item.Sources, content);
        return documents.Count == 0 ? null : string.Join("\n\n", documents.Select(d =>
            $"{d.Citation}{(d.CitationHasTitle ? "" : $": {d.Title}")}.{(d.Link is { } link ? $"\nXem: {link}" : "")}"));
    }

    /// <summary>The answer of <paramref name="item"/> (or <paramref name="wording"/>, its rephrasing) as one message.</summary>
    public static OutboundActivity Answer(FaqItem item, ContentSet content, string? wording = null) =>
        OutboundActivity.FromText(AnswerText.Compose(item, content, wording));

    /// <summary>
    /// The feedback question, offering the item's own follow-ups (those answerable in <paramref name="content"/>), then what
    /// else the question may have meant (<paramref name="alsoAsked"/>); a matching <paramref name="guide"/> comes first.
    /// </summary>
    public static OutboundActivity Feedback(FaqItem item, ContentSet content, IReadOnlyList<FaqItem>? alsoAsked = null, Guide? guide = null)
    {
        var followUps = item.FollowUps.Select(content.FindItem).OfType<FaqItem>()
            .Concat(alsoAsked ?? [])
            .DistinctBy(f => f.Id)
            .Where(f => f.Id != item.Id)
            .Select(f => new QuickReply(f.Question, Payloads.Faq(f.Id)));
        return new OutboundActivity
        {
            // A guide is offered on the line above the question, its button first after the feedback buttons.
            Text = guide is null ? FeedbackQuestion : $"{GuideTexts.Offer(guide)} Anh/Chị chọn \"{guide.MenuTitle}\" để làm theo.\n\n{FeedbackQuestion}",
            QuickReplies =
            [
                new QuickReply("👍 Hữu ích", Payloads.HelpfulPrefix + item.Id),
                new QuickReply("👎 Chưa hữu ích", Payloads.UnhelpfulPrefix + item.Id),
                .. guide is null ? Array.Empty<QuickReply>() : [new QuickReply(guide.MenuTitle, GuidePayloads.Start(guide.Id))],
                .. followUps,
                .. AnswerText.Documents(item.Sources, content).Count > 0 ? [new QuickReply(SourcesButton, Payloads.Sources(item.Id))] : Array.Empty<QuickReply>(),
                new QuickReply("Menu chính", Payloads.Menu),
            ],
        };
    }
}
