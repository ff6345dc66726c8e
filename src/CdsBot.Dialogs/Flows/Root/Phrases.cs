using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Flows.Root;

/// <summary>
/// Recognizes the short messages that are not questions: global commands, greetings, thanks and asking for
/// a person. A message counts only when it is nothing but such words, so "chào, cho hỏi nghị quyết 57"
/// still reaches the FAQ.
/// </summary>
public static class Phrases
{
    // Particles, and whom the citizen addresses ("chào cán bộ", "cảm ơn cô", "chào mọi người", "chào buổi sáng").
    private static readonly HashSet<string> Filler =
    [
        "a", "ah", "oi", "nhe", "nha", "ad", "admin", "bot", "ban", "shop", "anh", "chi", "em", "minh", "nhieu", "lam", "vay", "voi", "nhe", "di",
        "can", "bo", "co", "chu", "bac", "ong", "ba", "chau", "cau", "e", "moi", "nguoi", "ca", "tong", "dai", "buoi", "sang", "chieu", "toi",
    ];

    private static readonly Dictionary<string, GlobalCommand> Commands = new(StringComparer.Ordinal)
    {
        ["menu"] = GlobalCommand.Menu,
        ["menu chinh"] = GlobalCommand.Menu,
        ["danh muc"] = GlobalCommand.Menu,
        ["bat dau lai"] = GlobalCommand.Menu,
        ["tro giup"] = GlobalCommand.Help,
        ["giup"] = GlobalCommand.Help,
        ["giup do"] = GlobalCommand.Help,
        ["huong dan"] = GlobalCommand.Help,
        ["help"] = GlobalCommand.Help,
        ["?"] = GlobalCommand.Help,
        ["huy"] = GlobalCommand.Cancel,
        ["huy bo"] = GlobalCommand.Cancel,
        ["thoat"] = GlobalCommand.Cancel,
        ["cancel"] = GlobalCommand.Cancel,
        ["quay lai"] = GlobalCommand.Cancel,
    };

    private static readonly HashSet<string> GreetingWords = ["xin", "chao", "hi", "hello", "helo", "alo", "hey", "chao", "xin chao"];

    private static readonly HashSet<string> ThanksWords = ["cam", "on", "thank", "thanks", "tks", "thanks", "cam on", "ok", "oke", "uh", "vang"];

    private static readonly string[] HandoffPhrases =
        ["gap can bo", "gap nguoi", "noi chuyen voi nguoi", "gap nhan vien", "tu van vien", "can bo ho tro", "nguoi that", "gap truc tiep"];

    private static readonly HashSet<string> UnsubscribePhrases =
        ["dung", "dung lai", "dung nhan tin", "ngung nhan tin", "huy dang ky", "huy nhan tin", "huy dang ky nhan tin", "stop", "unsubscribe", "khong nhan tin nua"];

    private static readonly HashSet<string> SubscribePhrases =
        ["dang ky nhan tin", "dang ky", "nhan tin", "dang ky nhan thong bao", "theo doi tin", "subscribe", "nhan tin tuc"];

    /// <summary>Whether the citizen asks to stop all news ("dừng", "hủy đăng ký", "hủy nhận tin"…); bare "hủy" stays the cancel command.</summary>
    public static bool IsUnsubscribe(InboundActivity activity) =>
        activity.Payload == Payloads.Unsubscribe || activity.Text == Payloads.Unsubscribe
        || (activity.Payload is null && UnsubscribePhrases.Contains(Folded(activity.Text)));

    /// <summary>Whether the citizen asks to receive news ("đăng ký nhận tin").</summary>
    public static bool IsSubscribe(InboundActivity activity) =>
        activity.Payload == Payloads.Subscribe || activity.Text == Payloads.Subscribe
        || (activity.Payload is null && SubscribePhrases.Contains(Folded(activity.Text)));

    /// <summary>The global command <paramref name="activity"/> is, if any.</summary>
    public static GlobalCommand? Command(InboundActivity activity)
    {
        if (activity.Payload == Payloads.Menu || activity.Text == Payloads.Menu)
        {
            return GlobalCommand.Menu;
        }

        // A pressed button is routed by its payload; its title ("Menu chính") is only what the citizen saw.
        if (activity.Payload is not null)
        {
            return null;
        }

        var text = Folded(activity.Text);
        return text.Length > 0 && Commands.TryGetValue(text, out var command) ? command : null;
    }

    /// <summary>Whether the text is only a greeting ("xin chào", "chào ad", "hi bot").</summary>
    public static bool IsGreeting(string? text) => OnlyWords(text, GreetingWords, w => w is "chao" or "hi" or "hello" or "helo" or "alo" or "hey");

    /// <summary>Whether the text is only thanks ("cảm ơn nhiều", "thanks ad").</summary>
    public static bool IsThanks(string? text) => OnlyWords(text, ThanksWords, w => w is "cam" or "thank" or "thanks" or "tks");

    /// <summary>Whether the citizen asks for a person ("gặp cán bộ", "cho tôi nói chuyện với người thật").</summary>
    public static bool IsHandoffRequest(string? text)
    {
        var folded = Folded(text);
        return HandoffPhrases.Any(p => folded.Contains(p, StringComparison.Ordinal));
    }

    private static bool OnlyWords(string? text, HashSet<string> words, Func<string, bool> required)
    {
        var tokens = VietnameseTokenizer.Tokens(text ?? "");
        return tokens.Count is > 0 and <= 6
               && tokens.Any(required)
               && tokens.All(t => words.Contains(t) || Filler.Contains(t));
    }

    /// <summary>
    /// <paramref name="text"/> as phrases are compared: without diacritics, lower case, without the punctuation around it.
    /// </summary>
    public static string Folded(string? text) =>
        text is null ? "" : VietnameseText.Fold(text).Trim(' ', '.', '!', ',', '~', '?');
}
