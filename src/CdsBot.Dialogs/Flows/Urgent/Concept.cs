namespace CdsBot.Dialogs.Flows.Urgent;

/// <summary>What a phrase of a message means to <see cref="ScamAlarm"/>. A phrase may mean several ("ngân hàng" is an actor and a bank).</summary>
[Flags]
internal enum Concept
{
    None = 0,

    /// <summary>Someone who asks: police, bank, tax, electricity, court, a relative, a stranger, an impersonator.</summary>
    Actor = 1 << 0,

    /// <summary>Orders the citizen: "bảo", "bắt", "yêu cầu", "đòi", "dọa".</summary>
    Demand = 1 << 1,

    /// <summary>Asks more softly, counted only after an actor: "hỏi", "xin", "nhờ", "hướng dẫn".</summary>
    Ask = 1 << 2,

    /// <summary>The citizen right after a demand: "bảo tôi", "bắt em".</summary>
    Me = 1 << 3,

    /// <summary>The asker is the recipient: "… cho tôi", "… cho em".</summary>
    ToMe = 1 << 4,

    /// <summary>Hands a secret over, unambiguously: "đọc", "đưa", "cung cấp".</summary>
    Give = 1 << 5,

    /// <summary>Sends or types, which a system does too ("ngân hàng đã gửi mã OTP"): "gửi", "nhập", "điền".</summary>
    Send = 1 << 6,

    /// <summary>An OTP, a password, a PIN, card details.</summary>
    Secret = 1 << 7,

    /// <summary>Moving money: "chuyển tiền", "chuyển khoản", "nộp phí", "chuyển 5tr".</summary>
    Transfer = 1 << 8,

    /// <summary>An app, a link or a file to install or open.</summary>
    Install = 1 << 9,

    /// <summary>Before an act, it has happened: "đã", "vừa", "lỡ", "hôm qua".</summary>
    Done = 1 << 10,

    /// <summary>After an act, it has happened: "rồi", "xong".</summary>
    After = 1 << 11,

    /// <summary>The act is regretted: "lỡ", "trót", "bất cẩn".</summary>
    Accident = 1 << 12,

    /// <summary>Something is off: "lừa đảo", "kẻ gian", "giả danh", "người lạ", "link lạ".</summary>
    Suspicious = 1 << 13,

    /// <summary>Money already lost: "bị lừa", "mất tiền", "bị rút tiền", "mất 5 triệu".</summary>
    Loss = 1 << 14,

    /// <summary>An account taken over: "bị chiếm", "bị hack", "bị xâm nhập".</summary>
    Takeover = 1 << 15,

    /// <summary>Banking: a bank, a bank account or card, a wallet.</summary>
    Bank = 1 << 16,

    /// <summary>Negates what follows: "không", "chưa", "tránh".</summary>
    Negation = 1 << 17,

    /// <summary>What follows is imagined: "nếu", "giả sử", "lỡ như", "khi bị".</summary>
    Hypothetical = 1 << 18,

    /// <summary>A question about scams in general: "là gì", "nhận biết", "dấu hiệu", "có yêu cầu … không".</summary>
    General = 1 << 19,

    /// <summary>A compound that only shares words with a concept ("mật khẩu mạnh", "chuyển đổi", "cá nhân"); it hides the shorter match.</summary>
    Neutral = 1 << 20,

    /// <summary>Paying by scanning a QR code: "quét mã QR", "quét QR" (also a transfer).</summary>
    QrPayment = 1 << 21,

    /// <summary>"có" before what may have happened: with "không" closing the message, it asks whether ("có bị lừa không").</summary>
    Whether = 1 << 22,

    /// <summary>A fear: "sợ", "lo sợ", "lo lắng", "ngại"; a loss right after it is feared, not suffered (suspicion).</summary>
    Worry = 1 << 23,

    /// <summary>
    /// Someone not named ("họ", "nó", "shop"): an actor only with a demand right after it ("họ bảo chuyển tiền"), as typed
    /// without marks "ho" is also "hồ" (hồ sơ) and "hộ".
    /// </summary>
    Pronoun = 1 << 24,

    /// <summary>Found out afterwards: "mới biết", "mới phát hiện", "thì ra", "hóa ra".</summary>
    Realized = 1 << 25,

    /// <summary>What others went through, heard of: "nghe nói", "nghe đồn", "trên báo", "nhiều người bị".</summary>
    Hearsay = 1 << 26,

    /// <summary>
    /// Posing as someone: "giả làm", "đóng giả", "giả dạng"; suspicious only right before the one posed as ("giả làm shipper"),
    /// and only as typed with marks or after a person ("thang dong gia"), as "gia lam" is also Gia Lâm and "dong gia" a
    /// fixed-price sale ("đồng giá").
    /// </summary>
    Posing = 1 << 27,

    /// <summary>
    /// The other side gone once paid: "nó chặn", "bị block", "mất liên lạc", "không liên lạc được", "xóa kết bạn"; after a
    /// transfer that happened, money lost.
    /// </summary>
    CutOff = 1 << 28,
}
