using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Flows.Urgent;

/// <summary>
/// The concept groups <see cref="ScamAlarm"/> reasons with, written with accents and folded when loaded, so
/// a message typed without them matches too. A message is read left to right, longest phrase first: "mật khẩu"
/// is a secret, never "mất"; "chuyển đổi số" is nothing, never "chuyển".
/// </summary>
internal static class ScamLexicon
{
    private static readonly (Concept Concept, string[] Phrases)[] Groups =
    [
        (Concept.Actor,
        [
            "công an", "ca", "cand", "cảnh sát", "ngân hàng", "nhân viên", "tổng đài viên", "thuế", "cục thuế", "chi cục thuế",
            "cơ quan thuế", "điện lực", "evn", "nhà mạng", "viettel", "vinaphone", "mobifone", "tòa án", "tòa", "viện kiểm sát",
            "vks", "bưu điện", "bưu tá", "shipper", "bảo hiểm xã hội", "bhxh", "người thân", "người quen", "sếp", "người lạ",
            "số lạ", "số điện thoại lạ", "kẻ gian", "kẻ lừa đảo", "bọn lừa đảo", "đối tượng", "người ta", "anh ta", "chị ta",
            "ông ta", "bà ta", "cô ta", "bọn nó", "tụi nó", "chúng nó", "bên kia", "ai đó", "có người", "một người",
            "người xưng", "xưng", "tự xưng", "giả danh", "mạo danh", "giả mạo", "cuộc gọi", "tin nhắn", "sms",
        ]),
        (Concept.Posing, ["giả làm", "đóng giả", "đóng giả làm", "giả dạng", "giả dạng làm"]),
        (Concept.Demand, ["bảo", "bắt", "bắt buộc", "yêu cầu", "đòi", "đòi hỏi", "ép", "ép buộc", "kêu", "dọa", "đe dọa", "giục", "hối thúc", "thúc giục"]),
        (Concept.Ask, ["hỏi", "xin", "nhờ", "hướng dẫn", "muốn", "đề nghị"]),
        (Concept.Me, ["tôi", "em", "mình", "tui", "tao", "tớ"]),
        (Concept.ToMe, ["cho tôi", "cho em", "cho mình", "cho tui", "cho tao", "cho tớ", "cho anh", "cho chị"]),
        (Concept.Give, ["đọc", "đưa", "cung cấp"]),
        (Concept.Send, ["gửi", "nhập", "gõ"]),
        (Concept.Secret,
        [
            "mã otp", "otp", "smart otp", "mã xác thực", "mã xác nhận", "mã bảo mật", "mật khẩu", "mã pin", "số thẻ",
            "thông tin thẻ", "mã cvv", "cvv", "mã số bí mật", "mã kích hoạt", "mã đăng nhập",

            // The one-time code as citizens describe it, without its name ("mã 6 số" alone is also the 12-digit personal number's).
            "mã gửi qua tin nhắn", "mã gửi về tin nhắn", "mã gửi về điện thoại", "mã gửi về máy", "mã gửi về số điện thoại",
            "mã vừa gửi", "mã gửi tới", "mã gửi đến", "mã <số> số gửi", "mã <số> số vừa gửi", "mã trong tin nhắn",
            "mã số trong tin nhắn", "mã xác minh", "mã sms",
        ]),
        (Concept.Transfer,
        [
            "chuyển tiền", "chuyển khoản", "chuyển <tiền>", "chuyển <số> triệu", "chuyển <số> nghìn", "chuyển <số> ngàn",
            "chuyển <số> tỷ", "chuyển hết", "chuyển thêm", "chuyển nhầm", "nộp tiền", "nạp tiền", "đóng tiền", "gửi tiền",
            "nộp phí", "đóng phí", "chuyển phí", "trả phí", "đặt cọc", "quét mã qr", "quét qr", "chuyển vào tài khoản",
            "chuyển vào số tài khoản", "chuyển sang tài khoản", "chuyển qua tài khoản",

            // Depositing more to withdraw what a task paid ("nó bảo nạp thêm 2 triệu mới rút được").
            "nạp thêm", "nạp <tiền>", "nạp <số> triệu", "nạp <số> nghìn", "nạp <số> ngàn",
        ]),
        // The same phrases as above, marked as paying by QR code: merged with them, they change no reading of a message.
        (Concept.QrPayment, ["quét mã qr", "quét qr"]),
        (Concept.Install,
        [
            "app", "ứng dụng", "phần mềm", "link", "đường link", "đường dẫn", "apk", "file apk", "tệp apk", "mã độc",
            "link lạ", "đường link lạ", "trang lạ", "web lạ", "trang web lạ", "ứng dụng lạ", "app lạ",
        ]),
        (Concept.Done, ["đã", "vừa", "vừa mới", "lỡ", "lỡ tay", "trót", "hôm qua", "hôm trước", "sáng nay", "chiều nay", "tối qua", "đêm qua", "lúc nãy", "khi nãy", "vừa nãy", "ban nãy"]),
        (Concept.After, ["rồi", "xong", "mất rồi"]),
        (Concept.Accident, ["lỡ", "lỡ tay", "trót", "bất cẩn", "nhẹ dạ", "cả tin"]),
        (Concept.Suspicious,
        [
            "lừa", "lừa đảo", "lừa gạt", "kẻ gian", "kẻ lừa đảo", "bọn lừa đảo", "giả mạo", "mạo danh", "giả danh", "xưng",
            "tự xưng", "người xưng", "người lạ", "số lạ", "số điện thoại lạ", "link lạ", "đường link lạ", "trang lạ", "web lạ",
            "trang web lạ", "ứng dụng lạ", "app lạ", "tài khoản an toàn", "đáng ngờ", "đáng nghi",
        ]),
        (Concept.Loss,
        [
            "bị lừa", "bị lừa đảo", "bị lừa gạt", "bị lừa mất", "lừa mất", "bị mất tiền", "mất hết tiền", "mất sạch tiền",
            "mất tiền", "mất trắng", "mất <tiền>", "mất <số> triệu", "mất <số> nghìn", "mất <số> ngàn", "mất <số> tỷ",
            "bị rút tiền", "bị rút hết", "bị rút sạch", "bị trừ tiền", "tiền bị rút", "tiền bị trừ", "bị chiếm đoạt",
            "bị lấy mất", "bị lấy hết", "bị trộm tiền", "bị đánh cắp tiền", "sập bẫy", "dính bẫy", "bị điều khiển từ xa",
            "bị trừ <tiền>", "bị trừ <số> triệu", "bị trừ <số> nghìn", "bị trừ <số> ngàn", "bị rút <tiền>", "bị rút <số> triệu",
            "bị rút <số> nghìn", "bị rút <số> ngàn", "bị lấy <tiền>", "bị lấy <số> triệu", "rút hết tiền", "rút sạch tiền",
            "bị chiếm quyền điều khiển",
        ]),
        (Concept.Takeover, ["bị chiếm", "bị chiếm quyền", "bị chiếm tài khoản", "bị hack", "bị xâm nhập", "bị đánh cắp", "bị đăng nhập", "mất quyền kiểm soát", "mất quyền truy cập"]),
        (Concept.Bank,
        [
            "ngân hàng", "tài khoản ngân hàng", "thẻ ngân hàng", "thẻ atm", "atm", "thẻ tín dụng", "banking", "internet banking",
            "mobile banking", "app ngân hàng", "ứng dụng ngân hàng", "ví điện tử", "momo", "zalopay", "vnpay", "viettel money",
            "số tài khoản", "tiền trong tài khoản", "vietcombank", "vcb", "agribank", "bidv", "vietinbank", "techcombank",
            "mbbank", "tpbank", "acb", "sacombank", "vpbank", "hdbank", "vib",
        ]),
        (Concept.Negation, ["không", "chưa", "chẳng", "tránh", "né", "không nên", "chưa từng", "cho khỏi", "để khỏi"]),
        (Concept.Hypothetical, ["nếu", "giả sử", "giả như", "lỡ như", "lỡ mà", "nhỡ may", "phòng khi", "khi bị", "khi lỡ", "trường hợp"]),
        (Concept.General,
        [
            "là gì", "nhận biết", "phân biệt", "nhận diện", "dấu hiệu", "thủ đoạn", "chiêu lừa", "chiêu trò", "chiêu thức",
            "các chiêu", "hình thức lừa", "tác dụng", "để làm gì", "phòng tránh", "phòng chống", "phòng ngừa", "cảnh giác",
            "mẹo", "kinh nghiệm", "tuyên truyền", "có bao giờ", "bao giờ cũng", "có yêu cầu", "có bắt", "có đòi", "có hỏi",
            "có xin", "có được phép", "có quyền",
        ]),
        (Concept.Neutral,
        [
            "cá nhân", "tất cả", "cả nhà", "cả hai", "ca sĩ", "cà phê", "báo cáo", "báo chí", "bảo hiểm", "bảo mật", "bảo vệ",
            "bảo đảm", "đảm bảo", "thông báo", "cảnh báo", "bao nhiêu", "bao lâu", "bao giờ", "bao gồm", "bắt đầu", "bất kỳ",
            "bất cứ", "hỏi đáp", "xin chào", "xin lỗi", "nội dung", "đổi mới", "đổi mật khẩu", "quên mật khẩu", "đặt mật khẩu",
            "tạo mật khẩu", "mật khẩu mạnh", "lấy lại mật khẩu", "khôi phục mật khẩu", "chuyển đổi", "chuyển đổi số",
            "chuyển giao", "chuyển tiếp", "gửi tiết kiệm", "gửi tiền tiết kiệm", "ứng dụng vneid", "app vneid",
            "ứng dụng công nghệ", "ứng dụng khoa học", "lựa chọn", "lo âu", "dựa vào",
            "dựa trên", "tòa nhà", "đối với", "đổi ứng dụng", "đổi app", "số thẻ bhyt", "số thẻ bảo hiểm", "cho tôi hỏi", "cho em hỏi", "cho mình hỏi", "cho tui hỏi", "cho anh hỏi",
            "cho chị hỏi",
        ]),

        // A fear: what is feared right after it has not happened ("sợ bị lừa", "lo lắng bị lừa đảo"), it is suspicion. Not
        // "lo" alone, which typed without marks is "lỡ" (by mistake).
        (Concept.Worry, ["sợ", "sợ là", "sợ rằng", "lo sợ", "lo lắng", "lo ngại", "ngại", "e ngại"]),
        (Concept.Whether, ["có"]),
        (Concept.Pronoun, ["họ", "nó", "shop", "bên shop", "chủ shop", "người bán", "bên bán"]),
        (Concept.Realized, ["mới biết", "mới phát hiện", "mới hay", "thì ra", "hóa ra", "té ra"]),
        // Blocking names who blocked or that the citizen was ("nó chặn", "bị chặn"): "chặn" alone folds into "chắc chắn",
        // "chân", "chán", and one may want to block ("muốn chặn tin nhắn quảng cáo").
        (Concept.CutOff,
        [
            "bị chặn", "chặn luôn", "chặn số", "chặn liên lạc", "chặn zalo", "chặn facebook", "chặn fb", "nó chặn", "họ chặn",
            "shop chặn", "bên kia chặn", "bên bán chặn", "người bán chặn", "bị block", "block luôn", "nó block", "shop block",
            "mất liên lạc", "không liên lạc được", "xóa kết bạn", "hủy kết bạn", "biến mất", "bặt vô âm tín",
        ]),
        (Concept.Hearsay,
        [
            "nghe nói", "nghe đồn", "nghe bảo", "nghe người ta", "xem báo", "trên báo", "trên tivi", "trên ti vi",
            "xem tivi", "xem thời sự", "nhiều người bị", "người ta hay bị", "hay có người bị",
        ]),
    ];

    private static readonly Dictionary<string, Concept> Phrases = Load();

    private static readonly int LongestPhrase = Phrases.Keys.Max(p => p.Split(' ').Length);

    /// <summary>The phrases of <paramref name="tokens"/>, left to right, each the longest one known at its place.</summary>
    public static IReadOnlyList<ConceptHit> Find(IReadOnlyList<string> tokens)
    {
        var hits = new List<ConceptHit>();
        var i = 0;
        while (i < tokens.Count)
        {
            var length = Math.Min(LongestPhrase, tokens.Count - i);
            while (length > 0 && !Phrases.ContainsKey(string.Join(' ', tokens.Skip(i).Take(length))))
            {
                length--;
            }

            if (length == 0)
            {
                i++;
                continue;
            }

            var concepts = Phrases[string.Join(' ', tokens.Skip(i).Take(length))];
            if (concepts != Concept.Neutral)
            {
                hits.Add(new ConceptHit(concepts, i, i + length));
            }

            i += length;
        }

        return hits;
    }

    private static Dictionary<string, Concept> Load()
    {
        var phrases = new Dictionary<string, Concept>(StringComparer.Ordinal);
        foreach (var (concept, group) in Groups)
        {
            foreach (var phrase in group)
            {
                var key = VietnameseText.Fold(phrase);
                phrases[key] = phrases.GetValueOrDefault(key) | concept;
            }
        }

        return phrases;
    }
}
