using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Flows.Root;

/// <summary>
/// Recognizes the short messages that are not questions: global commands, greetings, thanks and asking for
/// a person. A message counts only when it is nothing but such words, so "chào, cho hỏi nghị quyết 57"
/// still reaches the FAQ.
/// </summary>
public static partial class Phrases
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

    private static readonly string[][] HandoffPhrases =
        [.. new[] { "gap can bo", "gap nguoi", "noi chuyen voi nguoi", "gap nhan vien", "tu van vien", "can bo ho tro", "nguoi that", "gap truc tiep" }
            .Select(phrase => phrase.Split(' '))];

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
    /// Whether the citizen asks for a person ("gặp cán bộ", "cho tôi nói chuyện với người thật"). Phrases are matched as whole
    /// words within a clause. "Người" asked for is a person of the service, not one described: "lo nó gặp người xấu", "nói
    /// chuyện với người lạ trên mạng" ask about someone else, so a phrase ending in it counts only when the clause ends there,
    /// or goes on with "thật" or how the request goes on ("hỗ trợ", "để hỏi", "trực tiếp"), or with particles alone
    /// ("được không", "giùm"). "Người thật" counts at the start or after a word asking for it ("gặp", "với", "có", "cần"…),
    /// or after the bot is addressed ("bạn là người thật hay bot"); not "video đó có phải người thật không".
    /// </summary>
    public static bool IsHandoffRequest(string? text)
    {
        foreach (var clause in ClauseBreaks().Split(text ?? ""))
        {
            var tokens = VietnameseTokenizer.Tokens(clause);
            foreach (var words in HandoffPhrases)
            {
                for (var i = 0; i + words.Length <= tokens.Count; i++)
                {
                    if (TextAnalyzer.StartsAt(tokens, i, words)
                        && (words[^1] != "nguoi" || AsksForThePerson([.. tokens.Skip(i + words.Length)]))
                        && (words[0] != "nguoi" || i == 0 || AskingFor.Contains(tokens[i - 1]) || AddressesTheBot(tokens, i)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // What follows "người" asked for, to the end of its clause: nothing, "thật", how the request goes on, or particles only.
    private static bool AsksForThePerson(IReadOnlyList<string> rest) =>
        rest.Count == 0 || rest[0] is "that" or "thiet"
        || (rest.Count >= 2 && GoesOn.Contains(rest[0] + " " + rest[1]))
        || rest.All(Particles.Contains);

    // "bạn là người thật", "ad là người thật hả": the bot asked whether it is a person.
    private static bool AddressesTheBot(IReadOnlyList<string> tokens, int i) =>
        i >= 2 && tokens[i - 1] == "la" && tokens[i - 2] is "ban" or "bot" or "ad" or "admin" or "em";

    // Words asking for "người thật": "gặp", "với", "muốn", "cần", "xin", "cho", "chat", "có" ("có người thật không"),
    // "kết nối", "chuyển".
    private static readonly HashSet<string> AskingFor = ["gap", "voi", "vs", "muon", "can", "xin", "cho", "chat", "co", "noi", "chuyen"];

    // How a request for a person goes on: "hỗ trợ", "tư vấn", "trực tiếp", "để hỏi", "phụ trách", "làm việc", "giải đáp".
    private static readonly HashSet<string> GoesOn = ["ho tro", "tu van", "truc tiep", "de hoi", "phu trach", "lam viec", "giai dap", "huong dan"];

    // Particles that may end a request: "được không", "với", "nhé", "giùm", "luôn", "chứ".
    private static readonly HashSet<string> Particles =
    [
        "duoc", "dc", "khong", "ko", "k", "voi", "vs", "a", "ad", "nhe", "nha", "nhen", "di", "oi", "ak", "ah", "gium", "dum", "luon",
        "chu", "em", "e", "minh", "toi", "giup",
    ];

    [System.Text.RegularExpressions.GeneratedRegex(@"[,.;!?\n]+")]
    private static partial System.Text.RegularExpressions.Regex ClauseBreaks();

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
