namespace CdsBot.Insights;

/// <summary>What staff read for the codes the turn log stores.</summary>
public static class DashboardLabels
{
    /// <summary>The channels in the order the charts show them.</summary>
    public static IReadOnlyList<string> Channels { get; } = ["webchat", "zalo", "messenger"];

    /// <summary>The retrieval bands in the order the charts show them.</summary>
    public static IReadOnlyList<string> Bands { get; } = ["answered", "document", "clarified", "suggested", "declined"];

    public static string Channel(string code) => code switch
    {
        "webchat" => "Trang web",
        "zalo" => "Zalo",
        "messenger" => "Messenger",
        _ => code,
    };

    public static string Band(string code) => code switch
    {
        "answered" => "Trả lời được",
        "document" => "Trích văn bản",
        "clarified" => "Hỏi lại cho rõ",
        "suggested" => "Gợi ý câu gần đúng",
        "declined" => "Chưa trả lời được",
        _ => code,
    };

    public static string Route(string code) => code switch
    {
        "faq" => "Hỏi đáp",
        "faq_suggest" => "Gợi ý câu gần đúng",
        "faq_clarify" => "Hỏi lại cho rõ",
        "faq_gone" => "Mục đã gỡ",
        "document" => "Trích văn bản",
        "document_gone" => "Văn bản đã gỡ",
        "urgent" => "Việc khẩn cấp",
        "guide" => "Hướng dẫn từng bước",
        "guide_done" => "Hoàn thành hướng dẫn",
        "guide_left" => "Bỏ dở hướng dẫn",
        "lesson" => "Bài học",
        "lesson_done" => "Hoàn thành bài học",
        "lesson_left" => "Bỏ dở bài học",
        "contest" => "Cuộc thi",
        "contest_done" => "Thi xong",
        "contest_refused" => "Không vào thi được",
        "handoff" => "Gặp cán bộ",
        "handoff_open" => "Đang gặp cán bộ",
        "handoff_closed" => "Kết thúc gặp cán bộ",
        "fallback" => "Chưa hiểu câu hỏi",
        "feedback" => "Đánh giá câu trả lời",
        "greeting" => "Chào hỏi",
        "welcome" => "Chào mừng",
        "thanks" => "Cảm ơn",
        "menu" => "Menu",
        "help" => "Trợ giúp",
        "topic" => "Xem chủ đề",
        "subscribe" => "Đăng ký nhận tin",
        "unsubscribe" => "Hủy nhận tin",
        "unfollow" => "Bỏ theo dõi",
        "submit_info" => "Gửi thông tin",
        "media" => "Ảnh, tệp",
        "cancel" => "Hủy",
        _ => code,
    };
}
