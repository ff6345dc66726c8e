using System.Text;
using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Flows.Urgent;

/// <summary>
/// Recognizes a scam in progress or money already lost, with or without diacritics and in chat shorthand,
/// so the citizen gets the safety answer before any FAQ. A message is read as concept phrases
/// (<see cref="ScamLexicon"/>) and judged by how they are ordered: someone asks for a secret, a transfer or an
/// install; or a loss, a takeover of a bank account, or a secret or transfer that has already happened.
/// A general question about scams ("mã OTP là gì", "dấu hiệu lừa đảo") never fires: the FAQ answers it.
/// </summary>
public static class ScamAlarm
{
    /// <summary>How many tokens may stand between a marker and the act it qualifies ("đã lỡ tay chuyển").</summary>
    private const int Gap = 2;

    private const Concept Wanted = Concept.Secret | Concept.Transfer | Concept.Install;

    /// <summary>The situation a typed message describes; a pressed button (a payload) is never one.</summary>
    public static UrgentSituation? Recognize(InboundActivity activity) =>
        activity.Payload is null && !Payloads.IsPayload(activity.Text) ? Recognize(activity.Text) : null;

    /// <summary>The situation <paramref name="text"/> describes, or null for anything else.</summary>
    public static UrgentSituation? Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var tokens = ChatShorthand.Tokens(text);
        var found = ScamLexicon.Find(tokens);
        if (found.Any(h => h.Is(Concept.General)) || PaysAShop(tokens, found) || HeardOf(found))
        {
            return null;
        }

        // What the message only asks about is not what happened to the citizen, nor what it fears, which is suspicion: the
        // rest decides ("sợ bị lừa quá, vừa chuyển 5 triệu cho nó" is a loss).
        // "Có" right before an act says it was done ("em có chuyển khoản 3tr cho bên lừa đảo"), unless the message asks.
        // Posing as someone is suspicious right before the one posed as ("cho đứa giả làm shipper"), nothing else; how it was
        // typed is read only for a message that has it.
        var posing = found.Any(h => h.Is(Concept.Posing)) && PosingAsTyped(text, tokens);
        var hits = found
            .Where(h => !AskedWhether(tokens, found, h))
            .Select(h => Feared(found, h) || (posing && PosesAs(found, h)) ? h with { Concepts = Concept.Suspicious }
                : h.Is(Concept.Whether) && !YesNo(tokens) && found.Any(a => a.Is(DoneActs) && a.Start == h.End) ? h with { Concepts = Concept.Done }
                : h)
            .ToList();
        return hits.Any(h => Lost(hits, h)) ? UrgentSituation.MoneyLost
            : hits.Any(h => InProgress(hits, h)) ? UrgentSituation.ScamInProgress
            : null;
    }

    /// <summary>
    /// "bị lừa mất tiền", "tk nh bị hack", "đã đưa mã OTP", "lỡ chuyển tiền rồi", "chuyển 5 triệu rồi mới biết nick bị
    /// hack" (money sent to an account someone had taken over).
    /// </summary>
    private static bool Lost(IReadOnlyList<ConceptHit> hits, ConceptHit h) =>
        !Negated(hits, h) && !Imagined(hits, h) &&
        (h.Is(Concept.Loss)
         || (h.Is(Concept.Takeover) && Has(hits, Concept.Bank))
         || (Happened(hits, h) && (
             (h.Is(Concept.Give) && Has(hits, Concept.Secret))
             || (h.Is(Concept.Send) && Has(hits, Concept.Secret) && Has(hits, Concept.Accident | Concept.Suspicious))
             || (h.Is(Concept.Transfer | Concept.Install) && Has(hits, Concept.Accident | Concept.Suspicious))
             || (h.Is(Concept.Transfer) && (TakenOverAfter(hits, h) || CutOffAfter(hits, h))))));

    /// <summary>
    /// "chuyển 5 triệu rồi mới biết nick bị hack": after the transfer, the citizen found the account it went to taken over
    /// ("mới biết", "mới phát hiện", "thì ra", "hóa ra"); not a takeover feared, asked about or imagined.
    /// </summary>
    private static bool TakenOverAfter(IReadOnlyList<ConceptHit> hits, ConceptHit transfer) =>
        hits.Any(found => found.Is(Concept.Realized) && found.Start > transfer.Start
            && hits.Any(t => t.Is(Concept.Takeover) && t.Start > found.Start && !Negated(hits, t) && !Imagined(hits, t) && !JustBefore(hits, t, Concept.Whether)));

    /// <summary>
    /// "vừa chuyển 15 triệu đặt cọc cho shop xong nó chặn luôn rồi": after the transfer, the one paid cut the citizen off; not
    /// a cut-off denied ("không" right before it, unless it is one of the phrases saying so), asked about ("tài khoản có bị
    /// chặn không") or imagined. One feared ("sợ shop chặn") is suspicion, which after a transfer is a loss too (see Lost).
    /// </summary>
    private static bool CutOffAfter(IReadOnlyList<ConceptHit> hits, ConceptHit transfer) =>
        hits.Any(cut => cut.Is(Concept.CutOff) && cut.Start > transfer.Start && !Negated(hits, cut) && !Imagined(hits, cut));

    /// <summary>"người xưng công an bảo tôi đọc mã OTP", "họ bắt tôi chuyển tiền", "gửi mã OTP cho tôi".</summary>
    private static bool InProgress(IReadOnlyList<ConceptHit> hits, ConceptHit h) =>
        !Imagined(hits, h) &&
        ((h.Is(Concept.Actor) && HasAfter(hits, h, Concept.Demand | Concept.Ask) && HasAfter(hits, h, Wanted))
         || (h.Is(Concept.Pronoun) && hits.Any(d => d.Is(Concept.Demand) && d.Start == h.End) && HasAfter(hits, h, Wanted))
         || (h.Is(Concept.Demand) && hits.Any(m => m.Is(Concept.Me) && m.Start == h.End) && HasAfter(hits, h, Wanted))
         || (h.Is(Concept.Give | Concept.Send) && !Negated(hits, h) && !JustBefore(hits, h, Concept.Done | Concept.Actor)
             && Has(hits, Concept.Secret) && HasAfter(hits, h, Concept.ToMe)));

    /// <summary>
    /// "nghe nói nhiều người bị lừa mất tiền qua zalo": what the citizen heard of others, with nothing done or "rồi" of their
    /// own ("nghe nói … mà tôi vừa chuyển tiền rồi" is theirs).
    /// </summary>
    private static bool HeardOf(IReadOnlyList<ConceptHit> hits) =>
        Has(hits, Concept.Hearsay) && !Has(hits, Concept.Done | Concept.After);

    /// <summary>
    /// "đi chợ người ta kêu quét QR trả tiền": a seller in front of the citizen asking to be paid by QR code is how QR
    /// payment works, not a scam: a place of in-person trade, paying for something, a QR code, and nothing else asked for
    /// (no secret, no app, no other transfer), nothing lost, no prize, online shop or stranger. Paying need not be said when
    /// nothing the QR code is for follows it ("đi chợ người ta toàn bảo quét QR, tôi chưa biết làm"); "quét mã qr để nhận
    /// hỗ trợ" says what it is for, and it is no payment.
    /// </summary>
    private static bool PaysAShop(IReadOnlyList<string> tokens, IReadOnlyList<ConceptHit> hits) =>
        Has(hits, Concept.QrPayment) && Shops.Any(p => TextAnalyzer.Contains(tokens, p))
        && (Paying.Any(p => TextAnalyzer.Contains(tokens, p)) || !PurposeAfterQr(tokens, hits))
        && !NotInPerson.Any(p => TextAnalyzer.Contains(tokens, p))
        && !hits.Any(h => h.Is(Concept.Secret | Concept.Install | Concept.Loss | Concept.Takeover | Concept.Suspicious)
                          || (h.Is(Concept.Transfer) && !h.Is(Concept.QrPayment) && !PaysByTheQr(hits, h)));

    /// <summary>Whether words after the QR code say what it is for: "để", "nhận", "được", "tặng", "đăng nhập".</summary>
    private static bool PurposeAfterQr(IReadOnlyList<string> tokens, IReadOnlyList<ConceptHit> hits)
    {
        var after = hits.Where(h => h.Is(Concept.QrPayment)).Min(h => h.End);
        return tokens.Skip(after).Any(t => t is "de" or "nhan" or "duoc" or "dc" or "tang")
            || TextAnalyzer.Contains([.. tokens.Skip(after)], ["dang", "nhap"]);
    }

    /// <summary>"quét QR (để) chuyển khoản": the transfer is the QR payment itself, said again.</summary>
    private static bool PaysByTheQr(IReadOnlyList<ConceptHit> hits, ConceptHit transfer) =>
        hits.Any(q => q.Is(Concept.QrPayment) && q.End <= transfer.Start && transfer.Start - q.End <= 1);

    // Folded words, found apart from the concept phrases so that they take no word from them ("đọc ra cho anh" keeps its
    // "cho anh"). None that folds into a common phrase: not "cửa hàng" ("của hàng"), "người bán" ("người bạn"), "chủ
    // quán" ("chủ quan").
    private static readonly string[][] Shops = Phrases(
        "di cho", "ra cho", "ngoai cho", "sieu thi", "tap hoa", "quan an", "quan ca phe", "quan nuoc", "nha thuoc", "cay xang",
        "thu ngan", "chu tiem");

    private static readonly string[][] Paying = Phrases("tra tien", "thanh toan", "tinh tien", "mua");

    private static readonly string[][] NotInPerson = Phrases("nhan qua", "nhan thuong", "trung thuong", "qua tang", "online", "tren mang", "qua mang", "nguoi la");

    private static string[][] Phrases(params string[] phrases) => [.. phrases.Select(p => p.Split(' '))];

    private static bool Has(IReadOnlyList<ConceptHit> hits, Concept concepts) => hits.Any(h => h.Is(concepts));

    private static bool HasAfter(IReadOnlyList<ConceptHit> hits, ConceptHit h, Concept concepts) =>
        hits.Any(o => o.Start > h.Start && o.Is(concepts));

    private static bool JustBefore(IReadOnlyList<ConceptHit> hits, ConceptHit h, Concept concepts) =>
        hits.Any(o => o.Is(concepts) && o.End <= h.Start && h.Start - o.End <= Gap);

    /// <summary>"đã đưa", "lỡ tay chuyển", or "… rồi" after the act.</summary>
    private static bool Happened(IReadOnlyList<ConceptHit> hits, ConceptHit act) =>
        JustBefore(hits, act, Concept.Done) || hits.Any(o => o.Is(Concept.After) && o.Start >= act.End);

    /// <summary>
    /// "quét QR có bị lừa không", "app ngân hàng có bị hack không", "người già có hay bị lừa không", "ngân hàng có gọi điện
    /// hỏi OTP không": a loss, takeover, demand or request asked about ("có" shortly before it, a yes/no question closing the
    /// message) when nothing has happened yet; "đã cài app theo lời họ, có bị mất tiền không" has. A cut-off asked about
    /// is one whatever happened before it ("chuyển khoản nhiều lần rồi, tài khoản có bị chặn không").
    /// </summary>
    private static bool AskedWhether(IReadOnlyList<string> tokens, IReadOnlyList<ConceptHit> hits, ConceptHit h) =>
        h.Is(Concept.Loss | Concept.Takeover | Concept.Demand | Concept.Ask | Concept.CutOff) && JustBefore(hits, h, Concept.Whether)
        && YesNo(tokens) && (h.Is(Concept.CutOff) || !hits.Any(o => o.Is(Concept.Done | Concept.After)));

    /// <summary>Whether the message closes as a yes/no question ("… không ạ", "… ko vậy ad", "… chưa").</summary>
    private static bool YesNo(IReadOnlyList<string> tokens) =>
        tokens.TakeLast(YesNoTail).Any(t => t is "khong" or "ko" or "k" or "chua" or "hong" or "khum");

    // The acts a "có" before them says were done.
    private const Concept DoneActs = Concept.Transfer | Concept.Give | Concept.Send | Concept.Install;

    /// <summary>
    /// Whether posing is what was typed: the words with their marks ("giả làm", "đóng giả", "giả dạng"; not "Gia Lâm" nor
    /// "đồng giá"), or, typed without them, right after a person ("thang dong gia", "dua gia lam").
    /// </summary>
    private static bool PosingAsTyped(string text, IReadOnlyList<string> tokens)
    {
        var spelled = text.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        if (SpelledPosing.Any(spelled.Contains))
        {
            return true;
        }

        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (Persons.Contains(tokens[i - 1]) && ((tokens[i] == "gia" && tokens[i + 1] is "lam" or "dang") || (tokens[i] == "dong" && tokens[i + 1] == "gia")))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] SpelledPosing = ["giả làm", "đóng giả", "giả dạng"];

    // Who may pose, folded: "thằng", "đứa", "kẻ", "người", "nó", "bọn", "tụi", "con" (con nhỏ), "ông", "bà", "ai".
    private static readonly HashSet<string> Persons = ["thang", "dua", "ke", "nguoi", "no", "bon", "tui", "con", "ong", "ba", "ai"];

    /// <summary>"giả làm shipper", "đóng giả nhân viên điện lực": posing, with the one posed as right after it.</summary>
    private static bool PosesAs(IReadOnlyList<ConceptHit> hits, ConceptHit h) =>
        h.Is(Concept.Posing) && hits.Any(actor => actor.Is(Concept.Actor) && actor.Start == h.End);

    /// <summary>"sợ bị lừa", "lo lắng bị lừa đảo", "ngại bị hack", "sợ shop chặn": a loss, takeover or cut-off feared, right after the fear.</summary>
    private static bool Feared(IReadOnlyList<ConceptHit> hits, ConceptHit h) =>
        h.Is(Concept.Loss | Concept.Takeover | Concept.CutOff) && hits.Any(o => o.Is(Concept.Worry) && o.End == h.Start);

    // How near the end of a message the "không" of a yes/no question stands ("có bị lừa không ạ", "… ko vậy ad").
    private const int YesNoTail = 3;

    /// <summary>"không bị lừa", "tránh bị lừa"; a negation further off is about something else ("không ngờ tôi bị lừa").</summary>
    private static bool Negated(IReadOnlyList<ConceptHit> hits, ConceptHit h) =>
        hits.Any(o => o.Is(Concept.Negation) && o.End <= h.Start && h.Start - o.End <= 1);

    /// <summary>"nếu bị lừa…", "lỡ như chuyển nhầm…": the message imagines it before saying it.</summary>
    private static bool Imagined(IReadOnlyList<ConceptHit> hits, ConceptHit h) =>
        hits.Any(o => o.Is(Concept.Hypothetical) && o.Start < h.Start);
}
