using System.Text;
using System.Text.RegularExpressions;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Flows.Faq;

/// <summary>
/// What a short follow-up asks of the matter just answered, when it is one of the things any procedure or service has:
/// where ("làm ở đâu"), which papers ("cần mang theo giấy tờ gì"), the steps ("làm từng bước ntn"), whether it can be done
/// online ("làm trên mạng được không hay phải lên xã"), whether it costs ("gọi có tốn tiền không") or which number to call
/// ("gọi số nào") or how to pay ("phí trả bằng cách nào"), or when ("tổ chức vào dịp nào"). An answer that already says it answers the follow-up, however few words the two share: "thẻ căn cước"
/// are the papers, a numbered list the steps, "miễn phí" the cost. Read from analyzed words, so shorthand and text without
/// diacritics read the same; a word typed with its marks counts only as spelled ("đầu" is no "đâu").
/// </summary>
public static partial class AskedAspect
{
    /// <summary>What <paramref name="tokens"/> ask of a matter; <see cref="Aspect.None"/> when none of these.</summary>
    public static Aspect Of(IReadOnlyList<Token> tokens)
    {
        bool Is(int i, string folded, string spelled) => i >= 0 && i < tokens.Count && tokens[i].Is(folded, spelled);
        bool Pair(int i, string first, string firstSpelled, string second, string secondSpelled) =>
            Is(i, first, firstSpelled) && Is(i + 1, second, secondSpelled);
        bool Anywhere(Func<int, bool> at) => Enumerable.Range(0, tokens.Count).Any(at);
        var asks = tokens.Any(t => FollowUpQuestion.IsQuestionWord(t.Folded)) || tokens.Any(t => t.Folded == "hay");

        for (var i = 0; i < tokens.Count; i++)
        {
            // "giấy tờ gì", "mang theo gì", "cần mang gì".
            if ((Pair(i, "giay", "giấy", "to", "tờ") || Pair(i, "mang", "mang", "theo", "theo")) && asks)
            {
                return Aspect.Papers;
            }

            // "từng bước", "các bước", "mấy bước", "bước nào".
            if (Is(i, "buoc", "bước") && (Is(i - 1, "tung", "từng") || Is(i - 1, "cac", "các") || Is(i - 1, "may", "mấy") || Is(i - 1, "nhung", "những") || Is(i + 1, "nao", "nào")))
            {
                return Aspect.Steps;
            }

            // "gọi số nào", "số điện thoại nào", "tổng đài nào", "hotline".
            if ((Is(i, "so", "số") && (Is(i + 1, "nao", "nào") || Is(i + 1, "may", "mấy") || Pair(i + 1, "dien", "điện", "thoai", "thoại")) && tokens.Any(t => t.Folded is "goi" or "lien" or "hoi"))
                || (Pair(i, "tong", "tổng", "dai", "đài") && asks) || Is(i, "hotline", "hotline"))
            {
                return Aspect.Phone;
            }

            // "ở đâu", "chỗ nào", "nơi nào", "tại đâu", "đến đâu".
            // Not "tới đâu rồi", "đến đâu rồi": how far along it is.
            if (((Is(i, "o", "ở") || Is(i, "tai", "tại") || (Is(i, "den", "đến") && !Is(i + 2, "roi", "rồi"))) && Is(i + 1, "dau", "đâu"))
                || ((Is(i, "cho", "chỗ") || Is(i, "noi", "nơi")) && Is(i + 1, "nao", "nào")))
            {
                return Aspect.Place;
            }
        }

        // "vì sao", "tại sao", "sao lại thế": why. Not "để làm gì", which asks what it is for (its uses).
        if (Anywhere(i => (Is(i, "vi", "vì") || Is(i, "tai", "tại")) && Is(i + 1, "sao", "sao")))
        {
            return Aspect.Why;
        }

        // "ai thực hiện", "do ai tổ chức", "ai cập nhật nội dung", "cơ quan nào phụ trách": who does it. Not who it is for
        // ("cho ai"), who signed or issued it (read before this), nor "ai cũng".
        if (Anywhere(i => (Is(i, "ai", "ai") && (Is(i - 1, "do", "do") || Is(i - 1, "boi", "bởi") || Doing.Any(verb => Pair(i + 1, verb[0], verb[1], verb[2], verb[3]))))
                || ((Pair(i, "co", "cơ", "quan", "quan") || Pair(i, "don", "đơn", "vi", "vị")) && Is(i + 2, "nao", "nào"))))
        {
            return Aspect.Who;
        }

        // "phí trả bằng cách nào", "nộp phí bằng gì", "tiền phí trả kiểu gì": how to pay.
        // Typed without marks, not "tra cứu" (look up), "đồng ý", "tiến độ", "tiến hành".
        var pays = Anywhere(i => (Is(i, "tra", "trả") && !Is(i + 1, "cuu", "cứu")) || Is(i, "nop", "nộp")
            || (Is(i, "dong", "đóng") && !Is(i + 1, "y", "ý")) || Pair(i, "thanh", "thanh", "toan", "toán"));
        var fee = Anywhere(i => Is(i, "phi", "phí")
            || (Is(i, "tien", "tiền") && !(i + 1 < tokens.Count && !tokens[i].HasMarks && tokens[i + 1].Folded is "do" or "hanh" or "trinh" or "bo" or "loi" or "ich")));
        var how = Anywhere(i => (Is(i, "bang", "bằng") && (Is(i + 1, "gi", "gì") || Is(i + 1, "cach", "cách")))
            || (Is(i, "kieu", "kiểu") && Is(i + 1, "gi", "gì")) || (Is(i, "the", "thế") && Is(i + 1, "nao", "nào")) || (Is(i, "lam", "làm") && Is(i + 1, "sao", "sao")));
        if (pays && fee && how)
        {
            return Aspect.Payment;
        }

        // "có mất phí không", "tốn tiền không", "có miễn phí không": whether it costs.
        if (tokens.Any(t => t.Folded is "khong" or "chua") && Anywhere(i =>
                Is(i, "phi", "phí") || (Is(i, "ton", "tốn") && Is(i + 1, "tien", "tiền")) || (Is(i, "mat", "mất") && Is(i + 1, "tien", "tiền") && Is(i - 1, "co", "có"))))
        {
            return Aspect.Cost;
        }

        // "làm online được không", "làm trên mạng được không hay phải lên xã", "làm trên đt dc ko".
        var online = Anywhere(i =>
            Pair(i, "truc", "trực", "tuyen", "tuyến") || Is(i, "online", "online")
            || ((Is(i, "tren", "trên") || Is(i, "qua", "qua")) && (Is(i + 1, "mang", "mạng") || Pair(i + 1, "dien", "điện", "thoai", "thoại"))));
        if (online && asks)
        {
            return Aspect.Online;
        }

        // "bắt đầu từ đâu", "bắt đầu ntn": where to start, the first of the steps (not where something is: "bắt đầu học ở
        // đâu" is read above).
        if (Anywhere(i => Pair(i, "bat", "bắt", "dau", "đầu") && Anywhere(j => j > i + 1 && FollowUpQuestion.Asks(tokens, j))))
        {
            return Aspect.Steps;
        }

        // What one should do about it: "vậy giờ phải làm sao", "nên làm gì", "có nên làm theo không", "cần lưu ý gì",
        // "xử lý thế nào", "làm gì bây giờ".
        bool How(int i) => Is(i, "gi", "gì") || Is(i, "sao", "sao") || Pair(i, "the", "thế", "nao", "nào") || (Is(i, "nhu", "như") && Pair(i + 1, "the", "thế", "nao", "nào"));
        bool Now(int i) => Is(i, "gio", "giờ") || Pair(i, "bay", "bây", "gio", "giờ");
        var should = Anywhere(i => (Is(i, "nen", "nên") || Is(i, "phai", "phải")) && (How(i + 1) || (Is(i + 1, "lam", "làm") && How(i + 2))));
        var whether = Anywhere(i => Pair(i, "co", "có", "nen", "nên")) && tokens.Skip(2).Any(t => t.Is("khong", "không") || t.Is("chua", "chưa") || t.Is("hay", "hay"));
        // Not "xử lý mất bao lâu": how long, not what to do.
        var heed = Anywhere(i => (Pair(i, "luu", "lưu", "y", "ý") || Pair(i, "chu", "chú", "y", "ý") || Pair(i, "can", "cẩn", "than", "thận") || Pair(i, "xu", "xử", "ly", "lý"))
            && Anywhere(j => j > i + 1 && How(j)));
        var now = Anywhere(i => Is(i, "lam", "làm") && (Is(i + 1, "sao", "sao") || Is(i + 1, "gi", "gì")) && (Now(i - 1) || Now(i + 2)));
        // "lấy lại thế nào", "giờ lấy lại kiểu chi", "làm sao lấy lại": what to do to get back what was lost (not "lái", "lãi").
        var back = Anywhere(i => Pair(i, "lay", "lấy", "lai", "lại") && Anywhere(j => (j < i || j > i + 1)
            && (How(j) || Is(j, "ntn", "ntn") || ((Is(j, "kieu", "kiểu") || Is(j, "cach", "cách")) && (Is(j + 1, "chi", "chi") || Is(j + 1, "nao", "nào"))))));
        if (should || whether || heed || now || back)
        {
            return Aspect.Advice;
        }

        // "tổ chức vào ngày nào", "khi nào", "lúc nào", "dịp nào": when it happens, asked of nothing above ("khi nào thì phải
        // làm gì" asks what to do). Not "ngày nào … cũng" (every day), nor "năm nào" (a year, an AskedFigure); not "bao giờ",
        // which as often asks how long ("bao giờ có kết quả").
        return Anywhere(i => (Is(i, "khi", "khi") || Is(i, "luc", "lúc") || Is(i, "dip", "dịp") || Is(i, "hom", "hôm") || Is(i, "ngay", "ngày"))
                && Is(i + 1, "nao", "nào") && !tokens.Skip(i + 2).Any(t => t.Is("cung", "cũng")))
            ? Aspect.When
            : Aspect.None;
    }

    // What a body does, as asked of it: "ai thực hiện", "ai tổ chức" (folded and spelled, two syllables).
    private static readonly string[][] Doing =
    [
        ["thuc", "thực", "hien", "hiện"], ["to", "tổ", "chuc", "chức"], ["cap", "cập", "nhat", "nhật"], ["phu", "phụ", "trach", "trách"],
        ["chu", "chủ", "tri", "trì"], ["trien", "triển", "khai", "khai"], ["quan", "quản", "ly", "lý"], ["van", "vận", "hanh", "hành"],
        ["xay", "xây", "dung", "dựng"],
    ];

    /// <summary>
    /// The folded words that ask one of the aspects ("tốn", "giấy tờ", "bước", "bấm vào", "số", "trên mạng", "nên"), and where
    /// one presses in any app ("vào ứng dụng rồi bấm mục nào", "nút nào"; "app" is read as "ứng dụng"): no subject of their own.
    /// </summary>
    public static readonly IReadOnlySet<string> Words = new HashSet<string>(StringComparer.Ordinal)
    {
        "giay", "to", "mang", "theo", "buoc", "tung", "cac", "so", "dien", "thoai", "tong", "dai", "hotline", "lien", "he", "goi",
        "cho", "noi", "tai", "den", "phi", "ton", "tien", "mat", "mien", "truc", "tuyen", "online", "tren", "qua",
        "ai", "thuc", "hien", "chuc", "nhat", "phu", "trach", "tri", "xay",
        "nen", "phai", "luu", "y", "chu", "than", "xu", "ly", "bay", "bam", "vao", "chon", "ung", "dung", "muc", "nut",
        "dip",
    };

    /// <summary>
    /// Whether <paramref name="tokens"/> ask what to do and name nothing else: "vậy giờ phải làm sao", "cần lưu ý những gì";
    /// not "muốn đặt lịch thì phải làm sao", "nhận kết quả thì nên làm gì", which ask it of a subject of their own.
    /// </summary>
    public static bool AsksOnlyAdvice(IReadOnlyList<Token> tokens) =>
        Of(tokens) == Aspect.Advice
        && tokens.Select((t, i) => VietnameseTokenizer.IsStopWord(t) || FollowUpQuestion.Asks(tokens, i) || AdviceWords.Contains(t.Folded) || GetsBack(tokens, i)).All(only => only);

    // The words of asking what to do, and what stands around them ("vậy giờ", "thì", "những gì", "em"), folded.
    private static readonly HashSet<string> AdviceWords =
    [
        "vay", "v", "thi", "gio", "h", "bay", "lam", "nen", "phai", "co", "can", "luu", "y", "chu", "than", "xu", "ly", "the", "nhu", "theo",
        "a", "ad", "oi", "nua", "roi", "day", "nhung", "dieu", "em", "e", "toi", "minh", "tui", "ntn", "kieu", "cach", "chi",
    ];

    // Either word of "lấy lại" at i (FollowUpQuestion.GetsBack): getting back what the last answer is about ("giờ làm sao để
    // lấy lại"), not driving ("lái") nor interest ("lãi").
    private static bool GetsBack(IReadOnlyList<Token> tokens, int i) =>
        (i + 1 < tokens.Count && FollowUpQuestion.GetsBack(tokens[i + 1], tokens[i].Folded))
        || (i > 0 && FollowUpQuestion.GetsBack(tokens[i], tokens[i - 1].Folded));

    /// <summary>Whether <paramref name="answer"/> says what <paramref name="aspect"/> asks (always, for none).</summary>
    public static bool IsStatedIn(Aspect aspect, string answer)
    {
        // Content is written with its marks and capitals.
        var text = answer.Normalize(NormalizationForm.FormC);
        return aspect switch
        {
            Aspect.Papers => Papers().IsMatch(text),
            Aspect.Steps => NumberedStep().Count(text) >= 2,
            Aspect.Phone => Phone().IsMatch(text),
            Aspect.Place => Place().IsMatch(text),
            Aspect.Cost => AskedFigure.IsStatedIn(FigureKind.Money, answer),
            Aspect.Online => Online().IsMatch(text),
            Aspect.Payment => Payment().IsMatch(text),
            Aspect.Who => Body().IsMatch(text),
            Aspect.Why => Reason().IsMatch(text),
            Aspect.When => Date().IsMatch(DocumentDate().Replace(text, "")),
            Aspect.Advice => Advice().IsMatch(text),
            _ => true,
        };
    }

    [GeneratedRegex(@"(?<!\p{L})(mang( theo)?|giấy tờ (gồm|cần)|hồ sơ gồm|chuẩn bị)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Papers();

    [GeneratedRegex(@"(^|\n)\s*(\d{1,2}[.)]|bước \d)\s", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedStep();

    // A number to call: "tổng đài", "đường dây nóng", or "gọi" a number or a line ("gọi 113", "gọi miễn phí tổng đài"; not "gọi là").
    [GeneratedRegex(@"(?<!\p{L})(tổng đài|đường dây nóng|hotline|gọi (ngay |miễn phí )?(\d|số|tới|đến|cho|tổng đài|đường dây))", RegexOptions.IgnoreCase)]
    private static partial Regex Phone();

    // A place one goes to ("đến Công an xã", "tại nhà văn hóa"), or where something is done ("dùng dịch vụ liên thông trên
    // VNeID", "học trên nền tảng…"; not "căn cước điện tử trên VNeID"), or a website.
    [GeneratedRegex(@"(?<!\p{L})((đến|tới|tại|vào|ra) |(dùng|làm|học|nộp|đăng ký|tải|cài|cài đặt|thực hiện|gửi|tra cứu|khai|xem)(?!\p{L})[^.\n]{0,40}(?<!\p{L})(trên|qua|ở) )(\p{Lu}|ứng dụng|trang|cổng|nhà văn hóa|bộ phận|điểm|bưu điện|nền tảng|các (điểm|trung tâm|lớp))|[a-z0-9-]+\.(gov\.)?vn(?![a-z])")]
    private static partial Regex Place();

    [GeneratedRegex(@"(?<!\p{L})(trực tuyến|online|qua mạng|trên mạng|tại nhà)(?!\p{L})|Cổng Dịch vụ công|VNeID", RegexOptions.IgnoreCase)]
    private static partial Regex Online();

    // A reason given: "vì thiết bị di động là phương tiện chính", "nhằm…", or a sentence opening with "Để…" ("Để mọi
    // người hiểu…"); not the "để" of a purpose inside a theme ("… để phát triển").
    [GeneratedRegex(@"(?<!\p{L})(vì|nhằm|bởi vì)(?!\p{L})|(^|[.:;]\s+)Để ", RegexOptions.Multiline)]
    private static partial Regex Reason();

    // A body named as doing something: an office, a ministry, a committee, the youth union ("Sở Thông tin và Truyền thông",
    // "UBND các huyện", "Bộ Công an", "Ban Tuyên giáo", "Đoàn Thanh niên"), written with its capital.
    // Not the issuer's part of a document's number ("96/KH-UBND").
    [GeneratedRegex(@"(?<![\p{L}/-])(Sở|Bộ|Ban|Ủy ban|UBND|Văn phòng|Đoàn|Hội|Công an|Trung tâm|Thủ tướng|Chính phủ|Tỉnh ủy|Đảng ủy|Mặt trận)(?!\p{L})")]
    private static partial Regex Body();

    // Advice to the citizen: what to do or beware of ("nên", "đừng", "cảnh giác"), a sentence or a line of a list opening with
    // what not to do ("Không nạp tiền…", "Lưu ý: chỉ nhờ người tin cậy…", "- Chỉ cài ứng dụng từ CH Play…"), numbered steps
    // ("1. Vào ứng dụng…"), or what Anh/Chị does ("Anh/Chị chọn "Quên mật khẩu"…"). Not a list of a plan's fields or of what
    // digital transformation brings ("- Mua bán, quảng bá sản phẩm…"), nor a note on a document's number ("Lưu ý: một số
    // văn bản ghi nhầm…").
    [GeneratedRegex(@"(?<!\p{L})(?i:nên|hãy|đừng|cảnh giác|cẩn thận|tránh|tuyệt đối không)(?!\p{L})|(^|[.:;]\s+|^-\s+)(?i:Không|Chỉ) \p{Ll}|^\s*\d{1,2}[.)]\s+(Vào|Chọn|Điền|Nhận|Đến|Mở|Bấm|Đăng nhập|Đăng ký|Tải|Cài|Đặt|Kiểm tra|Gọi|Báo|Dùng|Chụp|Liên kết|Trả lời|Mua|Ưu tiên|Xem|Nhập|Giữ|Cập nhật|Bật|Đổi|Kết nối)(?!\p{L})|Anh/Chị (cần|không|chọn|vào|làm|liên hệ|thử|gọi|báo|mang|đến|dùng|cài|tải|kiểm tra|đổi|đặt|bấm|cúp|hỏi|nhập|mở|xem|giữ|khóa|chụp|tra cứu|đăng nhập|đăng ký)(?!\p{L})", RegexOptions.Multiline)]
    private static partial Regex Advice();

    // A day or a recurring one: "10/10", "ngày 10/10", "tháng 10", "hằng năm", "Chủ nhật"; a year alone is read by AskedFigure
    // ("năm nào"), and many answers name one in passing ("đến năm 2030"). The date a cited document was issued, within a
    // sentence of its number ("Kế hoạch số 01-KH/BCĐTW ngày 21/3/2025", "57-NQ/TW của Bộ Chính trị ngày 22/12/2024"), says
    // when it was issued, not when anything it plans happens (DocumentDate). "24/7" is all the time, no day.
    [GeneratedRegex(@"(?<![\d/])(?!24/7(?![\d/]))\d{1,2}/\d{1,2}(?![\d])|(?<!\p{L})(ngày|tháng) \d|(?<!\p{L})(hằng|hàng) (năm|tháng|tuần)(?!\p{L})|Chủ nhật", RegexOptions.IgnoreCase)]
    private static partial Regex Date();

    [GeneratedRegex(@"\S*\d\S*/\S+[^.\n]{0,60}?ngày\s+\d{1,2}(/\d{1,2}/\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})")]
    private static partial Regex DocumentDate();

    [GeneratedRegex(@"(?<!\p{L})(ngân hàng|ví điện tử|chuyển khoản|quét mã|thẻ ngân hàng)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Payment();
}

/// <summary>What a follow-up asks of the matter just answered (<see cref="AskedAspect"/>).</summary>
public enum Aspect
{
    /// <summary>None of the aspects below.</summary>
    None,

    /// <summary>Where it is done or found.</summary>
    Place,

    /// <summary>Which papers to bring or prepare.</summary>
    Papers,

    /// <summary>The steps, one by one.</summary>
    Steps,

    /// <summary>Whether it can be done online.</summary>
    Online,

    /// <summary>Whether it costs.</summary>
    Cost,

    /// <summary>Which number to call.</summary>
    Phone,

    /// <summary>How to pay a fee.</summary>
    Payment,

    /// <summary>Who does it: which body carries it out, organizes or keeps it.</summary>
    Who,

    /// <summary>Why it is done.</summary>
    Why,

    /// <summary>When it happens: a date or an occasion.</summary>
    When,

    /// <summary>What one should do about it, or beware of.</summary>
    Advice,
}
