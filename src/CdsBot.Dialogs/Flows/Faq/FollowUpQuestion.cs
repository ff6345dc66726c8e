using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Flows.Faq;

/// <summary>
/// Recognizes a follow-up that may have no subject of its own: a short message made of question words and words
/// about some attribute of a subject ("ai ký?", "làm ở đâu", "mất phí không", "cần giấy tờ gì", "cái đó bao lâu"),
/// a very short question ("ai phát động?"), or one that swaps the subject of the last question ("còn khai tử thì
/// sao"). Works on analyzed tokens, so shorthand ("o dau z", "can j") and text without diacritics read the same.
/// </summary>
public static class FollowUpQuestion
{
    /// <summary>
    /// Messages with more words than this, function words aside, carry a subject of their own; the chatter around a
    /// follow-up ("tỉnh đó còn những văn bản nào khác nữa") does not make it one.
    /// </summary>
    public const int MaxWords = 8;

    // Question words, pronouns and attributes any subject can have (folded).
    private static readonly HashSet<string> Cues =
    [
        "ai", "dau", "nao", "khi", "bao", "gio", "lau", "nhieu", "phi", "le", "mat", "gi", "sao", "the", "nhu", "ra",
        "can", "giay", "to", "thu", "tuc", "ho", "so", "o", "tai", "lam", "dang", "ky", "no", "cai", "do", "nay", "vay",
        "thi", "con", "nua", "them", "dieu", "kien", "thoi", "gian", "han", "cach", "buoc", "tien", "mien", "co",
        "khong", "duoc", "di", "den", "nop", "xin", "lay", "nhan", "ket", "qua", "ngay", "nam", "thang", "cu",
        "truc", "tuyen", "mang", "online", "hoi", "de", "phai", "theo", "chi", "tiet", "tung",

        // What any document has: "ban hành ngày nào", "hiệu lực từ khi nào".
        "ban", "hanh", "hieu", "luc",
    ];

    // Words that make a short message a question about something not named in it ("ai phát động?").
    // Folded, and as spelled with their marks.
    private static readonly Dictionary<string, string> QuestionWords = new(StringComparer.Ordinal)
    {
        ["ai"] = "ai", ["dau"] = "đâu", ["nao"] = "nào", ["gi"] = "gì", ["sao"] = "sao", ["bao"] = "bao", ["may"] = "mấy",
        ["khong"] = "không", ["ko"] = "ko", ["chua"] = "chưa",
    };

    /// <summary>Whether the folded word asks (ai, đâu, nào, gì, sao, bao, mấy, không, chưa) rather than names something.</summary>
    public static bool IsQuestionWord(string folded) => QuestionWords.ContainsKey(folded);

    /// <summary>
    /// Whether the word at <paramref name="i"/> asks: a question word as spelled, typed with its marks ("báo" is no "bao"),
    /// and "bao" only before "nhiêu", "lâu" or "giờ" ("có cần bao công an không" typed without marks reports).
    /// </summary>
    public static bool Asks(IReadOnlyList<Token> tokens, int i) =>
        QuestionWords.TryGetValue(tokens[i].Folded, out var spelled) && tokens[i].Is(tokens[i].Folded, spelled)
        && !(tokens[i].Folded == "bao" && !(i + 1 < tokens.Count && tokens[i + 1].Folded is "nhieu" or "lau" or "gio"));

    /// <summary>Messages this short with a question word may leave their subject to the last answer.</summary>
    public const int ShortQuestionWords = 4;

    // Longer endings first: "thì ra sao" before "sao".
    private static readonly string[][] SwapEndings = [["thi", "sao"], ["thi", "ra", "sao"], ["thi", "the", "nao"], ["the", "nao"], ["sao"], ["thi", "nhu", "the", "nao"], ["nhu", "the", "nao"], ["thi", "can", "gi"]];

    // What "còn X thì …" says when it asks of X what the last question asked: the endings above after "thì".
    private static readonly string[][] GenericAsks = [.. SwapEndings.Where(e => e[0] == "thi").Select(e => e[1..])];

    /// <summary>
    /// Whether <paramref name="tokens"/> ask only whether something is genuine: "thật hay giả", "có phải lừa không", "làm sao
    /// biết là lừa hay thật", naming nothing else (not "tin giả", the news). Typed without marks, "gia" or "lua" is that only
    /// beside "thật", "đảo" or "biết" ("nguoi gia thi sao" is about the elderly, "gia lua" the price of rice). "Thật" alone
    /// asks it too when the message asks yes or no: "thế có phải nó thật không".
    /// </summary>
    public static bool AsksWhetherGenuine(IReadOnlyList<Token> tokens)
    {
        var named = Named(tokens).ToList();
        var unmarked = tokens.Any(t => !t.HasMarks && t.Folded is "gia" or "lua");
        // Not "cần thiết" (needed), typed with or without marks.
        var needed = tokens.Where((t, i) => i > 0 && t.Folded == "thiet" && tokens[i - 1].Folded == "can").Any();
        var real = named.All(w => w is "that" or "thiet") && tokens.Any(t => IsYesNo(t.Folded) || t.Folded == "hong") && !needed;
        return named.Count > 0 && named.All(GenuineWords.Contains) && (named.Any(w => w is "gia" or "lua") || real)
            && tokens.All(t => !t.HasMarks || t.Folded is not ("gia" or "lua" or "that" or "thiet") || t.Spelled is "giả" or "lừa" or "thật" or "thiệt")
            && (!unmarked || named.Any(w => w is "that" or "thiet" or "dao" or "biet"));
    }

    /// <summary>
    /// Whether <paramref name="tokens"/> say only that the trouble goes on and ask what now: "thử lại mấy lần rồi vẫn bị, giờ
    /// sao", "vẫn ko được thì gọi ai", "vẫn lỗi hoài". "Vẫn" typed with its marks is no "văn" (văn bản).
    /// </summary>
    public static bool StillFails(IReadOnlyList<Token> tokens)
    {
        var still = Enumerable.Range(0, tokens.Count).Any(i => tokens[i].Is("van", "vẫn")
            && tokens.Skip(i + 1).Take(3).Any(t => t.Is("bi", "bị") || t.Is("loi", "lỗi") || IsYesNo(t.Folded) || t.Is("hong", "hông")));
        return still && Enumerable.Range(0, tokens.Count).Any(i => Asks(tokens, i)) && Named(tokens).All(StillWords.Contains);
    }

    // What a message saying the trouble goes on names besides it, folded: tried again, many times, still, failing, whom to call.
    private static readonly HashSet<string> StillWords = ["van", "bi", "loi", "lan", "thu", "lai", "hoai", "mai", "nhieu", "goi", "bam", "vao", "roi", "duoc", "dc", "nua", "sao", "chua"];

    // The words of asking whether something is genuine, folded: real, fake, a scam, to tell.
    private static readonly HashSet<string> GenuineWords = ["that", "thiet", "gia", "lua", "dao", "biet", "phan", "nhan", "ra"];

    /// <summary>Whether <paramref name="tokens"/> ask what something is: "là gì", "là sao", "nghĩa là gì".</summary>
    public static bool AsksWhatItIs(IReadOnlyList<Token> tokens) =>
        tokens.Where((t, i) => t.Is("la", "là") && i + 1 < tokens.Count && tokens[i + 1].Folded is "gi" or "sao" or "chi").Any();

    /// <summary>Whether <paramref name="tokens"/> are few enough, function words aside (<see cref="MaxWords"/>), to leave their subject to the last answer.</summary>
    public static bool IsShort(IReadOnlyList<Token> tokens) => tokens.Count(t => !VietnameseTokenizer.IsStopWord(t)) <= MaxWords;

    /// <summary>The follow-up <paramref name="tokens"/> are, or null when the message stands on its own; never a complication (<see cref="FollowUp.Continues"/>).</summary>
    public static FollowUp? Read(IReadOnlyList<Token> tokens) => Read(tokens, meant: null);

    /// <summary>
    /// The follow-up <paramref name="tokens"/> are, or null when the message stands on its own. With
    /// <paramref name="meant"/> (the folded words typed without marks that the content reads as content words beside
    /// the same neighbour, of the message's first two words: "ma otp" is "mã OTP"), a message opening with "nhưng" or
    /// "mà" may be a complication of the matter just answered (<see cref="FollowUp.Continues"/>).
    /// </summary>
    public static FollowUp? Read(IReadOnlyList<Token> tokens, IReadOnlySet<string>? meant)
    {
        if (tokens.Count == 0 || !IsShort(tokens))
        {
            return null;
        }

        // "thế còn Thái Bình?", "vậy còn khai tử thì sao": the opening particle adds nothing to "còn X".
        if (tokens.Count > 2 && (IsSpelled(tokens, 0, "thế") || IsSpelled(tokens, 0, "vậy")) && IsSpelled(tokens, 1, "còn"))
        {
            tokens = [.. tokens.Skip(1)];
        }

        // "còn ở Lào Cai thì sao", "còn tại Trà Vinh?": the place asked about, not a pronoun after "còn".
        if (tokens.Count > 2 && IsSpelled(tokens, 0, "còn") && (IsSpelled(tokens, 1, "ở") || IsSpelled(tokens, 1, "tại")))
        {
            tokens = [tokens[0], .. tokens.Skip(2)];
        }

        var words = tokens.Select(t => t.Folded).ToArray();
        if (meant is not null && Continues(tokens, words, meant))
        {
            return new FollowUp(null, OwnWords(tokens), PointsBack: true) { Continues = true };
        }

        if (AskedOfNewSubject(tokens, words) is var (other, asks))
        {
            return new FollowUp(other, 0) { Asks = asks, Otherwise = NewSubject(tokens, words) is { } swapped ? new FollowUp(swapped, 0) : null };
        }

        if (NewSubject(tokens, words) is { } subject)
        {
            return new FollowUp(subject, 0);
        }

        // "phê duyệt ở quyết định nào": which document the last answer rests on.
        if (AsksWhichDocument(tokens))
        {
            return new FollowUp(null, 0, PointsBack: true);
        }

        var ownWords = OwnWords(tokens);
        var hasCue = words.Any(Cues.Contains) || tokens.Any(t => VietnameseTokenizer.IsStopWord(t));
        var pointsBack = PointsBack(tokens, words);
        return (hasCue && ownWords == 0) || (tokens.Count <= ShortQuestionWords && words.Any(IsQuestionWord)) || pointsBack
            ? new FollowUp(null, ownWords, pointsBack)
            : null;
    }

    /// <summary>
    /// Whether <paramref name="tokens"/> ask when or by whom a document was issued or takes effect ("ban hành ngày
    /// nào", "ai ban hành", "có hiệu lực khi nào", "ký ngày nào"), with or without diacritics: what the source line of
    /// an answer citing it says.
    /// </summary>
    public static bool AsksIssue(IReadOnlyList<Token> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            var pair = (tokens[i - 1].Folded, tokens[i].Folded);
            var spelled = tokens[i - 1].HasMarks || tokens[i].HasMarks ? (tokens[i - 1].Spelled, tokens[i].Spelled) : pair;
            // "đăng ký ngày nào" asks when to register, not when something was signed.
            if (pair is ("ban", "hanh") or ("hieu", "luc") or ("ky", "ngay")
                && spelled is ("ban", "hanh") or ("ban", "hành") or ("hiệu", "lực") or ("hieu", "luc") or ("ký", "ngày") or ("ky", "ngay")
                && !(pair.Item1 == "ky" && i >= 2 && tokens[i - 2].Folded == "dang"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="tokens"/> ask which document something rests on, and nothing else: a kind of document asked
    /// with "nào", "gì" or "số mấy" ("phê duyệt ở quyết định nào", "theo văn bản nào", "nghị quyết số mấy"), every other
    /// word a function word, a question word or one of what any document does ("phê duyệt", "quy định", "căn cứ").
    /// </summary>
    public static bool AsksWhichDocument(IReadOnlyList<Token> tokens)
    {
        var words = tokens.Select(t => t.Folded).ToArray();
        var covered = new bool[words.Length];
        var asks = false;
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var kind in DocumentKinds)
            {
                var next = i + kind.Length;
                if (next > words.Length || !words.AsSpan(i, kind.Length).SequenceEqual(kind))
                {
                    continue;
                }

                var which = next < words.Length && words[next] is "nao" or "gi" ? 1
                    : next + 1 < words.Length && words[next] == "so" && words[next + 1] == "may" ? 2
                    : 0;
                if (which > 0)
                {
                    asks = true;
                    Array.Fill(covered, true, i, kind.Length + which);
                }
            }
        }

        // "có văn bản nào không" asks whether there are any, not which one this rests on.
        var yesNo = words.Contains("co") || words[^1] is "khong" or "ko" or "k" or "chua";
        return asks && !yesNo && words.Select((w, i) => covered[i] || DocumentDoes.Contains(w) || IsQuestionWord(w) || VietnameseTokenizer.IsStopWord(tokens[i])).All(c => c);
    }

    // Kinds of documents a citizen asks for by name (folded).
    private static readonly string[][] DocumentKinds =
        [["quyet", "dinh"], ["nghi", "quyet"], ["ke", "hoach"], ["van", "ban"], ["cong", "van"], ["nghi", "dinh"], ["thong", "tu"], ["de", "an"], ["chi", "thi"], ["luat"], ["qd"], ["nq"], ["kh"]];

    // What any document does, and the words around asking for one ("theo", "căn cứ", "ở", "tại"), folded.
    private static readonly HashSet<string> DocumentDoes = ["phe", "duyet", "quy", "dinh", "ban", "hanh", "can", "cu", "theo", "o", "tai", "dua", "tren", "ky", "nam", "trong", "la", "do"];

    /// <summary>
    /// Whether the message points back at what was just answered: "nó" ("nó dùng để làm gì"), "cái đó", "cái này",
    /// "điều đó", "việc đó", "trong đó". In a message typed without diacritics, "no" is read so only as the first word
    /// ("no" is also "nợ").
    /// </summary>
    private static bool PointsBack(IReadOnlyList<Token> tokens, string[] words) => Pointing(tokens, words).Count > 0;

    /// <summary>
    /// <paramref name="tokens"/> without the words that point back at the last answer ("nó", "cái đó", "trong đó"): what
    /// the follow-up asks of that answer's subject ("nó giúp gì cho dân" asks "giúp gì cho dân").
    /// </summary>
    public static string Asked(IReadOnlyList<Token> tokens)
    {
        var pointing = Pointing(tokens, [.. tokens.Select(t => t.Folded)]);
        return string.Join(' ', tokens.Where((_, i) => !pointing.Contains(i)).Select(t => t.Spelled));
    }

    /// <summary>
    /// The message with "cái X đó" ("cái chỉ số đó là sao") read as what the <paramref name="last"/> question called X
    /// (its words after X there, up to <see cref="NamedBackWords"/> content words: "chỉ số dti là sao" after "Lào Cai có
    /// kế hoạch cải thiện chỉ số DTI"); null when the message points at nothing so, or the last question says nothing more of X.
    /// </summary>
    public static string? NamedBack(IReadOnlyList<Token> tokens, IReadOnlyList<Token> last)
    {
        var plain = !VietnameseTokenizer.IsWrittenWithMarks(tokens);
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Folded != "cai")
            {
                continue;
            }

            for (var end = i + 2; end <= i + 3 && end < tokens.Count; end++)
            {
                if (!IsDemonstrative(tokens[end], plain, thisToo: true))
                {
                    continue;
                }

                var named = tokens.Skip(i + 1).Take(end - i - 1).ToList();
                var said = Said([.. named.Select(t => t.Folded)], last);
                return said.Count == 0 ? null
                    : string.Join(' ', tokens.Take(i).Concat(named).Select(t => t.Spelled).Concat(said).Concat(tokens.Skip(end + 1).Select(t => t.Spelled)));
            }
        }

        return null;
    }

    /// <summary>The content words the <paramref name="last"/> question says right after <paramref name="named"/>, up to <see cref="NamedBackWords"/>.</summary>
    private static List<string> Said(string[] named, IReadOnlyList<Token> last)
    {
        string[] words = [.. last.Select(t => t.Folded)];
        for (var at = 0; at + named.Length <= words.Length; at++)
        {
            if (!words.AsSpan(at, named.Length).SequenceEqual(named))
            {
                continue;
            }

            var said = new List<string>();
            for (var k = at + named.Length; k < last.Count && said.Count < NamedBackWords && !IsQuestionWord(words[k]); k++)
            {
                if (!VietnameseTokenizer.IsStopWord(last[k]))
                {
                    said.Add(last[k].Spelled);
                }
            }

            return said;
        }

        return [];
    }

    // How many of the last question's words after a thing it named "cái X đó" takes.
    private const int NamedBackWords = 4;

    /// <summary>The positions of the words of <paramref name="tokens"/> that point back at the last answer.</summary>
    private static HashSet<int> Pointing(IReadOnlyList<Token> tokens, string[] words)
    {
        var pointing = new HashSet<int>();
        // Shorthand read into words ("j" → "gì") gives marks to a message typed without them.
        var plain = !VietnameseTokenizer.IsWrittenWithMarks(tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Spelled == "nó" || (i == 0 && plain && !tokens[0].HasMarks && words[0] == "no"))
            {
                pointing.Add(i);
            }
            else if (i + 1 < words.Length
                && ((Pointers.Contains(words[i]) && IsDemonstrative(tokens[i + 1], plain, thisToo: true))
                    || (TimePointers.Contains(words[i]) && IsDemonstrative(tokens[i + 1], plain, thisToo: false))))
            {
                // "cái đó", "trong đó": both words; "kế hoạch này": the pointer only, the rest names what it points at.
                pointing.Add(i + 1);
                if (PointingOnly.Contains(words[i]))
                {
                    pointing.Add(i);
                }
            }
        }

        return pointing;
    }

    // The words below that only point ("cái đó", "trong đó", "vô đó"); the others name what they point at ("kế hoạch
    // này"). Declared first: the set below is built from it.
    private static readonly HashSet<string> PointingOnly = ["cai", "dieu", "viec", "trong", "tren", "vao", "vo"];

    // Words that, followed by "đó" or "này", point back at what was just said ("cái đó", "kế hoạch này", "quyết định đó",
    // "công văn này", "trong đó", "trên đó", "vào đó", "tỉnh đó", "xã này", "phong trào này", "trang đó", "web này", "lớp đó"). Not
    // "trình đó" nor "tầng đó": typed without marks they are "trình độ", "tăng độ". In a message typed with marks, only
    // "đó" and "này" typed with theirs point: "ứng dụng do Bộ Công an phát triển" is made by it.
    private static readonly HashSet<string> Pointers = ["hoach", "tuc", "app", "dinh", "quyet", "van", "tinh", "xa", "trao", "trang", "web", "lop", .. PointingOnly];

    // "đó" (or, with thisToo, "này"): typed with its marks, or without them in a message typed without any.
    private static bool IsDemonstrative(Token token, bool plain, bool thisToo) =>
        (token.Folded == "do" || (thisToo && token.Folded == "nay"))
        && ((plain && !token.HasMarks) || token.Spelled == "đó" || (thisToo && token.Spelled == "này"));

    // Followed by "đó" only, these point back too ("hôm đó", "năm đó"); followed by "này" they name a time of their own
    // ("năm nay" typed without marks is this year).
    private static readonly HashSet<string> TimePointers = ["ngay", "hom", "nam"];

    /// <summary>
    /// Whether the message opens with "nhưng" or "mà", which may go on with the matter just answered: adding a
    /// complication ("nhưng em đổi số điện thoại rồi", "mà đổi sđt rồi thì sao") when it asks nothing of its own ("mà
    /// dịch vụ công là gì" does). Typed without marks, "ma" is "mà" only where the content does not read it as a word
    /// beside the next ("ma otp" is "mã OTP").
    /// </summary>
    private static bool Continues(IReadOnlyList<Token> tokens, string[] words, IReadOnlySet<string> meant)
    {
        var first = tokens[0];
        var opens = tokens.Count > 1 && (first.Spelled is "nhưng" or "mà"
            || (!first.HasMarks && first.Folded == "nhung")
            || (!first.HasMarks && first.Folded == "ma" && !meant.Contains("ma")));
        return opens && (NewSubject(tokens, words) is not null || !AsksOfItsOwn(words));
    }

    /// <summary>
    /// Whether a <paramref name="clause"/> tells rather than asks: no question word, nor "không", "chưa" or a question particle
    /// ("hả", "à") ending it ("con trai em 8 tuổi", "nhưng đã qua 1 tuần rồi").
    /// </summary>
    /// <param name="clause">One clause of a message: a message asks when any of its clauses does ("có phải 149 ko, e thấy…").</param>
    public static bool Tells(IReadOnlyList<Token> clause)
    {
        // "… được không ad", "… ko ạ": what closes a question may stand before a particle; "à", "hả", "chứ" ask themselves.
        var words = clause.ToList();
        while (words.Count > 1 && TrailingParticles.Contains(words[^1].Folded) && words[^1].Spelled is not ("à" or "ả"))
        {
            words.RemoveAt(words.Count - 1);
        }

        // A word typed with marks asks only when it is spelled as a question word: the "bảo" of "bảo hiểm" is not "bao".
        string[] folded = [.. words.Select(t => QuestionWords.TryGetValue(t.Folded, out var spelled) && !t.Is(t.Folded, spelled) ? "" : t.Folded)];
        return folded.Length > 0 && !AsksOfItsOwn(folded) && folded[^1] is not ("ha" or "hem" or "hong" or "hok" or "kg")
            && words[^1].Spelled is not ("à" or "ả" or "chứ")
            && !folded.Where((w, i) => (w, i + 1 < folded.Length ? folded[i + 1] : "") is ("co", "phai") or ("muon", _) or ("cho", "hoi") or ("can", "biet") or ("cho", "biet")).Any();
    }

    /// <summary>
    /// Whether <paramref name="tokens"/> ask whether something is needed, and nothing more: "có cần thẻ bhyt không ạ", "phải
    /// mang giấy khai sinh không", "cần có tài khoản chưa"; "không" or "chưa" closing them (before any particle), no other
    /// question word ("cần giấy tờ gì" asks which).
    /// </summary>
    public static bool AsksWhetherNeeded(IReadOnlyList<Token> tokens)
    {
        var needs = tokens.Where((t, i) => t.Is("can", "cần") || (t.Is("phai", "phải") && i + 1 < tokens.Count && (tokens[i + 1].Is("co", "có") || tokens[i + 1].Is("mang", "mang")))).Any();
        if (!needs)
        {
            return false;
        }

        var words = tokens.ToList();
        while (words.Count > 1 && TrailingParticles.Contains(words[^1].Folded))
        {
            words.RemoveAt(words.Count - 1);
        }

        return words.Count > 1 && words[^1].Folded is "khong" or "ko" or "chua" or "k"
            && !words.Any(t => IsQuestionWord(t.Folded) && t.Folded is not ("khong" or "ko" or "chua") && t.Is(t.Folded, QuestionWords[t.Folded]));
    }

    /// <summary>
    /// Whether a message speaks of the citizen's own case: it opens with "nhưng" or "mà", or names the citizen ("em", "tôi",
    /// "mình"; not "trẻ em", "thông minh", "chứng minh", "minh bạch"): "con trai em 8 tuổi", "nhưng đã qua 1 tuần rồi"; not
    /// "VNeID cho người nước ngoài"; nor when it says who the citizen is ("em là đoàn viên"), which is a subject of its own
    /// (not "số tiền em chuyển là 50 triệu").
    /// </summary>
    public static bool OfOwnCase(IReadOnlyList<Token> tokens)
    {
        bool Opens(string folded, string spelled) => tokens[0].Is(folded, spelled);
        bool Citizen(Token t, int i) =>
            (t.Folded is "e" or "em" && !(i > 0 && tokens[i - 1].Folded == "tre"))
            || t.Folded is "toi" or "tui" or "t" or "tao"
            || (t.Is("minh", "mình")
                && !(i > 0 && tokens[i - 1].Folded is "thong" or "chi" or "ho" or "chung" or "quang" or "binh" or "van")
                && !(i + 1 < tokens.Count && tokens[i + 1].Folded is "bach" or "hoa" or "man"));
        var saysWho = tokens.Where((t, i) => t.Is("la", "là") && i > 0 && Citizen(tokens[i - 1], i - 1)).Any();
        return tokens.Count > 1 && !saysWho && (Opens("nhung", "nhưng") || Opens("ma", "mà") || tokens.Where(Citizen).Any());
    }

    /// <summary>Whether the message says the citizen does not have something ("nhưng em không có thẻ BHYT", "ko có app").</summary>
    public static bool LacksSomething(IReadOnlyList<Token> tokens) =>
        tokens.Where((t, i) => t.Is("khong", "không") && i + 1 < tokens.Count && tokens[i + 1].Is("co", "có")).Any();

    // Folded particles that may end a question after what asks: "ad", "ạ", "vậy", "nhé", "ơi"…
    private static readonly HashSet<string> TrailingParticles = ["ad", "a", "ah", "nha", "nhe", "nhi", "vay", "v", "z", "the", "oi", "di", "do", "ta", "ne", "hen"];

    // Whether the words ask something of their own: a question word, or "không", "chưa" ending a yes/no question
    // ("người già có dùng được không") or before "hay" giving the other choice ("làm online được không hay phải lên xã":
    // after "được" or a "có" before it, not "không hay dùng" or "không hay lắm", where "hay" is often or good);
    // elsewhere those may just deny ("số cũ không còn xài").
    private static bool AsksOfItsOwn(string[] words) =>
        words.Any(w => IsQuestionWord(w) && !IsYesNo(w)) || IsYesNo(words[^1])
        || words.Where((w, i) => IsYesNo(w) && i > 0 && i + 2 < words.Length && words[i + 1] == "hay"
            && (words[i - 1] is "duoc" or "dc" || Array.IndexOf(words, "co", 0, i) >= 0) && words[i + 2] is not ("lam" or "biet")).Any();

    // The folded words closing a yes/no question: "không", "ko", "chưa", "k".
    private static bool IsYesNo(string word) => word is "khong" or "ko" or "chua" or "k";

    /// <summary>
    /// "còn X thì làm sao", "còn X thì ở đâu" → X and what is asked of it ("làm sao", "ở đâu"); "còn X?" (a few words
    /// asking nothing) → X, asked what the last question asked. Null otherwise: without "còn", "X thì làm sao" is a
    /// question of its own ("quên mật khẩu thì làm sao"); nor is X a person ("con em 5 tuổi" is a child).
    /// </summary>
    private static (string Subject, string? Asks)? AskedOfNewSubject(IReadOnlyList<Token> tokens, string[] words)
    {
        if (!OpensWithCon(tokens))
        {
            return null;
        }

        string Spelled(int from, int to) => string.Join(' ', tokens.Skip(from).Take(to - from).Select(t => t.Spelled));
        var then = Array.LastIndexOf(words, "thi");
        var tail = words[(then + 1)..];
        if (then > 1 && IsSpelled(tokens, then, "thì") && tail.Length is > 0 and <= MaxAskedWords
            && tail.Any(IsQuestionWord) && !GenericAsks.Any(tail.SequenceEqual))
        {
            return (Spelled(1, then), Spelled(then + 1, words.Length));
        }

        // "còn hạn?", "còn hiệu lực?" ("still"): nothing of its own, it asks about the last answer.
        return words.Length - 1 <= MaxAskedWords && !words.Skip(1).Any(IsQuestionWord) && OwnWords(tokens.Skip(1)) > 0
            ? (Spelled(1, words.Length), null)
            : null;
    }

    /// <summary>
    /// Whether the message opens with "còn" followed by something to ask about: not a person ("con em 5 tuổi" is a child,
    /// "còn tôi thì sao" asks about the citizen). Typed without marks in a message written with them, "con" is a child.
    /// </summary>
    public static bool OpensWithCon(IReadOnlyList<Token> tokens) =>
        tokens.Count > 1 && IsSpelled(tokens, 0, "còn") && !ConBeforeAPronoun(tokens)
        && !(tokens[0].Spelled == "con" && Kin.Contains(tokens[1].Folded));

    /// <summary>
    /// Whether the message opens with "con"/"còn" and a function word, a pronoun among them ("con em", "còn tôi"); not
    /// when the pronoun goes on with what it wants to do ("còn mình muốn bán thì sao"): that is the new subject, whether
    /// "con mình" typed without marks is "còn mình" or "my child".
    /// </summary>
    private static bool ConBeforeAPronoun(IReadOnlyList<Token> tokens) =>
        tokens.Count > 1 && tokens[0].Folded == "con" && VietnameseTokenizer.IsStopWord(tokens[1])
        && !(tokens.Count > 3 && (tokens[2].Is("muon", "muốn") || tokens[2].Folded == "mun") && tokens[3].Folded != "thi");

    // After "con" typed without marks, words that make it a child ("con bé", "con gái", "con trai nhà em").
    private static readonly HashSet<string> Kin = ["be", "gai", "trai", "nho", "chau", "ut", "lon"];

    /// <summary>
    /// Whether the word at <paramref name="i"/> is <paramref name="spelled"/> (a word with marks): so typed, or typed
    /// without marks in a message written without them.
    /// </summary>
    private static bool IsSpelled(IReadOnlyList<Token> tokens, int i, string spelled) =>
        tokens[i].Spelled == spelled
        || (!tokens[i].HasMarks && tokens[i].Folded == VietnameseText.Fold(spelled) && !VietnameseTokenizer.IsWrittenWithMarks(tokens));

    // How many words "còn X" or the "thì …" of "còn X thì …" may have.
    private const int MaxAskedWords = 4;

    /// <summary>"còn X thì sao", "X thì sao" → X; null otherwise, and when X is a person ("còn tôi thì sao").</summary>
    private static string? NewSubject(IReadOnlyList<Token> tokens, string[] words)
    {
        if (ConBeforeAPronoun(tokens))
        {
            return null;
        }

        var start = OpensWithCon(tokens) ? 1 : 0;

        foreach (var ending in SwapEndings)
        {
            var end = words.Length - ending.Length;
            if (end > start && words.AsSpan(end).SequenceEqual(ending) && (start == 1 || ending[0] == "thi"))
            {
                return string.Join(' ', tokens.Skip(start).Take(end - start).Select(t => t.Spelled));
            }
        }

        return null;
    }

    /// <summary>
    /// What <paramref name="tokens"/> ask about their subject, as spelled: their question words and attributes in order
    /// ("Đăng ký khai sinh trực tuyến mất phí không?" → "đăng ký mất phí không"), to ask the same of a new subject.
    /// How a subject is reached ("trực tuyến", "online") usually names the subject itself ("dịch vụ công trực tuyến").
    /// </summary>
    public static string Attributes(IReadOnlyList<Token> tokens) =>
        string.Join(' ', tokens
            .Where(t => (Cues.Contains(t.Folded) || VietnameseTokenizer.IsStopWord(t)) && !SubjectCues.Contains(t.Folded))
            .Select(t => t.Spelled));

    /// <summary>
    /// What <paramref name="tokens"/> ask about, as spelled: their words that are neither question words nor attributes
    /// ("Đăng ký khai sinh liên thông mất bao lâu?" → "khai sinh liên thông"); empty when they name nothing.
    /// </summary>
    public static string Subject(IReadOnlyList<Token> tokens) =>
        string.Join(' ', tokens
            .Where(t => (!Cues.Contains(t.Folded) && !VietnameseTokenizer.IsStopWord(t)) || SubjectCues.Contains(t.Folded))
            .Select(t => t.Spelled));

    // Cues that, in a question, are mostly part of its subject.
    private static readonly HashSet<string> SubjectCues = ["truc", "tuyen", "online", "mang"];

    private static bool IsNumber(string word) => word.All(char.IsDigit);

    /// <summary>
    /// Whether <paramref name="word"/>, after the folded <paramref name="previous"/>, is the "lại" of "lấy lại": getting back
    /// what was just talked about, which names nothing of its own ("lấy lãi" is interest).
    /// </summary>
    public static bool GetsBack(Token word, string previous) => word.Is("lai", "lại") && previous == "lay";

    /// <summary>The folded words of <paramref name="tokens"/> that are neither function words, question words, numbers nor attributes any subject has.</summary>
    public static IEnumerable<string> Named(IEnumerable<Token> tokens)
    {
        IReadOnlyList<Token> words = [.. tokens];

        // "lấy lại kiểu gì", "lấy lại bằng cách nào": how to get back what was just talked about, nothing of its own (in "nộp
        // lệ phí kiểu gì", "kiểu" is named: a question of its own).
        var back = words.Where((t, i) => i > 0 && GetsBack(t, words[i - 1].Folded)).Any();
        var previous = "";
        foreach (var token in words)
        {
            if (back && token.Folded is "kieu" or "cach")
            {
                previous = token.Folded;
                continue;
            }

            // Where else it would be done: "hay phải lên xã", "ra phường" (not "xã hội").
            var elsewhere = token.Folded is "xa" or "phuong" && previous is "len" or "ra" or "toi" or "ve";
            if (!VietnameseTokenizer.IsStopWord(token) && !Cues.Contains(token.Folded) && !IsNumber(token.Folded) && !elsewhere && !GetsBack(token, previous)
                && !OnlyThen(token, previous))
            {
                yield return token.Folded;
            }

            previous = token.Folded;
        }
    }

    /// <summary>
    /// Whether <paramref name="word"/>, after the folded <paramref name="previous"/>, is the "mới" of "bao lâu mới có", "mấy
    /// ngày mới xong", "bao giờ mới có": only then, after how long it takes or when, not the "mới" of "trẻ mới sinh" (nor "cái nào
    /// mới", which asks which is new).
    /// </summary>
    private static bool OnlyThen(Token word, string previous) => word.Is("moi", "mới") && previous is "lau" or "gio" or "ngay" or "tuan" or "thang";

    /// <summary>How many of <paramref name="tokens"/> are neither function words, nor question words and attributes, nor numbers (<see cref="Named"/>).</summary>
    private static int OwnWords(IEnumerable<Token> tokens) => Named(tokens).Count();
}

/// <summary>A follow-up question.</summary>
/// <param name="NewSubject">For "còn X thì sao", "còn X?" or "còn X thì làm sao", X: what replaces the last question's subject; null when the message only asks about the last answer's subject.</param>
/// <param name="OwnWords">How many of its words are neither question words nor generic attributes: with any, it may also stand on its own.</param>
/// <param name="PointsBack">Whether it points back at the last answer ("nó", "cái đó", "quyết định này"): its own words then name that answer's subject.</param>
public sealed record FollowUp(string? NewSubject, int OwnWords, bool PointsBack = false)
{
    /// <summary>What "còn X thì …" asks of its new subject in its own words ("làm sao" of "còn nộp phí thì làm sao"); null when it asks what the last question asked.</summary>
    public string? Asks { get; init; }

    /// <summary>Whether the message only gives a place ("e ở lào cai"): the last question is asked of it, when that question named none.</summary>
    public bool GivesPlace { get; init; }

    /// <summary>For a message read with <see cref="Asks"/>, how it reads otherwise ("còn X thì sao" with a longer X, when it ends so), should no item answer its own question confidently.</summary>
    public FollowUp? Otherwise { get; init; }

    /// <summary>
    /// Whether it opens with "nhưng" or "mà" and asks nothing of its own: a complication of the matter just answered.
    /// Such a follow-up also <see cref="PointsBack"/>: an answer of its own words not linked to the last one is not taken first.
    /// </summary>
    public bool Continues { get; init; }
}
