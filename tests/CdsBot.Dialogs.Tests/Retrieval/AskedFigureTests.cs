using CdsBot.Dialogs.Retrieval;
using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Retrieval;

/// <summary>
/// <see cref="AskedFigure"/>: which questions ask an amount of money, a share, a length of time or a time of day, typed with or without
/// diacritics and in shorthand, and which answers state one.
/// </summary>
public sealed class AskedFigureTests
{
    private static readonly TextAnalyzer Analyzer = ShippedContent.Catalog().Analyzer;

    [Theory]
    [InlineData("phí đổi bằng lái hết bao nhiêu tiền vậy ad", FigureKind.Money)]
    [InlineData("le phi bn vay", FigureKind.Money)]
    [InlineData("đi trễ bị phạt bao nhiêu", FigureKind.Money)]
    [InlineData("mua cái đó giá bao nhiêu", FigureKind.Money)]
    [InlineData("đề án kinh phí bao nhiêu tỷ vậy ad", FigureKind.Money)]
    [InlineData("tiền hỗ trợ mai táng được nhận bao nhiêu vậy", FigureKind.Money)]
    [InlineData("bao lâu thì có kết quả", FigureKind.Duration)]
    [InlineData("nop r thi may ngay moi co", FigureKind.Duration)]
    [InlineData("mất bao nhiêu tháng", FigureKind.Duration)]
    [InlineData("quá bao nhiêu ngày chưa đăng ký khai sinh thì bị phạt", FigureKind.Duration)] // "chưa" after a count asked
    [InlineData("sau mấy ngày chưa có kết quả thì được khiếu nại", FigureKind.Duration)] // "… thì" goes on to ask
    [InlineData("tỉnh đạt bao nhiêu % hồ sơ trực tuyến", FigureKind.Share)]
    [InlineData("den nay dat bn % roi", FigureKind.Share)]
    [InlineData("chiếm mấy phần trăm GDP", FigureKind.Share)]
    [InlineData("năm 2024 đạt bao nhiêu % rồi", FigureKind.Share)] // the sign, though a year follows
    [InlineData("lãi mấy %/tháng", FigureKind.Share)]
    [InlineData("giá vàng bao nhiêu 1 chỉ vậy chị ơi", FigureKind.Money)]
    [InlineData("phi bao nhieu vay ad oi", FigureKind.Money)]
    [InlineData("chuyên mục phát lúc mấy giờ", FigureKind.ClockTime)] // the time of day
    [InlineData("ngay hoi to chuc may gio", FigureKind.ClockTime)]
    [InlineData("mất bao nhiêu giờ", FigureKind.Duration)] // how long
    [InlineData("mất mấy tiếng", FigureKind.Duration)]
    [InlineData("mất mấy giờ", FigureKind.Duration)]
    [InlineData("mấy giờ đồng hồ thì xong", FigureKind.Duration)]
    [InlineData("đài phát chuyên mục bao lâu 1 lần", FigureKind.Frequency)]
    [InlineData("bao lâu một lần", FigureKind.Frequency)]
    [InlineData("bao lâu phải đổi cccd 1 lần", FigureKind.Frequency)]
    [InlineData("mấy năm phải đổi cccd 1 lần", FigureKind.Frequency)]
    [InlineData("chuyên mục phát mấy lần 1 tuần", FigureKind.Frequency)]
    [InlineData("1 tuần phát bao nhiêu lần", FigureKind.Frequency)]
    [InlineData("nộp phạt mấy triệu vậy", FigureKind.Money)]
    [InlineData("hết mấy trăm nghìn", FigureKind.Money)]
    [InlineData("lúc mấy h thì mở", FigureKind.ClockTime)]
    [InlineData("phong trao duoc phat dong nam bao nhieu", FigureKind.Year)] // which year
    [InlineData("tổng đài 156 có từ năm nào", FigureKind.Year)]
    [InlineData("nghị quyết 57 ban hành năm mấy", FigureKind.Year)]
    [InlineData("mất bao nhiêu năm", FigureKind.Duration)] // how long
    [InlineData("1 năm bao nhiêu tiền", FigureKind.Money)] // a year counted, not which one
    [InlineData("lãi suất 1 năm bao nhiêu %", FigureKind.Share)]
    [InlineData("Trà Vinh năm 2024 đứng thứ mấy về cds", FigureKind.Rank)] // a place in a ranking, though a year is named
    [InlineData("den nam 2030 tra vinh phan dau top may", FigureKind.Rank)]
    [InlineData("xep hang bao nhieu ca nuoc", FigureKind.Rank)]
    public void A_question_asking_a_figure_is_read_as_such(string question, FigureKind kind) =>
        Assert.Equal(kind, AskedFigure.Of(Analyzer.Analyze(question), question));

    [Theory]
    [InlineData("có mất phí không")] // yes or no
    [InlineData("ai ký")]
    [InlineData("ban hành ngày nào")] // a date is not checked
    [InlineData("mật khẩu cần bao nhiêu ký tự")] // nor a count of things
    [InlineData("nộp phí xong thì bao nhiêu người được duyệt")] // a count, though money is named
    [InlineData("máy ngày càng chậm thì làm sao")] // "máy" (a machine) is not "mấy"
    [InlineData("báo lâu rồi mà chưa thấy")] // "báo" (to report) is not "bao"
    [InlineData("Ngày Chuyển đổi số quốc gia là ngày bao nhiêu")] // which day; "quốc gia" names no price
    [InlineData("ngay chuyen doi so quoc gia la ngay bao nhieu")]
    [InlineData("năm nào cũng tổ chức ngày hội à")] // every year
    [InlineData("mỗi năm mấy lần")]
    [InlineData("bam nop la bao loi, thu may lan r van vay")] // "thử mấy lần": tried a few times
    [InlineData("hôm nay thứ mấy")] // the day of the week
    [InlineData("đợi mấy ngày rồi mà chưa thấy")] // a time told
    [InlineData("đã mấy tháng mà chưa có kết quả")]
    [InlineData("điện thoại cũ của tôi mấy năm chưa cập nhật phần mềm có sao không")] // years gone by without it
    [InlineData("dien thoai cu may nam chua cap nhat co sao ko")]
    [InlineData("ngày hội tổ chức vào thứ mấy")]
    [InlineData("con mới sinh được mấy ngày, làm khai sinh online được không")] // a time told, not asked
    [InlineData("may ngay nay e ko dang nhap dc vneid")]
    [InlineData("bao lâu nay tôi vẫn dùng chứng minh nhân dân")]
    [InlineData("ưu tiên bao nhiêu lĩnh vực")]
    public void A_question_asking_no_figure_of_those_kinds_is_read_as_none(string question) =>
        Assert.Equal(FigureKind.None, AskedFigure.Of(Analyzer.Analyze(question), question));

    [Theory]
    [InlineData(FigureKind.Duration, "Được giải quyết trong tối đa 3 ngày làm việc.", true)]
    [InlineData(FigureKind.Duration, "Thường chỉ mất vài phút.", true)]
    [InlineData(FigureKind.Duration, "Anh/Chị chọn \"Quên mật khẩu\" và làm theo hướng dẫn.", false)]
    [InlineData(FigureKind.Duration, "Bây giờ Anh/Chị mở ứng dụng.", false)] // "bây" is no "bảy"
    [InlineData(FigureKind.Duration, "Nộp hồ sơ sau ngày hẹn.", false)] // "sau" is no "sáu"
    [InlineData(FigureKind.Duration, "Ban hành ngày 15 tháng 3 năm 2024.", false)] // a date, not a length of time
    [InlineData(FigureKind.Duration, "Đến năm 2025 nằm trong nhóm dẫn đầu.", false)]
    [InlineData(FigureKind.Duration, "Thử lại sau ít phút.", true)]
    [InlineData(FigureKind.Frequency, "Đài duy trì chuyên mục 1 chương trình/tuần.", true)] // how often: "bao lâu một lần"
    [InlineData(FigureKind.Frequency, "Báo cáo kết quả hằng tháng.", true)]
    [InlineData(FigureKind.Frequency, "Hàng năm vào ngày 10/10.", true)]
    [InlineData(FigureKind.Frequency, "Phát sóng 3 ngày một số.", true)] // a length of time does too
    [InlineData(FigureKind.Frequency, "Phát trên sóng truyền hình tỉnh.", false)]
    [InlineData(FigureKind.Duration, "Tổ chức hằng năm vào ngày 10/10.", false)] // how often is no length of time
    [InlineData(FigureKind.Rank, "Phấn đấu nằm trong nhóm 20 tỉnh đứng đầu cả nước.", true)]
    [InlineData(FigureKind.Rank, "Năm 2023 tỉnh xếp thứ 12.", true)]
    [InlineData(FigureKind.Rank, "Nghị quyết số 09-NQ/TU ngày 26/01/2022 về chuyển đổi số.", false)]
    [InlineData(FigureKind.Year, "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.", true)]
    [InlineData(FigureKind.Year, "Phát động năm 2025.", true)]
    [InlineData(FigureKind.Year, "Gọi tổng đài 156 miễn phí.", false)]
    [InlineData(FigureKind.Year, "Tổng đài 1900 1234.", false)] // no year of 1945 to 2099
    [InlineData(FigureKind.Year, "Hotline 1944.", false)]
    [InlineData(FigureKind.ClockTime, "Nhận hồ sơ từ 7h30 đến 17 giờ.", true)]
    [InlineData(FigureKind.ClockTime, "Khai mạc lúc 08:00.", true)]
    [InlineData(FigureKind.ClockTime, "Đài duy trì chuyên mục 1 chương trình/tuần.", false)] // how often, not when
    [InlineData(FigureKind.ClockTime, "Được giải quyết trong 3 ngày làm việc.", false)]
    [InlineData(FigureKind.Money, "Lệ phí là 50.000 đồng.", true)]
    [InlineData(FigureKind.Money, "Thủ tục này được miễn phí.", true)]
    [InlineData(FigureKind.Money, "Lệ phí bằng 0,5% giá trị hợp đồng.", true)]
    [InlineData(FigureKind.Money, "Thủ tục này không thu lệ phí.", true)]
    [InlineData(FigureKind.Money, "Anh/Chị không phải trả lời tin nhắn lạ.", false)]
    [InlineData(FigureKind.Money, "Ở bước thanh toán, chọn ngân hàng hoặc ví điện tử.", false)]
    [InlineData(FigureKind.Share, "Tỉnh phấn đấu đạt 80% hồ sơ trực tuyến.", true)]
    [InlineData(FigureKind.Share, "Tra cứu hồ sơ trên Cổng Dịch vụ công.", false)]
    [InlineData(FigureKind.None, "Bất kỳ câu trả lời nào.", true)]
    public void An_answer_states_a_figure_of_the_kind_asked_or_not(FigureKind kind, string answer, bool stated) =>
        Assert.Equal(stated, AskedFigure.IsStatedIn(kind, answer));

    [Theory]
    [InlineData("hiện có bao nhiêu người học trên nền tảng", "người")]
    [InlineData("thai binh co bao nhieu xa to chuc ngay chu nhat so", "xa")]
    [InlineData("tỉnh đoàn có bao nhiêu đoàn viên", "đoàn")]
    [InlineData("tỉnh có bao nhiêu thủ tục trực tuyến toàn trình", "thủ")] // procedures and services are counted too
    [InlineData("co bao nhieu dich vu cong tren vneid", "dich")]
    public void A_question_counting_people_places_or_procedures_names_what_it_counts(string question, string counted) =>
        Assert.Equal(counted, AskedFigure.CountedIn(Analyzer.Analyze(question), question)?[0].Spelled);

    [Theory]
    [InlineData("phí bao nhiêu tiền")] // money: read by Of
    [InlineData("kinh phí bao nhiêu tỷ")]
    [InlineData("mất bao nhiêu ngày")] // a length of time
    [InlineData("trà vinh muốn bao nhiêu % dn xài nền tảng số")] // a share
    [InlineData("có bao nhiêu kênh tuyên truyền")] // answered by a list of them, in prose too
    [InlineData("đề án có mấy chỉ tiêu")] // "mấy" is as often a plural as a count
    [InlineData("mấy tin nhắn lạ gửi link")]
    [InlineData("có cần báo công an không")]
    public void A_question_counting_no_people_nor_places_names_nothing(string question) =>
        Assert.Null(AskedFigure.CountedIn(Analyzer.Analyze(question), question));

    [Theory]
    [InlineData("người", "Phấn đấu 80% người dân có kỹ năng số cơ bản.", true)]
    [InlineData("mục tiêu", "Kế hoạch đặt 23 mục tiêu đến năm 2025.", true)]
    [InlineData("chỉ tiêu", "Kế hoạch đặt 23 mục tiêu đến năm 2025.", true)] // either syllable
    [InlineData("trụ cột", "Chuyển đổi số có ba trụ cột: chính quyền số, kinh tế số và xã hội số.", true)]
    [InlineData("xa", "Tổ chức tại 260 xã, phường.", true)] // typed without marks, read folded
    [InlineData("lĩnh vực", "Tám lĩnh vực ưu tiên:\n- Y tế;\n- Giáo dục.", true)] // or a list of them
    [InlineData("người", "Anh/Chị học trên nền tảng Bình dân học vụ số, đăng nhập bằng VNeID.", false)]
    [InlineData("xã", "Ngày Chủ nhật số tổ chức tại các xã vào Chủ nhật cuối tháng.", false)]
    public void An_answer_states_how_many_or_not(string counted, string answer, bool stated) =>
        Assert.Equal(stated, AskedFigure.IsCountStatedIn(Analyzer.Analyze(counted), answer));

    [Theory]
    [InlineData("bn ky tu la du", "ky")]
    [InlineData("cần mấy ký tự", "ký")]
    [InlineData("can may ky tu", "ky")] // "may" before the last word of content is "mấy"
    [InlineData("cần mấy tấm ảnh", "tấm")]
    public void A_question_counting_anything_names_the_word_counted(string question, string counted) =>
        Assert.Equal(counted, AskedFigure.UnitAsked(Analyzer.Analyze(question))?[0].Spelled);

    [Theory]
    [InlineData("may tinh bang co dung duoc ko")] // "máy tính bảng", typed without marks
    [InlineData("bao nhiêu là đủ")] // nothing counted
    [InlineData("mật khẩu mạnh là gì")]
    public void A_question_counting_nothing_names_no_word_counted(string question) =>
        Assert.Null(AskedFigure.UnitAsked(Analyzer.Analyze(question)));

    [Theory]
    [InlineData("ký", "Dài ít nhất 12 ký tự, có chữ hoa, chữ thường.", true)]
    [InlineData("ky", "Dài ít nhất 12 ký tự, có chữ hoa, chữ thường.", true)]
    [InlineData("ký", "- Dùng ký tự đặc biệt;\n- Không dùng ngày sinh.", false)] // a list is no number of them
    public void An_answer_puts_a_number_before_the_word_counted_or_not(string counted, string answer, bool stated) =>
        Assert.Equal(stated, AskedFigure.IsNumberStatedIn(Analyzer.Analyze(counted), answer));
}
