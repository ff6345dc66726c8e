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

    /// <summary>
    /// Whether the citizen asks for a person ("gặp cán bộ", "cho tôi nói chuyện với người thật"). "Người" asked for is a
    /// person of the service, not one described: "lo nó gặp người xấu", "nói chuyện với người lạ trên mạng" ask about
    /// someone else, so a phrase ending in it counts only at the end of the message or before a word that asks no more of
    /// who (<see cref="AfterPerson"/>); and "người thật" only asked for (<see cref="AskingFor"/>), not "video đó có phải
    /// người thật không".
    /// </summary>
    public static bool IsHandoffRequest(string? text)
    {
        var tokens = VietnameseTokenizer.Tokens(text ?? "");
        foreach (var phrase in HandoffPhrases)
        {
            var words = phrase.Split(' ');
            for (var i = 0; i + words.Length <= tokens.Count; i++)
            {
                if (words.Select((w, j) => tokens[i + j] == w).All(same => same)
                    && (words[^1] != "nguoi" || i + words.Length == tokens.Count || AfterPerson.Contains(tokens[i + words.Length]))
                    && (words[0] != "nguoi" || (i > 0 && AskingFor.Contains(tokens[i - 1]))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // What asks for "người thật": "gặp", "với", "muốn", "cần", "xin", "cho"; not "có phải người thật không" of a video call.
    private static readonly HashSet<string> AskingFor = ["gap", "voi", "vs", "muon", "can", "xin", "cho", "chat"];

    // What may follow "người" asked for: "thật", how the request goes on ("để hỏi", "hỗ trợ", "tư vấn", "trực tiếp"), or
    // particles ("với", "nhé", "được không").
    private static readonly HashSet<string> AfterPerson =
    [
        "that", "de", "hoi", "ho", "tro", "giup", "tu", "van", "truc", "tiep", "cua", "phu", "trach", "lam", "viec",
        "duoc", "dc", "khong", "ko", "k", "voi", "vs", "a", "ad", "nhe", "nha", "di", "thi", "oi", "ak", "ah", "giai", "dap",
    ];

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
