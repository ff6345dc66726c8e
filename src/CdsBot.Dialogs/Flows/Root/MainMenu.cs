using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Flows.Root;

/// <summary>
/// The main menu: one quick reply per content topic, then the entries the registered flows offer ("Hướng dẫn từng
/// bước", "Gặp cán bộ"…), in the order <paramref name="entries"/> gives them (the registry's menu order). They are read
/// when the menu is shown, since flows' dialogs show the menu too.
/// </summary>
public sealed class MainMenu(ContentCatalog catalog, Func<IEnumerable<MenuEntry>> entries)
{
    /// <summary>The quick replies of the main menu.</summary>
    public IReadOnlyList<QuickReply> QuickReplies() =>
        [.. catalog.Content.Topics.Select(t => new QuickReply(t.Title, Payloads.Topic(t.Id))), .. entries().Select(e => new QuickReply(e.Title, e.Payload))];

    /// <summary>A message with <paramref name="text"/> and the main menu under it.</summary>
    public OutboundActivity With(string text) => new() { Text = text, QuickReplies = QuickReplies() };
}
