using System.Text.Json.Serialization;
using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Engine;

namespace CdsBot.Channels.WebChat;

/// <summary>The bot's answer to one <see cref="ChatRequest"/>: its replies and what it decided.</summary>
public sealed record ChatResponse(IReadOnlyList<ChatReply> Replies, ChatTrace Trace)
{
    public static ChatResponse From(TurnOutcome outcome) =>
        new([.. outcome.Replies.Select(ChatReply.From)], new ChatTrace(outcome.Trace.Intent, outcome.Trace.ContentId, outcome.Trace.Score, outcome.Trace.Rephrase, outcome.Trace.RephraseReason, outcome.Trace.FollowUpOf, outcome.Trace.PassageId));
}

/// <summary>One reply. Optional parts are left out when empty.</summary>
public sealed record ChatReply(
    string? Text,
    IReadOnlyList<QuickReply> QuickReplies,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ActionButton>? Buttons,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ImageUrl,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ListItem>? Items)
{
    public static ChatReply From(OutboundActivity activity) => new(
        activity.Text,
        activity.QuickReplies,
        activity.Buttons.Count > 0 ? activity.Buttons : null,
        activity.ImageUrl,
        activity.Items.Count > 0 ? activity.Items : null);
}

/// <summary>What the bot decided: always all three fields, null where nothing applies.</summary>
/// <param name="Rephrase">For a curated answer: "rephrased", "fallback", "verbatim" or "off".</param>
/// <param name="RephraseReason">Why the curated text went out as it is, when it did.</param>
/// <param name="FollowUpOf">When the question was read as a follow-up, the item answered before it.</param>
/// <param name="PassageId">When the answer was an excerpt of a document (intent "document"), the passage quoted.</param>
public sealed record ChatTrace(string Intent, string? ContentId, double? Score, string? Rephrase = null, string? RephraseReason = null, string? FollowUpOf = null, string? PassageId = null);
