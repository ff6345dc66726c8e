namespace CdsBot.Dialogs.Flows.Urgent;

/// <summary>
/// The safety answers. Citizens read these on a phone in a hurry: Vietnamese, NFC, polite, short lines.
/// The 156/5656 channels and their syntax are as the team's facts sheet gives them ("Scam reporting: hotline and
/// checking websites"); the source is the decree it names for 5656, which the curated scam items cite too. 113 is the
/// police's emergency number, as the curated item on money already lost gives it.
/// Written here, not in content, so they never depend on what is published.
/// </summary>
internal static class UrgentTexts
{
    public const string ScamInProgress =
        "Anh/Chị hãy dừng lại ngay: đây rất có thể là lừa đảo.\n\n" +
        "- Không chuyển tiền, không bấm đường link, không cài ứng dụng theo yêu cầu của người gọi hay nhắn tin.\n" +
        "- Không đưa mã OTP, mật khẩu, số thẻ cho bất kỳ ai. Công an, ngân hàng không bao giờ yêu cầu những thông tin này.\n" +
        "- Nếu đã lỡ cung cấp thông tin, gọi ngay tổng đài ngân hàng của mình (số in trên thẻ) để khóa tài khoản, thẻ.\n" +
        "- Báo công an nơi gần nhất; trường hợp khẩn cấp, gọi 113.";

    public const string MoneyLost =
        "Anh/Chị cần làm ngay, càng sớm càng tốt:\n\n" +
        "1. Gọi ngay tổng đài ngân hàng của mình (số in trên thẻ) để khóa tài khoản, thẻ và đề nghị tra soát, phong tỏa giao dịch.\n" +
        "2. Báo công an nơi gần nhất (trường hợp khẩn cấp, gọi 113), mang theo ảnh chụp tin nhắn, số tài khoản, số điện thoại của kẻ gian.\n" +
        "3. Không chuyển thêm tiền; không đưa mã OTP, mật khẩu, số thẻ cho bất kỳ ai. Công an, ngân hàng không bao giờ yêu cầu những thông tin này.";

    public const string Report =
        "Phản ánh số lừa đảo: gọi miễn phí tổng đài 156, hoặc nhắn tin tới 156 hoặc 5656 theo cú pháp: LD <số gọi> <nội dung>.";

    public const string Source = "Nguồn: Nghị định 91/2020/NĐ-CP của Chính phủ.";

    /// <summary>The whole answer for <paramref name="situation"/>: what to do, where to report, the source.</summary>
    public static string For(UrgentSituation situation) =>
        $"{(situation == UrgentSituation.MoneyLost ? MoneyLost : ScamInProgress)}\n\n{Report}\n\n{Source}";
}
