using CdsBot.Dialogs.Flows.Faq;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Flows.Faq;

/// <summary>
/// What a short follow-up asks of any procedure (where, which papers, the steps, online or not, the cost, the number to
/// call), typed with or without marks and in shorthand, and whether an answer says it.
/// </summary>
public sealed class AskedAspectTests
{
    private static readonly TextAnalyzer Analyzer = ShippedContent.Catalog().Analyzer;

    [Theory]
    [InlineData("làm ở đâu", Aspect.Place)]
    [InlineData("lam o dau", Aspect.Place)]
    [InlineData("nộp chỗ nào", Aspect.Place)]
    [InlineData("cần mang theo giấy tờ gì", Aspect.Papers)]
    [InlineData("can giay to j", Aspect.Papers)]
    [InlineData("mang theo những gì", Aspect.Papers)]
    [InlineData("làm từng bước ntn", Aspect.Steps)]
    [InlineData("cac buoc ra sao", Aspect.Steps)]
    [InlineData("bấm mấy bước", Aspect.Steps)]
    [InlineData("làm online được không", Aspect.Online)]
    [InlineData("lam tren mang dc ko hay phai len xa", Aspect.Online)]
    [InlineData("qua mạng được không", Aspect.Online)]
    [InlineData("lam tren dt dc ko", Aspect.Online)] // on the phone
    [InlineData("có mất phí không", Aspect.Cost)]
    [InlineData("goi co ton tien ko", Aspect.Cost)]
    [InlineData("có mất tiền không", Aspect.Cost)]
    [InlineData("gọi số nào", Aspect.Phone)]
    [InlineData("goi so nao de hoi", Aspect.Phone)]
    [InlineData("tổng đài nào vậy", Aspect.Phone)]
    [InlineData("nộp phí bằng cách nào", Aspect.Payment)]
    [InlineData("phi thi tra kieu j", Aspect.Payment)]
    [InlineData("trả tiền bằng cái đó ntn", Aspect.Payment)]
    [InlineData("ai thực hiện", Aspect.Who)]
    [InlineData("do ai tổ chức vậy", Aspect.Who)]
    [InlineData("ai cap nhat noi dung", Aspect.Who)]
    [InlineData("cơ quan nào phụ trách", Aspect.Who)]
    [InlineData("vì sao", Aspect.Why)]
    [InlineData("tai sao vay ad", Aspect.Why)]
    [InlineData("tổ chức vào ngày nào", Aspect.When)]
    [InlineData("to chuc vao dip nao", Aspect.When)]
    [InlineData("khi nao thi lam", Aspect.When)]
    [InlineData("lúc nào diễn ra", Aspect.When)]
    [InlineData("khi nào thì phải làm gì", Aspect.Advice)] // what to do, not when
    [InlineData("không nghỉ được ngày nào, đổi bằng lái online được không", Aspect.Online)]
    [InlineData("bắt đầu từ đâu", Aspect.Steps)]
    [InlineData("bat dau ntn", Aspect.Steps)]
    [InlineData("bắt đầu học ở đâu", Aspect.Place)] // where, not the first step
    [InlineData("vậy giờ phải làm sao", Aspect.Advice)]
    [InlineData("nen lam j", Aspect.Advice)]
    [InlineData("có nên làm theo không", Aspect.Advice)]
    [InlineData("co nen tham gia ko", Aspect.Advice)]
    [InlineData("cần lưu ý gì", Aspect.Advice)]
    [InlineData("chu y nhung gi", Aspect.Advice)]
    [InlineData("xử lý thế nào", Aspect.Advice)]
    [InlineData("lam j bay gio", Aspect.Advice)]
    public void A_follow_up_asking_an_aspect_reads_as_it(string message, Aspect expected) =>
        Assert.Equal(expected, AskedAspect.Of(Analyzer.Analyze(message)));

    [Theory]
    [InlineData("ở đầu trang web")] // "đầu" typed with its marks is no "đâu"
    [InlineData("bị mất tiền rồi")] // money lost, not a cost
    [InlineData("chuyển tiền có sao không")]
    [InlineData("lên mạng an toàn")]
    [InlineData("mua hàng trên mạng")] // names where, asks nothing
    [InlineData("nghị quyết số mấy")] // a document's number, no call
    [InlineData("mất bao lâu")] // a figure, read by AskedFigure
    [InlineData("hồ sơ đến đâu rồi")] // how far along, not where
    [InlineData("bình dân học vụ số dành cho ai")] // who it is for, not who does it
    [InlineData("ai ký")] // who signed: read by the document follow-ups
    [InlineData("dùng để làm gì")] // what it is for: its uses, not a reason
    [InlineData("nền tảng nào")] // "nền", not "nên"
    [InlineData("làm sao để đăng ký")] // how to do it, not what to do about it
    [InlineData("phải có tài khoản mức 2 không")]
    [InlineData("ngày nào cũng phải làm à")] // every day, not which
    [InlineData("Ngày nào ti vi cũng nói")]
    [InlineData("bao giờ có kết quả")] // as often how long as when
    [InlineData("năm nào")] // a year: read by AskedFigure
    public void A_message_asking_no_aspect_reads_as_none(string message) =>
        Assert.Equal(Aspect.None, AskedAspect.Of(Analyzer.Analyze(message)));

    [Theory]
    [InlineData(Aspect.Papers, "Anh/Chị mang thẻ căn cước đến Công an xã.")]
    [InlineData(Aspect.Steps, "1. Vào ứng dụng;\n2. Chọn chuyên khoa;\n3. Điền thông tin.")]
    [InlineData(Aspect.Place, "Anh/Chị mang thẻ căn cước đến Công an xã/phường nơi thuận tiện.")]
    [InlineData(Aspect.Place, "Cách nhanh nhất là dùng dịch vụ liên thông trên VNeID.")]
    [InlineData(Aspect.Place, "Anh/Chị học tại https://binhdanhocvuso.gov.vn.")]
    [InlineData(Aspect.Online, "Anh/Chị đăng ký khai tử trực tuyến.")]
    [InlineData(Aspect.Cost, "Anh/Chị gọi miễn phí tổng đài 156.")]
    [InlineData(Aspect.Phone, "Anh/Chị gọi tổng đài chính thức in trên thẻ.")]
    [InlineData(Aspect.Payment, "Ở bước thanh toán Anh/Chị chọn ngân hàng hoặc ví điện tử.")]
    [InlineData(Aspect.Who, "Sự kiện do Sở Thông tin và Truyền thông và UBND các huyện thực hiện.")]
    [InlineData(Aspect.Why, "Cán bộ trang bị điện thoại thông minh, vì thiết bị di động là phương tiện chính.")]
    [InlineData(Aspect.When, "Ngày hội được tổ chức gắn với Ngày Chuyển đổi số quốc gia 10/10 hằng năm.")]
    [InlineData(Aspect.When, "Thái Bình tổ chức vào Chủ nhật tuần thứ ba mỗi tháng.")]
    [InlineData(Aspect.Advice, "Wi-Fi công cộng kém an toàn. Khi dùng, Anh/Chị không đăng nhập ngân hàng; nên dùng 4G của mình.")]
    [InlineData(Aspect.Advice, "Đây là dấu hiệu lừa đảo.\n\nKhông nạp tiền, không chuyển khoản để nhận việc.")]
    [InlineData(Aspect.Advice, "Trên màn hình đăng nhập, Anh/Chị chọn \"Quên mật khẩu\" và làm theo hướng dẫn.")]
    [InlineData(Aspect.Advice, "- Mua trên sàn uy tín;\n- Cảnh giác với giá rẻ bất thường.")]
    [InlineData(Aspect.Advice, "1. Vào ứng dụng của bệnh viện;\n2. Chọn chuyên khoa, ngày giờ khám.")] // numbered steps
    [InlineData(Aspect.Advice, "Người cao tuổi dùng được VNeID.\n\nLưu ý: chỉ nhờ người tin cậy.")]
    public void An_answer_saying_the_aspect_states_it(Aspect aspect, string answer) =>
        Assert.True(AskedAspect.IsStatedIn(aspect, answer));

    [Theory]
    [InlineData("vậy giờ phải làm sao", true)]
    [InlineData("cần lưu ý những gì", true)]
    [InlineData("e nen lam j", true)]
    [InlineData("muốn đặt lịch thì phải làm sao", false)] // a subject of its own
    [InlineData("nhận kết quả thì nên làm gì", false)]
    [InlineData("con em bị bắt nạt thì phải làm sao", false)]
    [InlineData("hồ sơ xử lý mất bao lâu", false)] // how long, not what to do
    [InlineData("giờ làm sao để lấy lại", true)] // getting back what was just talked about
    [InlineData("giờ làm sao để lấy lại mật khẩu", false)] // names what
    [InlineData("lấy lại thế nào", true)] // how to get it back is what to do, with or without "giờ"
    [InlineData("gio lay lai kieu chi", true)]
    [InlineData("lam sao lay lai", true)]
    [InlineData("lấy lại bằng cách nào", true)]
    [InlineData("lấy lại mật khẩu kiểu gì", false)] // names what
    [InlineData("giờ phải làm sao để lái", false)] // driving, not "lại"
    [InlineData("giờ lãi thì phải làm sao", false)]
    public void Only_advice_is_asked_when_nothing_else_is_named(string message, bool only) =>
        Assert.Equal(only, AskedAspect.AsksOnlyAdvice(Analyzer.Analyze(message)));

    [Theory]
    [InlineData(Aspect.Papers, "VNeID là ứng dụng định danh điện tử của Bộ Công an.")]
    [InlineData(Aspect.Steps, "Anh/Chị vào ứng dụng, chọn dịch vụ và nộp.")] // no numbered steps
    [InlineData(Aspect.Place, "Tài khoản mức 2 (có căn cước điện tử trên VNeID) có giá trị như thẻ căn cước.")] // in passing
    [InlineData(Aspect.Cost, "Anh/Chị nộp phí trực tuyến khi nộp hồ sơ.")] // how to pay, not whether or how much
    [InlineData(Aspect.Payment, "Anh/Chị nộp phí trực tuyến khi nộp hồ sơ.")] // that it is paid, not how
    [InlineData(Aspect.Online, "Anh/Chị đến Công an xã để đăng ký.")]
    [InlineData(Aspect.Phone, "Anh/Chị đến Công an xã để đăng ký.")]
    [InlineData(Aspect.Phone, "Phong trào này còn được gọi là Bình dân học vụ số.")] // "gọi là" names, calls no one
    [InlineData(Aspect.Who, "Anh/Chị mở ứng dụng và chọn mục đăng ký.")]
    [InlineData(Aspect.Why, "Bến Tre phấn đấu 100% dịch vụ công mức độ 4.")]
    [InlineData(Aspect.Why, "Chủ đề năm 2025: chuyển đổi số để phát triển kinh tế.")] // a purpose inside a theme gives no reason
    [InlineData(Aspect.When, "Triển khai theo Kế hoạch số 01-KH/BCĐTW ngày 21/3/2025 của Ban Chỉ đạo Trung ương.")] // when the plan was issued
    [InlineData(Aspect.When, "Theo Nghị quyết 57-NQ/TW của Bộ Chính trị ngày 22/12/2024.")]
    [InlineData(Aspect.When, "Thực hiện Kế hoạch 15-KH/ĐU ngày 13 tháng 10 năm 2025.")]
    [InlineData(Aspect.When, "Anh/Chị học trên nền tảng binhdanhocvuso.gov.vn.")]
    [InlineData(Aspect.When, "Tổng đài hỗ trợ 24/7, gọi miễn phí.")] // all the time, no day
    [InlineData(Aspect.When, "Phấn đấu đến năm 2030 có 80% người dân dùng dịch vụ công trực tuyến.")] // a year in passing
    [InlineData(Aspect.Advice, "VNeID là ứng dụng định danh điện tử của Bộ Công an, không thu phí.")]
    [InlineData(Aspect.Advice, "Kế hoạch 96/KH-UBND đặt mục tiêu 80% người dân có kỹ năng số cơ bản.")]
    [InlineData(Aspect.Advice, "Với người dân, chuyển đổi số giúp:\n- Mua bán, quảng bá sản phẩm trên mạng;\n- Đặt lịch khám bệnh.")] // what it brings
    [InlineData(Aspect.Advice, "8 lĩnh vực được ưu tiên:\n1. Y tế\n2. Giáo dục")] // a plan's fields
    [InlineData(Aspect.Advice, "Phê duyệt tại Quyết định 749/QĐ-TTg.\n\nLưu ý: một số văn bản ghi nhầm là 149/QĐ-TTg.")] // a note on a number
    public void An_answer_not_saying_the_aspect_does_not_state_it(Aspect aspect, string answer) =>
        Assert.False(AskedAspect.IsStatedIn(aspect, answer));
}
