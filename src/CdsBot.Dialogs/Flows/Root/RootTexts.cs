namespace CdsBot.Dialogs.Flows.Root;

/// <summary>What the root dialog says. Citizens read these: Vietnamese, NFC, polite and short.</summary>
internal static class RootTexts
{
    public const string Welcome =
        "Xin chào Anh/Chị! Tôi là trợ lý ảo hỗ trợ người dân về chuyển đổi số.\n\n" +
        "Anh/Chị có thể hỏi về nghị quyết, văn bản; dịch vụ công trực tuyến; kỹ năng số; Ngày Chuyển đổi số 10/10.\n\n" +
        "Anh/Chị chọn một mục dưới đây hoặc gõ câu hỏi nhé.";

    public const string Greeting = "Xin chào Anh/Chị! Anh/Chị cần tìm hiểu điều gì về chuyển đổi số ạ? Anh/Chị chọn một mục dưới đây hoặc gõ câu hỏi nhé.";

    public const string Menu = "Anh/Chị chọn một mục dưới đây hoặc gõ câu hỏi nhé.";

    public const string Help =
        "Anh/Chị gõ câu hỏi ngắn gọn, có dấu hoặc không dấu đều được, ví dụ: \"Nghị quyết 57 là gì\", \"cài VNeID thế nào\".\n\n" +
        "Gõ \"menu\" để xem các mục, \"hủy\" để dừng việc đang làm.";

    public const string Cancelled = "Dạ, đã hủy. Anh/Chị cần hỏi gì tiếp ạ?";

    public const string Thanks = "Dạ, rất vui được hỗ trợ Anh/Chị. Anh/Chị cần hỏi thêm gì cứ nhắn nhé!";

    public const string TextOnly = "Hiện tôi chỉ đọc được tin nhắn chữ. Anh/Chị vui lòng nhắn bằng chữ câu hỏi của mình nhé.";

    public const string NotUnderstood =
        "Xin lỗi Anh/Chị, tôi chưa hiểu câu hỏi này hoặc chưa có thông tin chính thức về nội dung này.\n\n" +
        "Anh/Chị thử hỏi cách khác, chọn một mục dưới đây, hoặc chọn \"Gặp cán bộ\" để được hỗ trợ.";

    /// <summary>What is said of a place the assistant has no content of ("Nam Định"), before the items offered.</summary>
    public static string NoContentOf(string place) => $"Hiện tôi chưa có thông tin riêng về {place}.";

    /// <summary>The reply to a question about a place the assistant has no content of, when nothing else fits.</summary>
    public static string NotServed(string place) =>
        $"{NoContentOf(place)} Tôi có thông tin chung cả nước và của các địa phương trong danh sách của trợ lý.\n\n" +
        "Anh/Chị thử hỏi cách khác, chọn một mục dưới đây, hoặc chọn \"Gặp cán bộ\" để được hỗ trợ.";

    public const string DidYouMean = "Có phải Anh/Chị muốn hỏi một trong các câu sau?";

    public const string WhichOne = "Câu hỏi của Anh/Chị gần với vài nội dung dưới đây. Anh/Chị muốn hỏi nội dung nào ạ?";

    public const string SubmitInfoThanks = "Cảm ơn Anh/Chị đã gửi thông tin.";

    public const string TopicEmpty = "Mục này đang được cập nhật. Anh/Chị vui lòng gõ câu hỏi hoặc chọn mục khác nhé.";

    public const string ThanksForFeedback = "Cảm ơn Anh/Chị đã đánh giá! Anh/Chị cần hỏi gì thêm cứ nhắn nhé.";

    public const string SorryForAnswer =
        "Cảm ơn Anh/Chị đã góp ý. Cán bộ sẽ xem lại để câu trả lời tốt hơn.\n\n" +
        "Anh/Chị có thể hỏi cách khác, hoặc chọn \"Gặp cán bộ\" để được hỗ trợ trực tiếp.";

    public const string ItemGone = "Nội dung này không còn hiệu lực hoặc đang được cập nhật. Anh/Chị vui lòng hỏi lại hoặc chọn mục khác nhé.";
}
