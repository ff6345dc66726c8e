namespace CdsBot.Dialogs.Flows;

/// <summary>The payloads buttons and quick replies send back. Channels must return them unchanged.</summary>
public static class Payloads
{
    /// <summary>Show the main menu.</summary>
    public const string Menu = "MENU";

    /// <summary>The "Get Started" button of a channel.</summary>
    public const string GetStarted = "GET_STARTED";

    /// <summary>Ask for a staff member.</summary>
    public const string Handoff = "HANDOFF";

    /// <summary>Subscribe to news.</summary>
    public const string Subscribe = "SUBSCRIBE";

    /// <summary>Stop all news.</summary>
    public const string Unsubscribe = "UNSUBSCRIBE";

    /// <summary>Prefix of "list this topic's questions": "TOPIC:van-ban".</summary>
    public const string TopicPrefix = "TOPIC:";

    /// <summary>Prefix of "answer this item": "FAQ:ngay-cds-10-10".</summary>
    public const string FaqPrefix = "FAQ:";

    /// <summary>Prefix of "this answer helped": "HELPFUL:ngay-cds-10-10".</summary>
    public const string HelpfulPrefix = "HELPFUL:";

    /// <summary>Prefix of "this answer did not help": "UNHELPFUL:ngay-cds-10-10".</summary>
    public const string UnhelpfulPrefix = "UNHELPFUL:";

    /// <summary>Prefix of "show this passage of a document": "PASSAGE:96-kh-ubnd#12".</summary>
    public const string PassagePrefix = "PASSAGE:";

    /// <summary>The payload that shows a passage.</summary>
    public static string Passage(string passageId) => PassagePrefix + passageId;

    /// <summary>Prefix of "Xem nguồn": the full titles and links of an item's source documents.</summary>
    public const string SourcesPrefix = "SOURCES:";

    /// <summary>The payload showing the sources of the item with <paramref name="itemId"/>.</summary>
    public static string Sources(string itemId) => SourcesPrefix + itemId;

    /// <summary>The payload that lists a topic.</summary>
    public static string Topic(string topicId) => TopicPrefix + topicId;

    /// <summary>The payload that answers an item.</summary>
    public static string Faq(string itemId) => FaqPrefix + itemId;

    /// <summary>
    /// Whether <paramref name="text"/> is one of our payloads. Some channels (Zalo's query buttons) return
    /// a button's payload as ordinary text, so text is checked too.
    /// </summary>
    public static bool IsPayload(string? text) =>
        text is Menu or GetStarted or Handoff or Subscribe or Unsubscribe
        || (text is not null && Prefixes.Any(p => text.StartsWith(p, StringComparison.Ordinal)));

    private static readonly string[] Prefixes = [TopicPrefix, FaqPrefix, HelpfulPrefix, UnhelpfulPrefix, PassagePrefix];
}
