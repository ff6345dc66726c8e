namespace CdsBot.Documents;

/// <summary>Why an uploaded file gave no text: a code for programs, the HTTP status, and a message a civil servant understands.</summary>
public sealed record DocumentTextError(string Code, int Status, string Message)
{
    public static DocumentTextError Missing() => new("missing", StatusCodes.Status400BadRequest,
        "Chưa có tệp. Anh/Chị chọn tệp .docx, .pdf hoặc .txt rồi tải lên.");

    public static DocumentTextError WrongType(string fileName) => new("wrong-type", StatusCodes.Status415UnsupportedMediaType,
        $"Chỉ nhận tệp .docx, .pdf hoặc .txt; tệp \"{fileName}\" không thuộc các loại này. Tệp Word cũ (.doc) cần mở bằng Word và lưu lại dạng .docx.");

    public static DocumentTextError TooLarge(int maxMegabytes) => new("too-large", StatusCodes.Status413PayloadTooLarge,
        $"Tệp quá lớn (tối đa {maxMegabytes} MB). Anh/Chị bỏ bớt hình ảnh trong tệp, hoặc lưu văn bản dạng .txt, rồi tải lại.");

    public static DocumentTextError Empty() => new("empty", StatusCodes.Status400BadRequest,
        "Tệp trống: không có chữ nào để đọc. Anh/Chị kiểm tra lại tệp rồi tải lại.");

    public static DocumentTextError Encrypted() => new("encrypted", StatusCodes.Status400BadRequest,
        "Tệp PDF được mã hóa (đặt mật khẩu), không đọc được nội dung. Vui lòng gỡ mật khẩu rồi tải lại.");

    public static DocumentTextError Scanned() => new("scanned", StatusCodes.Status400BadRequest,
        "Tệp PDF chỉ có hình ảnh (bản scan), không có chữ để đọc. Vui lòng tải bản PDF có chữ (xuất từ Word) hoặc tệp .docx.");

    public static DocumentTextError Unreadable(string format, string? hint = null) => new("unreadable", StatusCodes.Status400BadRequest,
        $"Tệp {format} bị hỏng hoặc không đúng định dạng, không đọc được nội dung.{(hint is null ? "" : " " + hint)} Anh/Chị mở lại tệp, lưu lại rồi tải lên.");

    public static DocumentTextError NotText() => new("not-text", StatusCodes.Status400BadRequest,
        "Tệp .txt không phải văn bản thuần mã UTF-8 (có thể là tệp nhị phân hoặc dùng bảng mã cũ như TCVN3, VNI). Anh/Chị lưu lại tệp với bảng mã UTF-8 rồi tải lại.");
}
