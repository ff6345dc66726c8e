using CdsBot.Dialogs.Flows.Faq;
using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Flows.Faq;

/// <summary>How a question splits into what it asks about and what it asks of it, on the shipped shorthand and synonyms.</summary>
public sealed class FollowUpQuestionTests
{
    private static readonly CdsBot.Dialogs.Retrieval.TextAnalyzer Analyzer = ShippedContent.Catalog().Analyzer;
    private static readonly CdsBot.Dialogs.Retrieval.FaqIndex Index = ShippedContent.Catalog().Index;

    [Theory]
    [InlineData("cai chinh quyen so do la sao", true)]
    [InlineData("chính quyền số là gì", true)]
    [InlineData("nền tảng số là j", true)] // shorthand
    [InlineData("thẻ bhyt trên vneid dùng được không", false)]
    [InlineData("làm ở đâu", false)]
    public void What_something_is_is_asked_by_là_gì_or_là_sao(string message, bool asks) =>
        Assert.Equal(asks, FollowUpQuestion.AsksWhatItIs(Analyzer.Analyze(message)));

    [Theory]
    [InlineData("thật hay giả vậy", true)]
    [InlineData("sao biet la lua hay that", true)]
    [InlineData("thế có phải nó thật không", true)] // "thật" alone, asked yes or no
    [InlineData("co that ko", true)]
    [InlineData("có cần thiết không", false)] // needed, not real
    [InlineData("co can thiet ko", false)]
    [InlineData("thật là vậy", false)] // asks nothing
    [InlineData("có thất nghiệp không", false)] // "thất" is no "thật"
    [InlineData("có phải lừa đảo không", true)]
    [InlineData("tin giả nhận biết sao", false)] // names the news
    [InlineData("làm sao biết", false)] // nothing fake or a scam
    [InlineData("giá bao nhiêu", false)] // "giá", a price
    [InlineData("gia lua bao nhieu", false)] // typed without marks: the price of rice
    [InlineData("nguoi gia thi sao", false)] // the elderly
    public void Whether_something_is_genuine_is_asked_by_fake_or_scam_naming_nothing_else(string message, bool asks) =>
        Assert.Equal(asks, FollowUpQuestion.AsksWhetherGenuine(Analyzer.Analyze(message)));

    [Theory]
    [InlineData("Đăng ký khai sinh liên thông mất bao lâu?", "khai sinh liên thông")]
    [InlineData("VNeID là gì?", "vneid")]
    [InlineData("Làm giấy khai sinh trực tuyến thế nào?", "khai sinh trực tuyến")]
    [InlineData("mất bao lâu", "")]
    public void The_subject_is_what_is_neither_a_question_word_nor_an_attribute(string question, string subject) =>
        Assert.Equal(subject, FollowUpQuestion.Subject(Analyzer.Analyze(question)), ignoreCase: true);

    [Theory]
    [InlineData("cai chi so do la sao", "lao cai co ke hoach cai thien chi so dti", "chi so dti la sao")]
    [InlineData("cái mã đó là gì", "nhân viên ngân hàng bảo đọc cái mã gửi qua tin nhắn", "mã gửi qua tin nhắn là gì")]
    [InlineData("cái app này tải ở đâu", "có app vneid không", "app vneid tải ở đâu")]
    public void A_thing_pointed_back_at_is_read_as_the_last_question_called_it(string message, string last, string meant) =>
        Assert.Equal(meant, FollowUpQuestion.NamedBack(CdsBot.Dialogs.Retrieval.VietnameseTokenizer.Analyze(message), CdsBot.Dialogs.Retrieval.VietnameseTokenizer.Analyze(last)));

    [Theory]
    [InlineData("cái đó là gì", "chỉ số dti là gì")] // nothing named
    [InlineData("cái app đó tải ở đâu", "vneid là gì")] // the last question names no app
    [InlineData("chỉ số dti là gì", "lào cai có kế hoạch gì")] // nothing pointed back at
    public void Nothing_is_read_back_when_the_message_names_nothing_the_last_question_said_more_of(string message, string last) =>
        Assert.Null(FollowUpQuestion.NamedBack(CdsBot.Dialogs.Retrieval.VietnameseTokenizer.Analyze(message), CdsBot.Dialogs.Retrieval.VietnameseTokenizer.Analyze(last)));

    [Theory]
    [InlineData("mat bao lau", 0)]
    [InlineData("co mat phi khong", 0)]
    [InlineData("ai dc hoc", 1)]
    public void A_short_message_of_question_words_and_attributes_is_a_follow_up_with_no_words_of_its_own(string message, int ownWords) =>
        Assert.Equal(new FollowUp(null, ownWords), FollowUpQuestion.Read(Analyzer.Analyze(message)));

    [Theory]
    [InlineData("nó dùng để làm gì")]
    [InlineData("no dung de lam gi")]
    [InlineData("cái đó có an toàn không")]
    [InlineData("thu tuc nay mat bao lau")]
    [InlineData("no giup j cho dan")] // shorthand read as "gì" leaves the message typed without marks
    [InlineData("doanh nghiệp có vai trò gì trong đó")]
    [InlineData("tỉnh đó còn văn bản nào khác nữa")]
    [InlineData("xa nay co trang web rieng ko")]
    [InlineData("hôm đó có hoạt động gì")]
    [InlineData("tren do co day dung dien thoai ko")] // "trên đó": on the platform just named
    [InlineData("trang đó của ai làm vậy")]
    [InlineData("vậy lớp đó dạy những gì")] // the class the conversation is about
    [InlineData("lop nay hoc o dau")]
    [InlineData("bỏ bằng lái vô đó được không")] // "vô đó", "vào đó": into what was just named
    [InlineData("de giay phep vao do duoc khong")]
    [InlineData("vậy nó có lợi gì cho người dân thường như bọn em ạ")] // the chatter around it makes it no longer
    public void A_message_pointing_back_at_the_last_answer_is_a_follow_up_whatever_its_own_words(string message) =>
        Assert.NotNull(FollowUpQuestion.Read(Analyzer.Analyze(message)));

    [Theory]
    [InlineData("chương trình do ai phát động")] // "do": made by
    [InlineData("VNeID là ứng dụng do Bộ Công an phát triển à")]
    [InlineData("nang cao trinh do so cho nguoi dan")] // "trình độ"
    [InlineData("người trên độ tuổi lao động học ở đâu")] // typed with marks, "độ" is no "đó"
    [InlineData("năm nay chủ đề là gì")]
    public void A_word_that_only_folds_to_a_pointer_does_not_point_back(string message) =>
        Assert.False(FollowUpQuestion.Read(Analyzer.Analyze(message))?.PointsBack ?? false);

    [Theory]
    [InlineData("dùng vneid để làm những việc gì")]
    [InlineData("tôi nợ thuế phải làm sao")]
    [InlineData("cách nộp thuế đất online cho nhà mình")]
    [InlineData("nợ xau co anh huong gi khong")] // "nợ" typed with its marks is no "nó"
    [InlineData("nam nay chu de ngay chuyen doi so la gi")] // "năm nay" is this year, not "năm đó"
    public void A_longer_message_with_its_own_subject_and_nothing_pointing_back_is_not(string message) =>
        Assert.Null(FollowUpQuestion.Read(Analyzer.Analyze(message)));

    [Theory]
    [InlineData("thử lại mấy lần rồi vẫn bị, giờ sao", true)]
    [InlineData("thu lai van ko dc thi goi ai", true)]
    [InlineData("vẫn lỗi hoài thì sao", true)]
    [InlineData("vẫn chưa được thì gọi ai", true)]
    [InlineData("vẫn bị", false)] // asks nothing
    [InlineData("văn bản nào không có", false)] // "văn" is no "vẫn"
    [InlineData("vẫn không nhận được mã otp thì sao", false)] // names what fails
    public void The_trouble_going_on_is_said_by_vẫn_before_a_failure(string message, bool still) =>
        Assert.Equal(still, FollowUpQuestion.StillFails(Analyzer.Analyze(message)));

    [Theory]
    [InlineData("giờ làm sao để lấy lại")] // getting back what was just talked about
    [InlineData("gio lam sao lay lai")]
    [InlineData("giờ lấy lại kiểu gì")] // "kiểu gì", "kiểu chi" of getting it back: how
    [InlineData("lay lai kieu chi")]
    [InlineData("lấy lại bằng cách nào")]
    public void Getting_back_names_nothing_of_its_own(string message) =>
        Assert.Empty(FollowUpQuestion.Named(Analyzer.Analyze(message)));

    [Fact]
    public void How_a_fee_is_paid_names_the_way() =>
        // "nộp lệ phí" are words any subject has; "kiểu" keeps the message a question of its own.
        Assert.Equal(["kieu"], FollowUpQuestion.Named(Analyzer.Analyze("nop le phi kieu gi")));

    [Theory]
    [InlineData("mất bao lâu mới có")] // only then: how long it takes, nothing new
    [InlineData("mat bao lau moi co")]
    [InlineData("mấy ngày mới xong")]
    [InlineData("bao giờ mới có")]
    public void Only_then_after_how_long_or_when_is_no_word_of_its_own(string message) =>
        Assert.DoesNotContain("moi", FollowUpQuestion.Named(Analyzer.Analyze(message)));

    [Theory]
    [InlineData("còn trẻ mới sinh thì sao")] // a newborn
    [InlineData("cái nào mới hơn")] // which is newer
    public void New_still_names_something(string message) =>
        Assert.Contains("moi", FollowUpQuestion.Named(Analyzer.Analyze(message)));

    [Theory]
    [InlineData("lấy lãi bao nhiêu")] // interest, typed with its marks
    [InlineData("làm lại thẻ ở đâu")] // doing again is not getting back
    public void Other_words_folding_to_lai_still_name_something(string message) =>
        Assert.Contains("lai", FollowUpQuestion.Named(Analyzer.Analyze(message)));

    [Theory]
    [InlineData("còn khai tử thì làm thế nào", "khai tử", "làm thế nào")]
    [InlineData("còn nộp phí thì làm sao", "nộp phí", "làm sao")] // an attribute of the last subject may be the new one
    [InlineData("con binh dan hoc vu so thi hoc o dau", "binh dan hoc vu so", "hoc o dau")]
    [InlineData("con xa hoi so", "xa hoi so", null)] // "còn X?": asked what the last question asked
    [InlineData("còn chính quyền số", "chính quyền số", null)]
    [InlineData("còn khai tử thì sao", "khai tử", null)]
    [InlineData("còn khai tử thì ra sao", "khai tử", null)]
    [InlineData("còn mức 1 thì thế nào", "mức 1", null)]
    [InlineData("thế còn Thái Bình?", "thái bình", null)] // "thế còn", "vậy còn": the particle adds nothing
    [InlineData("vay con khai tu thi lam sao", "khai tu", "lam sao")]
    [InlineData("còn ở lào cai thì sao", "lào cai", null)] // the place asked about, not a pronoun after "còn"
    [InlineData("con tai tra vinh", "tra vinh", null)]
    [InlineData("còn em muốn bán hàng thì sao", "em muốn bán hàng", null)] // what the citizen wants to do, not the citizen
    [InlineData("con minh muon dang ky thi sao", "minh muon dang ky", null)] // "còn mình" or "my child": registering is what is asked either way
    public void Cont_x_names_a_new_subject_and_what_it_asks_of_it_when_it_says_so(string message, string subject, string? asks)
    {
        var read = FollowUpQuestion.Read(Analyzer.Analyze(message));
        Assert.Equal((subject, asks), (read?.NewSubject, read?.Asks));
    }

    [Theory]
    [InlineData("con em 5 tuoi")] // "my child"
    [InlineData("con gái tôi 5 tuổi")] // "con" without marks in a message written with them is a child
    [InlineData("con be nha em")] // "con bé": a child
    [InlineData("còn hạn")] // "still": asks about the last answer
    [InlineData("còn tôi thì làm sao")]
    [InlineData("còn tôi muộn hạn thì sao")] // "muộn" (late) is no "muốn" (want): about the citizen, as before
    [InlineData("quên mật khẩu thì làm sao")] // no "còn": a question of its own
    [InlineData("còn bao nhiêu ngày nữa thì hết hạn nộp hồ sơ")] // more than "còn X" can be
    public void A_person_a_question_without_con_or_a_longer_message_names_no_new_subject(string message) =>
        Assert.Null(FollowUpQuestion.Read(Analyzer.Analyze(message))?.NewSubject);

    [Theory]
    [InlineData("mà đổi số điện thoại rồi thì sao", 3)] // "đổi", "điện thoại"; "số" is an attribute any subject may have
    [InlineData("ma doi sdt roi thi sao", 3)] // "mà" typed without marks: the content never says "mã đổi"
    [InlineData("nhưng em đổi số rồi", 1)]
    [InlineData("nhung e chua co tai khoan", 2)]
    public void A_message_opening_with_but_that_asks_nothing_of_its_own_is_a_complication_of_the_last_answer(string message, int ownWords) =>
        Assert.Equal(new FollowUp(null, ownWords, PointsBack: true) { Continues = true }, Read(message));

    [Fact]
    public void Only_the_opening_ma_is_read_against_the_contents_words() =>
        // The later "ma otp" is "mã OTP"; the opening "ma" is still "mà".
        Assert.True(Read("ma em chua nhan duoc ma otp")?.Continues);

    [Theory]
    [InlineData("ma otp la gi")] // "mã OTP", as the content says it
    [InlineData("ma qr thanh toan thi sao")]
    [InlineData("mà dịch vụ công là gì")] // asks of its own subject
    [InlineData("nhưng vneid tải ở đâu")]
    [InlineData("mã OTP thì sao")]
    [InlineData("nhưng người già có dùng vneid được không")] // a yes/no question of its own
    [InlineData("ma nguoi gia co lam duoc ko")]
    public void A_message_naming_a_code_or_asking_something_of_its_own_is_no_complication(string message) =>
        Assert.False(Read(message)?.Continues ?? false);

    [Fact]
    public void Without_the_contents_reading_of_unmarked_words_no_message_is_a_complication() =>
        Assert.False(FollowUpQuestion.Read(Analyzer.Analyze("mà đổi số điện thoại rồi thì sao"))?.Continues ?? false);

    private static FollowUp? Read(string message)
    {
        var tokens = Analyzer.Analyze(message);
        return FollowUpQuestion.Read(tokens, Index.MeantAsContent([.. tokens.Take(2)]));
    }

    [Theory]
    [InlineData("ban hanh ngay nao", true)]
    [InlineData("ai ban hành", true)]
    [InlineData("có hiệu lực từ khi nào", true)]
    [InlineData("ký ngày nào", true)]
    [InlineData("bán hàng thế nào", false)]
    [InlineData("bàn hành chính công", false)]
    [InlineData("mất bao lâu", false)]
    [InlineData("đăng ký ngày nào", false)]
    [InlineData("dang ky ngay nao", false)]
    public void Asking_when_or_by_whom_a_document_was_issued_is_recognized_with_or_without_diacritics(string message, bool asks) =>
        Assert.Equal(asks, FollowUpQuestion.AsksIssue(Analyzer.Analyze(message)));

    [Theory]
    [InlineData("phê duyệt ở quyết định nào", true)]
    [InlineData("quyet dinh nao phe duyet", true)]
    [InlineData("theo văn bản nào", true)]
    [InlineData("nghị quyết số mấy vậy ad", true)]
    [InlineData("căn cứ kế hoạch gì", true)]
    [InlineData("quyết định nào quy định ngày chuyển đổi số", false)] // a subject of its own
    [InlineData("tỉnh có kế hoạch nào về chuyển đổi số", false)]
    [InlineData("kế hoạch này có mấy mục tiêu", false)] // asks of the plan, not which one
    [InlineData("ban hành ngày nào", false)] // when, not which: AsksIssue
    [InlineData("có văn bản nào không", false)] // whether there are any
    [InlineData("co quyet dinh nao ve viec nay chua", false)]
    public void Asking_which_document_something_rests_on_is_recognized(string message, bool asks) =>
        Assert.Equal(asks, FollowUpQuestion.AsksWhichDocument(Analyzer.Analyze(message)));

    [Theory]
    [InlineData("nó dùng để làm gì", "dùng để làm gì")]
    [InlineData("no giup j cho dan", "giup gì cho dan")]
    [InlineData("cái đó cài ở đâu", "cài ở đâu")]
    [InlineData("người dân có vai trò gì trong đó", "người dân có vai trò gì")]
    [InlineData("kế hoạch này ai ký", "kế hoạch ai ký")]
    [InlineData("lớp đó dạy những gì", "lớp dạy những gì")]
    public void What_a_follow_up_asks_leaves_out_the_words_pointing_back(string message, string asked) =>
        Assert.Equal(asked, FollowUpQuestion.Asked(Analyzer.Analyze(message)));
}
