using CdsBot.Dialogs.Flows;
using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Flows.Faq;

/// <summary>
/// Short questions on the shipped content as citizens type them: about a term an item defines; about a day by its
/// date, however the date is written;
/// in everyday words and chat shorthand for what the item says officially; with a slip of the keyboard or a name typed
/// in two parts; and about something else, of a place the store knows or not.
/// </summary>
public sealed class ShortQuestionTests
{
    [Theory]
    [InlineData("otp la gi", "otp-la-gi")]
    [InlineData("mã OTP là gì", "otp-la-gi")]
    [InlineData("otp là gì vậy", "otp-la-gi")]
    public Task A_term_an_item_defines_is_answered_by_it(string question, string item) =>
        AnsweredBy(question, item);

    [Theory]
    [InlineData("cds la gi v ad", "chuyen-doi-so-la-gi")]
    [InlineData("e muon hoi cds la gi a", "chuyen-doi-so-la-gi")]
    [InlineData("chi so dti la cai j v", "bo-chi-so-dti")]
    public Task Letters_typed_for_words_in_a_chat_do_not_count_against_the_answer(string question, string item) =>
        AnsweredBy(question, item);

    [Theory]
    [InlineData("chuyển đổi số rốt cuộc là cái gì")] // "cuộc" of "rốt cuộc" is no contest nor call
    [InlineData("chuyen doi so rot cuoc la cai gi")]
    [InlineData("chuyển đổi số là làm cái gì vậy")] // what it is about, not what someone does ("thanh niên làm gì")
    [InlineData("Ad giải thích giúp tôi chuyển đổi số rốt cuộc là làm cái gì")]
    public void A_word_of_speech_puts_no_other_item_first(string question) =>
        Assert.Equal("chuyen-doi-so-la-gi", ShippedContent.Catalog().Index.Search(question)[0].Item.Id);

    [Theory]
    [InlineData("ng gia xai vneid dc ko", "nguoi-cao-tuoi-vneid")]
    [InlineData("người lớn tuổi làm dịch vụ công online được không", "nguoi-cao-tuoi-vneid")]
    [InlineData("mik muon dky vneid muc 2 thi lm ntn", "vneid-dang-ky-muc-2")]
    [InlineData("lam giay khai sanh online", "khai-sinh-truc-tuyen")] // Southern "sanh"
    [InlineData("mua đồ online sao cho an toàn", "mua-hang-truc-tuyen-an-toan")]
    [InlineData("nhập hộ khẩu cho bé mới sinh", "thuong-tru-tre-moi-sinh")]
    [InlineData("lấy số khám bệnh qua mạng", "dat-lich-kham")]
    [InlineData("bốc số khám bệnh qua mạng", "dat-lich-kham")]
    [InlineData("điện thoại cảm ứng học ở đâu", "dien-thoai-thong-minh-hoc-o-dau")]
    [InlineData("nick facebook bị chiếm", "tai-khoan-mxh-bi-chiem")]
    [InlineData("chuyển đổi số là gì ad", "chuyen-doi-so-la-gi")] // "ad" (the admin addressed) is chatter, marks or not
    [InlineData("VNeID là cái ứng dụng gì vậy", "vneid-la-gi")] // "cái", the classifier, is chatter
    [InlineData("xã hội số nghĩa là sao", "xa-hoi-so-la-gi")] // asking what something is, in other words
    [InlineData("giải thích giùm tôi kinh tế số", "kinh-te-so-la-gi")]
    [InlineData("nen tang so hieu nom na la gi", "nen-tang-so-la-gi")]
    [InlineData("chuyen doi so la cai chi", "chuyen-doi-so-la-gi")] // Central "chi" for "gì"
    [InlineData("cds la cai j v, giai thich de hieu giup e", "chuyen-doi-so-la-gi")] // "la cai j" is "là gì", not Lào Cai
    [InlineData("chuyển đổi số nó là cái gì", "chuyen-doi-so-la-gi")] // "nó" (it), typed with marks, is chatter
    [InlineData("xã hội số là chi, tui hổng hiểu", "xa-hoi-so-la-gi")] // not understanding asks what it is
    [InlineData("ngày cđs là ngày mấy tháng mấy vậy ad", "ngay-cds-10-10")] // "ngày mấy" asks which day, as "ngày nào"
    [InlineData("bật bảo vệ 2 lớp cho tài khoản zalo", "xac-thuc-hai-lop")] // "2 lớp", as the content's "hai lớp"
    [InlineData("chuyển đổi số có mấy trụ chính", "ba-tru-cot-cds")]
    [InlineData("dong phi tren cong dich vu cong the nao", "dvc-nop-phi-truc-tuyen")] // "đóng/trả phí" is "nộp phí"
    [InlineData("xin tiền mai táng cho ông trên mạng được không", "khai-tu-lien-thong")] // "tiền mai táng" is "mai táng phí"
    [InlineData("tin vịt trên mạng nhận biết sao", "tin-gia-nhan-biet")]
    [InlineData("cái mã 6 số gửi về điện thoại là gì vậy", "otp-la-gi")] // the one-time code, by what it looks like
    [InlineData("ma xac minh gui ve dt la gi", "otp-la-gi")]
    [InlineData("ra quan cafe bat wifi free roi chuyen khoan co sao ko", "wifi-cong-cong")] // "free" is "miễn phí", "cafe" "cà phê"
    [InlineData("tin trên mạng sao biết thiệt hay giả", "tin-gia-nhan-biet")] // Southern "thiệt", in its phrase
    [InlineData("gọi thấy mặt cho con qua zalo thế nào", "ket-noi-gia-dinh")] // a call where one sees the face is a video call
    [InlineData("goi thay mat cho chau qua zalo the nao", "ket-noi-gia-dinh")]
    [InlineData("e ko rành thủ tục trên mạng, có ai chỉ giùm ko", "dvc-ho-tro")] // "chỉ giùm" asks to be shown how
    [InlineData("chua nhap khau cho con moi sinh thi lam sao", "thuong-tru-tre-moi-sinh")] // "nhập khẩu cho" registers residence
    [InlineData("doc tin tren mang sao biet tin nao thiet tin nao xao", "tin-gia-nhan-biet")] // Southern "xạo" is "giả"
    public Task Everyday_wordings_and_chat_shorthand_find_the_item_written_in_official_words(string question, string item) =>
        AnsweredBy(question, item);

    [Theory]
    [InlineData("vnied la gi", "vneid-la-gi")]
    [InlineData("quen mat khau vnedi", "vneid-quen-mat-khau")]
    [InlineData("dien thaoi thong minh hoc o dau", "dien-thoai-thong-minh-hoc-o-dau")]
    [InlineData("chuyen doi so la gj", "chuyen-doi-so-la-gi")]
    public Task A_slip_of_the_keyboard_is_mended_before_the_question_is_matched(string question, string item) =>
        AnsweredBy(question, item);

    [Theory]
    [InlineData("vn eid la gi", "vneid-la-gi")]
    [InlineData("cai vn-eid o dau", "vneid-cai-dat")]
    public Task A_name_typed_in_two_parts_is_read_as_one(string question, string item) =>
        AnsweredBy(question, item);

    // The place is the only thing the store knows of these: no item of that place is their answer, nor a choice. Nor
    // are a few words the content happens to use ("cách", "cá") among words it never does.
    [Theory]
    [InlineData("thoi tiet lao cai ngay mai")]
    [InlineData("giá vàng ở Thái Bình hôm nay bao nhiêu")]
    [InlineData("lịch cúp điện Trà Vinh tuần này")]
    [InlineData("cách nấu canh chua cá lóc")]
    public Task A_question_about_something_else_is_declined(string question) =>
        new TestFlow(ShippedContent.Root())
            .Send(question)
            .AssertReply(_ => { })
            .AssertTrace(t => Assert.Equal(("fallback", "declined"), (t.Intent, t.Band)))
            .StartTestAsync();

    // Typed without marks, the "hoi" of "cho e hoi" is asking ("hỏi"), not the "hội" of "xã hội": what the citizen asks
    // about comes first among the choices.
    [Theory]
    [InlineData("cho e hoi ve vneid")]
    [InlineData("ad oi cho minh hoi ve vneid")]
    public Task Asking_typed_without_marks_is_not_read_as_a_society(string question) =>
        new TestFlow(ShippedContent.Root())
            .Send(question)
            .AssertReply(reply => Assert.Equal(Payloads.Faq("vneid-la-gi"), reply.QuickReplies[0].Payload))
            .StartTestAsync();

    // "Nhập khẩu cho con" registers a child's residence; importing goods is something the store does not answer.
    [Theory]
    [InlineData("thủ tục nhập khẩu cho lô hàng")]
    [InlineData("giấy phép nhập khẩu cho máy móc")]
    public Task Importing_goods_is_not_answered_with_a_childs_residence(string question) =>
        new TestFlow(ShippedContent.Root())
            .Send(question)
            .AssertReply(_ => { })
            .AssertTrace(t => Assert.Null(t.ContentId))
            .StartTestAsync();

    // The item says "ngày 10 tháng 10 là ngày gì"; "Vì sao chọn ngày 10/10" says the date with a slash.
    [Theory]
    [InlineData("Ngày 10/10 là ngày gì")]
    [InlineData("10/10 là ngày j vậy mn")]
    [InlineData("ngay 10-10 la ngay gi")]
    public Task The_day_asked_by_its_date_is_answered_like_the_day_written_out(string question) =>
        AnsweredBy(question, "ngay-cds-10-10");

    private static Task AnsweredBy(string question, string item) =>
        new TestFlow(ShippedContent.Root())
            .Send(question)
            .AssertReply(_ => { })
            .AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", item), (t.Intent, t.ContentId)))
            .StartTestAsync();
}
