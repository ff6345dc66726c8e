using System.Text.Json.Nodes;
using CdsBot.Channels.Messenger;
using CdsBot.Channels.WebChat;
using CdsBot.Channels.Zalo;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Flows.Faq;

namespace CdsBot.Admin.Items;

/// <summary>
/// An item's answer as each channel would send it: the messages the conversation composes (<see cref="AnswerReplies"/>),
/// passed through the channels' own renderers, so what staff preview is what is sent (split into parts, buttons, "Nguồn").
/// </summary>
public static class AnswerPreview
{
    public const string PreviewId = "xem-truoc";

    /// <param name="content">The published content: sources and follow-ups are looked up there, as the bot would.</param>
    public static object Render(string? id, ItemContent draft, ContentSet content, ZaloOptions zalo, MessengerOptions messenger)
    {
        var item = (draft with { Question = draft.Question ?? "", Answer = draft.Answer ?? "" }).ToItem(string.IsNullOrWhiteSpace(id) ? PreviewId : id, ContentStatus.Published);
        var activities = new[] { AnswerReplies.Answer(item, content), AnswerReplies.Feedback(item, content) };
        return new
        {
            web = new { messages = activities.Select(ChatReply.From).ToList() },
            zalo = new { maxTextLength = zalo.MaxTextLength, messages = Flatten(activities.Select(a => ZaloMessageRenderer.Render(a, zalo.MaxTextLength))) },
            messenger = new { maxTextLength = messenger.MaxTextLength, messages = Flatten(activities.Select(a => MessengerMessageRenderer.Render(a, messenger))) },
        };
    }

    private static List<JsonObject> Flatten(IEnumerable<IReadOnlyList<JsonObject>> messages) => [.. messages.SelectMany(m => m)];
}
