using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Content;

namespace CdsBot.Dialogs.Flows.Root;

/// <summary>The main menu: one quick reply per content topic, then "Gặp cán bộ".</summary>
public static class MainMenu
{
    /// <summary>The quick replies of the main menu for <paramref name="content"/>.</summary>
    public static IReadOnlyList<QuickReply> QuickReplies(ContentSet content) =>
        [.. content.Topics.Select(t => new QuickReply(t.Title, Payloads.Topic(t.Id))), new QuickReply("Gặp cán bộ", Payloads.Handoff)];

    /// <summary>A message with <paramref name="text"/> and the main menu under it.</summary>
    public static OutboundActivity With(string text, ContentSet content) => new() { Text = text, QuickReplies = QuickReplies(content) };
}
