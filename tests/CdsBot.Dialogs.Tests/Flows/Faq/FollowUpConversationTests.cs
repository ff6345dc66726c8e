using CdsBot.Dialogs.Flows;
using CdsBot.Dialogs.Tests.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CdsBot.Dialogs.Tests.Flows.Faq;

/// <summary>
/// Two-turn conversations on the shipped content: a follow-up without a subject of its own is read against the
/// item answered just before, and a question with its own subject is not.
/// </summary>
public sealed class FollowUpConversationTests
{
    [Theory]
    [InlineData("nq57 ban hanh ngay nao", "nq57-ngay-ban-hanh", "ai ky", "nq57-ngay-ban-hanh")]
    [InlineData("nghị quyết 57 đặt mục tiêu gì đến năm 2030", "nq57-muc-tieu-2030", "ai ký vậy", "nq57-ngay-ban-hanh")] // the item asking who issued it
    [InlineData("nq57 muc tieu 2030 la gi", "nq57-muc-tieu-2030", "ban hanh ngay nao", "nq57-ngay-ban-hanh")]
    [InlineData("những văn bản chính về chuyển đổi số là gì", "van-ban-cds-chinh", "ban hành ngày nào", "van-ban-cds-chinh")] // several documents: their dates again
    [InlineData("lao cai co ke hoach cai thien chi so dti", "lao-cai-23-muc-tieu", "cai chi so do la sao", "bo-chi-so-dti")]
    [InlineData("vneid muc 1 muc 2 khac nhau the nao", "vneid-muc-1-muc-2", "lam o dau", "vneid-dang-ky-muc-2")]
    [InlineData("khai sinh online", "khai-sinh-truc-tuyen", "can giay to gi", "khai-sinh-cac-buoc")]
    [InlineData("khai sinh online", "khai-sinh-truc-tuyen", "mat bao lau", "khai-sinh-thoi-han")]
    [InlineData("e muon lam giay khai sinh online cho con", "khai-sinh-truc-tuyen", "mat bao lau moi co", "khai-sinh-thoi-han")] // not "trẻ mới sinh"
    [InlineData("làm giấy khai sinh trực tuyến thế nào", "khai-sinh-truc-tuyen", "mất bao lâu mới có", "khai-sinh-thoi-han")]
    [InlineData("làm giấy khai sinh trực tuyến thế nào", "khai-sinh-truc-tuyen", "các bước ra sao", "khai-sinh-cac-buoc")]
    [InlineData("VNeID là gì", "vneid-la-gi", "tải ở đâu", "vneid-cai-dat")]
    [InlineData("ngày chuyển đổi số quốc gia là ngày nào", "ngay-cds-10-10", "sao lai chon ngay do", "ngay-cds-vi-sao-10-10")]
    [InlineData("nghị quyết 57 ban hành ngày nào", "nq57-ngay-ban-hanh", "còn mục tiêu đến 2030 thì sao", "nq57-muc-tieu-2030")]
    [InlineData("làm giấy khai sinh online", "khai-sinh-truc-tuyen", "còn khai tử thì sao", "khai-tu-lien-thong")]
    [InlineData("binh dan hoc vu so la gi", "bdhvs-la-gi", "ai phat dong", "bdhvs-ai-phat-dong")]
    [InlineData("bình dân học vụ số là gì", "bdhvs-la-gi", "học ở đâu", "bdhvs-hoc-o-dau")]
    [InlineData("giấy phép lái xe trực tuyến", "giay-phep-lai-xe-truc-tuyen", "có mất phí không", "giay-phep-lai-xe-truc-tuyen")]
    [InlineData("quên mật khẩu vneid thì làm thế nào", "vneid-quen-mat-khau", "còn mức 2 đăng ký ở đâu", "vneid-dang-ky-muc-2")]
    [InlineData("chuyen doi so la gi", "chuyen-doi-so-la-gi", "loi ich cho dan la j", "loi-ich-cds-nguoi-dan")]
    [InlineData("dich vu cong truc tuyen la gi", "dvc-la-gi", "con vneid thi sao", "vneid-la-gi")]
    [InlineData("qd 749 ban hanh khi nao", "qd749-chuong-trinh-cds-quoc-gia", "do ai ky", "qd749-chuong-trinh-cds-quoc-gia")]
    [InlineData("vneid muc 2 dang ky o dau", "vneid-dang-ky-muc-2", "còn mức 1 thì sao", "vneid-muc-1-muc-2")]
    [InlineData("VNeID là gì", "vneid-la-gi", "nó dùng để làm gì", "vneid-la-gi")]
    [InlineData("chuyển đổi số là gì", "chuyen-doi-so-la-gi", "nó có lợi gì cho người dân", "loi-ich-cds-nguoi-dan")]
    [InlineData("VNeID là gì", "vneid-la-gi", "cái đó cài ở đâu", "vneid-cai-dat")]
    [InlineData("bdhvs la gi", "bdhvs-la-gi", "cai do hoc o dau", "bdhvs-hoc-o-dau")]
    [InlineData("Ngày hội toàn dân học tập số là gì?", "ngay-hoi-hoc-tap-so", "tổ chức vào dịp nào", "ngay-hoi-hoc-tap-so")] // its answer says when
    [InlineData("ngay hoi toan dan hoc tap so la gi", "ngay-hoi-hoc-tap-so", "to chuc vao ngay nao", "ngay-hoi-hoc-tap-so")]
    [InlineData("Ngày hội toàn dân học tập số là gì?", "ngay-hoi-hoc-tap-so", "khi nào diễn ra", "ngay-hoi-hoc-tap-so")] // not when the movement began
    [InlineData("nq57 của ai ban hành", "nq57-ngay-ban-hanh", "nói về cái gì", "nq57-ngay-ban-hanh")] // its question asks when and what
    [InlineData("bình dân học vụ số học ở đâu", "bdhvs-hoc-o-dau", "trên đó dạy kỹ năng gì", "bdhvs-noi-dung")]
    [InlineData("VNeID là gì", "vneid-la-gi", "để giấy phép lái xe vào đó được không", "vneid-tich-hop-giay-to")] // about VNeID, not licences
    [InlineData("vneid la gi", "vneid-la-gi", "cho the bhyt vo do dc ko", "vneid-tich-hop-giay-to")]
    [InlineData("khai sinh online", "khai-sinh-truc-tuyen", "thu tuc nay mat bao lau", "khai-sinh-thoi-han")]
    [InlineData("kh 96 thai binh", "thai-binh-kh96", "muc tieu la gi", "thai-binh-muc-tieu-truyen-thong")]
    [InlineData("ke hoach 63 tra vinh", "tra-vinh-ke-hoach-tuyen-truyen", "ban hanh ngay nao", "tra-vinh-ke-hoach-tuyen-truyen")]
    [InlineData("công văn 1850 bến tre", "ben-tre-cv1850", "ai ban hành", "ben-tre-cv1850")]
    [InlineData("nq 09 tra vinh", "tra-vinh-nq09", "co hieu luc tu khi nao", "tra-vinh-nq09")]
    [InlineData("ngày chuyển đổi số là ngày nào", "ngay-cds-10-10", "quyết định đó ban hành khi nào", "ngay-cds-10-10")]
    [InlineData("DTI là gì", "bo-chi-so-dti", "phê duyệt ở quyết định nào", "bo-chi-so-dti")] // the source line names it
    [InlineData("ngày 10/10 là ngày gì", "ngay-cds-10-10", "theo quyết định nào", "ngay-cds-10-10")]
    [InlineData("ke hoach truyen thong cds thai binh", "thai-binh-kh96", "con lao cai thi sao", "lao-cai-kh44")]
    [InlineData("trà vinh có nghị quyết gì về chuyển đổi số", "tra-vinh-nq09", "còn Thái Bình thì sao", "thai-binh-nq02")]
    [InlineData("trà vinh có nghị quyết gì về chuyển đổi số", "tra-vinh-nq09", "thế còn Thái Bình?", "thai-binh-nq02")]
    [InlineData("đài Lào Cai phát chuyên mục cds bao lâu 1 lần", "lao-cai-phat-thanh", "còn thái bình thì sao", "thai-binh-phat-thanh")] // how often is a figure of time
    [InlineData("kế hoạch 44 lào cai", "lao-cai-kh44", "tỉnh đó còn văn bản nào khác nữa", "lao-cai-van-ban-cds")]
    [InlineData("quan điểm của lào cai về chuyển đổi số", "lao-cai-quan-diem", "còn lĩnh vực ưu tiên thì sao", "lao-cai-linh-vuc-trong-diem")] // of the place talked about, not the nation's
    [InlineData("chuyển đổi số là gì vậy ad", "chuyen-doi-so-la-gi", "vậy nó có lợi gì cho người dân thường như bọn em ạ", "loi-ich-cds-nguoi-dan")]
    [InlineData("mua hàng trên mạng sao cho an toàn", "mua-hang-truc-tuyen-an-toan", "còn em muốn bán hàng thì sao", "ban-hang-san-tmdt")] // what the citizen wants to do is the new subject
    [InlineData("đài Lào Cai phát chuyên mục cds bao lâu 1 lần", "lao-cai-phat-thanh", "đặt mấy mục tiêu", "lao-cai-23-muc-tieu")] // nothing on broadcasting says it: asked of the last answer's place
    public async Task A_follow_up_is_answered_from_the_last_answer(string first, string firstItem, string followUp, string expected)
    {
        await Answered(first, firstItem)
            .Send(followUp).AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t =>
            {
                Assert.Equal("faq", t.Intent);
                Assert.Equal(expected, t.ContentId);
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("kế hoạch 44 lào cai", "có trang web riêng không", "lao-cai-chuyen-trang")]
    [InlineData("công văn 1850 bến tre", "tuyên truyền qua những kênh nào", "ben-tre-kenh-truyen-thong")]
    [InlineData("kế hoạch tuyên truyền nq57 của xã tân ninh", "có dùng mạng xã hội không", "tan-ninh-hinh-thuc")]
    [InlineData("điện thoại thông minh học ở đâu", "thế trước mắt cần biết mấy cái cơ bản nào", "dien-thoai-co-ban")]
    [InlineData("làm giấy khai sinh online được không", "thế từng bước bấm ra sao", "khai-sinh-cac-buoc")]
    [InlineData("khai sinh online làm thế nào", "cụ thể từng bước trên vneid đc ko", "khai-sinh-cac-buoc")] // "cụ thể" asks for more, of nothing new
    [InlineData("khai sinh tren vneid dc ko", "chi tiet tung buoc di ad", "khai-sinh-cac-buoc")] // "từng", like "chi tiết", names nothing
    public async Task A_short_question_nothing_answers_on_its_own_is_answered_by_the_item_linked_to_the_last_answer_that_says_it(string first, string second, string expected) =>
        await new TestFlow(ShippedContent.Root())
            .Send(first).AssertReply(_ => { }).AssertFeedbackPrompt()
            .Send(second).AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", expected), (t.Intent, t.ContentId)))
            .StartTestAsync();

    [Theory]
    [InlineData("khai sinh online mất bao lâu", "lệ phí hết bao nhiêu tiền")]
    [InlineData("công văn 1850 bến tre", "chủ tịch tỉnh Bến Tre hiện giờ là ai")]
    [InlineData("VNeID là gì", "giá vàng hôm nay bao nhiêu")]
    [InlineData("VNeID là gì", "VNeID cho người nước ngoài")]
    [InlineData("khai sinh online", "xây nhà mất bao lâu")]
    [InlineData("điện thoại thông minh học ở đâu", "sửa điện thoại ở đâu rẻ")]
    [InlineData("điện thoại thông minh học ở đâu", "mua điện thoại hết bao nhiêu tiền")]
    public async Task A_short_question_the_items_linked_to_the_last_answer_do_not_say_is_not_answered_with_one_of_them(string first, string second) =>
        await new TestFlow(ShippedContent.Root())
            .Send(first).AssertReply(_ => { }).AssertFeedbackPrompt()
            .Send(second).AssertReply(_ => { })
            .AssertTrace(t => Assert.Null(t.ContentId))
            .StartTestAsync();

    [Theory]
    [InlineData("nq57 ban hanh ngay nao", "vneid la gi", "vneid-la-gi")]
    [InlineData("VNeID là gì", "nghị quyết 57 ban hành ngày nào", "nq57-ngay-ban-hanh")]
    [InlineData("khai sinh online", "tổng đài 156", "bao-cao-lua-dao-156")]
    [InlineData("VNeID là gì", "dịch vụ công là gì", "dvc-la-gi")] // a term the last answer used, asked what it is
    [InlineData("DTI là gì", "ngày chuyển đổi số là ngày nào", "ngay-cds-10-10")] // every word of it is in the last answer
    [InlineData("Dịch vụ công trực tuyến là gì?", "vì sao nên dùng dịch vụ công trực tuyến", "dvc-loi-ich")]
    [InlineData("Có những hoạt động nào hưởng ứng Ngày CĐS 10/10?", "bình dân học vụ số là cái gì thế", "bdhvs-la-gi")]
    public async Task A_question_with_its_own_subject_is_answered_on_its_own(string first, string second, string expected)
    {
        await new TestFlow(ShippedContent.Root())
            .Send(first).AssertReply(_ => { }).AssertFeedbackPrompt()
            .Send(second).AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t =>
            {
                Assert.Equal(expected, t.ContentId);
                Assert.Null(t.FollowUpOf);
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("khai sinh online mất bao lâu", "khai-sinh-thoi-han", "còn khai tử thì làm thế nào", "khai-tu-lien-thong")] // asks its own "làm thế nào"
    [InlineData("kinh te so la j", "kinh-te-so-la-gi", "con xa hoi so", "xa-hoi-so-la-gi")] // "còn X?" alone
    [InlineData("kinh te so la gi", "kinh-te-so-la-gi", "con xa hoi so thi sao", "xa-hoi-so-la-gi")] // typed without marks, asked so
    public async Task Cont_x_asks_of_the_new_subject(string first, string firstItem, string followUp, string expected) =>
        await Answered(first, firstItem)
            .Send(followUp).AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", expected, firstItem), (t.Intent, t.ContentId, t.FollowUpOf)))
            .StartTestAsync();

    [Theory]
    [InlineData("Tài khoản Zalo, Facebook bị chiếm thì làm gì?", "tai-khoan-mxh-bi-chiem", "còn facebook?")] // its question names Facebook
    [InlineData("Quên mật khẩu VNeID thì làm thế nào?", "vneid-quen-mat-khau", "còn đổi số điện thoại thì làm sao")] // its answer says what then
    public Task Cont_x_that_the_last_item_speaks_of_as_much_as_any_other_is_asked_of_it(string first, string item, string followUp) =>
        AnsweredThen(first, item, followUp, item);

    [Theory]
    [InlineData("tra cứu hồ sơ đã nộp trực tuyến ở đâu", "còn nộp phí thì làm sao", "dvc-nop-phi-truc-tuyen")] // read as "còn X thì sao" when its own question is not answered confidently
    [InlineData("tải và cài vneid ở đâu", "nhưng người già có dùng vneid được không", "nguoi-cao-tuoi-vneid")] // a yes/no question of its own, no complication
    public async Task A_message_asking_its_own_question_gets_the_item_that_answers_it(string first, string second, string expected) =>
        await new TestFlow(ShippedContent.Root())
            .Send(first).AssertReply(_ => { }).AssertFeedbackPrompt()
            .Send(second).AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", expected), (t.Intent, t.ContentId)))
            .StartTestAsync();

    [Fact]
    public async Task A_third_question_is_about_what_the_conversation_is_about_not_what_the_second_asked_of_it() =>
        // "Ai phát động phong trào Bình dân học vụ số?" was answered: "học ở đâu" asks where to learn on the movement's
        // platform, whose item never says "phát động".
        await new TestFlow(ShippedContent.Root())
            .Send("bình dân học vụ số là gì").AssertReply(_ => { }).AssertFeedbackPrompt()
            .Send("ai phát động").AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal("bdhvs-ai-phat-dong", t.ContentId))
            .Send("học ở đâu vậy").AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", "bdhvs-hoc-o-dau", "bdhvs-ai-phat-dong"), (t.Intent, t.ContentId, t.FollowUpOf)))
            .StartTestAsync();

    [Fact]
    public async Task A_follow_up_naming_nothing_is_not_asked_of_the_places_other_items() =>
        // "ở đâu" after Lào Cai's broadcasts asks where to hear them, not where Lào Cai's website is.
        await Answered("đài Lào Cai phát chuyên mục cds bao lâu 1 lần", "lao-cai-phat-thanh")
            .Send("ở đâu").AssertReply(_ => { })
            .AssertTrace(t => Assert.NotEqual("lao-cai-chuyen-trang", t.ContentId))
            .StartTestAsync();

    [Theory]
    [InlineData("facebook của em bị người khác chiếm mất rồi", "vậy giờ làm sao để lấy lại")] // the answer says "khôi phục", never "lấy lại"
    [InlineData("zalo của tôi bị hack rồi", "giờ lấy lại kiểu gì")] // "lấy lại" is also in how to get a VNeID password back
    [InlineData("zalo cua toi bi hack roi", "gio lay lai kieu chi")]
    [InlineData("fb e bi hack r", "lay lai kieu j")]
    [InlineData("facebook bị người ta chiếm mất", "làm sao lấy lại")]
    public Task Getting_back_what_was_taken_asks_the_last_answers_advice_again(string first, string followUp) =>
        AnsweredThen(first, "tai-khoan-mxh-bi-chiem", followUp, "tai-khoan-mxh-bi-chiem");

    [Theory]
    [InlineData("thử lại mấy lần rồi vẫn bị, giờ sao")] // the answer says what to do "nếu vẫn lỗi"
    [InlineData("vẫn ko được thì gọi ai")]
    public Task The_trouble_going_on_after_an_answer_saying_what_to_do_then_gets_that_answer_again(string followUp) =>
        AnsweredThen("nộp hồ sơ trên cổng dịch vụ công bị lỗi", "dvc-loi-khi-nop", followUp, "dvc-loi-khi-nop");

    [Fact]
    public async Task The_trouble_going_on_after_an_answer_saying_nothing_of_it_is_not_that_answer_again() =>
        await Answered("VNeID là gì?", "vneid-la-gi")
            .Send("vẫn ko được thì sao").AssertReplies(_ => { })
            .AssertTrace(t => Assert.NotEqual("vneid-la-gi", t.ContentId))
            .StartTestAsync();

    [Fact]
    public async Task Getting_back_a_password_named_is_its_own_question() =>
        await new TestFlow(ShippedContent.Root())
            .Send("zalo của tôi bị hack rồi").AssertReply(_ => { }).AssertFeedbackPrompt()
            .Send("lấy lại mật khẩu vneid thế nào").AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", "vneid-quen-mat-khau"), (t.Intent, t.ContentId)))
            .StartTestAsync();

    [Fact]
    public async Task That_class_in_a_third_question_is_the_movement_the_conversation_is_about() =>
        // "Lớp đó" points back: what the class teaches, asked after who launched the movement, is the movement's syllabus,
        // though no link leads there from who launched it.
        await new TestFlow(ShippedContent.Root())
            .Send("bình dân học vụ số là gì").AssertReply(_ => { }).AssertFeedbackPrompt()
            .Send("ai phát động").AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal("bdhvs-ai-phat-dong", t.ContentId))
            .Send("lớp đó thì dạy những gì").AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", "bdhvs-noi-dung", "bdhvs-ai-phat-dong"), (t.Intent, t.ContentId, t.FollowUpOf)))
            .StartTestAsync();

    [Fact]
    public async Task A_follow_up_the_last_answer_only_shares_the_subjects_name_with_gets_the_item_that_answers_it() =>
        // Every item of the movement says "học" in its name: "học những gì" after who it is for asks what is taught.
        await new TestFlow(ShippedContent.Root())
            .Send("phong trao bdhvs la gi").AssertReply(_ => { }).AssertFeedbackPrompt()
            .Send("danh cho ai").AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal("bdhvs-doi-tuong", t.ContentId))
            .Send("hoc nhung gi").AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", "bdhvs-noi-dung", "bdhvs-doi-tuong"), (t.Intent, t.ContentId, t.FollowUpOf)))
            .StartTestAsync();

    [Theory]
    [InlineData("bdhvs la gi", "bdhvs-la-gi", "hoc nhung j")]
    [InlineData("bình dân học vụ số là gì", "bdhvs-la-gi", "học những cái gì")]
    public async Task Asking_what_a_word_of_the_subjects_name_is_matched_only_where_an_item_says_it_outside_that_name(string first, string item, string followUp) =>
        // "học" of "học những gì" is not the "học" of "Bình dân học vụ số", which every item of the movement says.
        await Answered(first, item)
            .Send(followUp).AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", "bdhvs-noi-dung", item), (t.Intent, t.ContentId, t.FollowUpOf)))
            .StartTestAsync();

    [Theory]
    [InlineData("Xã Tân Ninh ưu tiên phổ cập kỹ năng số cho ai?", "tan-ninh-doi-tuong", "uu tien nhung gi", "tan-ninh-doi-tuong")] // "ưu tiên" is one word
    [InlineData("Đăng ký tài khoản định danh điện tử mức 2 ở đâu?", "vneid-dang-ky-muc-2", "tài khoản gồm gì", "vneid-muc-1-muc-2")] // so is "tài khoản"
    [InlineData("Nền tảng số là gì?", "nen-tang-so-la-gi", "nền tảng gồm gì", "nen-tang-so-la-gi")] // it names the subject itself
    [InlineData("bdhvs la gi", "bdhvs-la-gi", "học vụ là gì", "bdhvs-la-gi")]
    public async Task A_word_of_the_subjects_name_typed_in_a_word_of_its_own_or_naming_the_subject_keeps_its_weight(string first, string item, string followUp, string expected) =>
        await Answered(first, item)
            .Send(followUp).AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", expected), (t.Intent, t.ContentId)))
            .StartTestAsync();

    [Theory]
    [InlineData("Nhận cuộc gọi, tin nhắn lừa đảo thì báo ở đâu?", "bao-cao-lua-dao-156")]
    [InlineData("Lời mời đầu tư lãi cao trên mạng có tin được không?", "dau-tu-lai-cao")]
    public async Task An_item_that_never_says_a_word_of_the_subjects_name_is_not_raised_by_leaving_that_word_out(string first, string item) =>
        // "tin" of "tin giả là gì" is among the words the last question gives its subject; the police-impersonation and
        // deepfake items say no "tin" at all, are no answer to it, and must not be raised by leaving it out.
        await Answered(first, item)
            .Send("tin giả là gì").AssertReply(_ => { })
            .AssertTrace(t => Assert.DoesNotContain(t.ContentId, new string?[] { "lua-dao-gia-cong-an", "deepfake-goi-video" }))
            .StartTestAsync();

    [Theory]
    [InlineData("Bình dân học vụ số hướng tới những ai?", "bdhvs-doi-tuong")]
    [InlineData("bdhvs day nhung ky nang gi", "bdhvs-noi-dung")]
    public async Task Asking_how_a_word_of_the_subjects_name_keeps_its_weight(string first, string item) =>
        // Only a message asking what is read so: "học thế nào" is not asked of who launched the movement.
        await Answered(first, item)
            .Send("học thế nào").AssertReply(_ => { })
            .AssertTrace(t => Assert.NotEqual("bdhvs-ai-phat-dong", t.ContentId))
            .StartTestAsync();

    [Fact]
    public async Task Asking_where_after_who_the_movement_is_for_gets_where_to_learn_it() =>
        await Answered("Bình dân học vụ số hướng tới những ai?", "bdhvs-doi-tuong")
            .Send("học ở đâu").AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", "bdhvs-hoc-o-dau"), (t.Intent, t.ContentId)))
            .StartTestAsync();

    [Fact]
    public async Task Still_valid_after_a_document_is_asked_of_that_document_not_a_new_subject() =>
        // "còn hiệu lực?" is "is it still in force", not "what about hiệu lực".
        await new TestFlow(ShippedContent.Root())
            .Send("nq 09 tra vinh").AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal("tra-vinh-nq09", t.ContentId))
            .Send("còn hiệu lực?").AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", "tra-vinh-nq09"), (t.Intent, t.ContentId)))
            .StartTestAsync();

    [Theory]
    [InlineData("quên mật khẩu vneid thì làm thế nào", "mà đổi số điện thoại rồi thì sao")]
    [InlineData("quen mk vneid thi lam sao", "ma doi sdt roi thi sao")]
    [InlineData("quen mat khau vneid", "nhung e doi so dien thoai roi")]
    public async Task A_complication_the_last_answer_speaks_to_gets_that_answer_again(string first, string complication) =>
        await new TestFlow(ShippedContent.Root())
            .Send(first).AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal("vneid-quen-mat-khau", t.ContentId))
            .Send(complication).AssertReply(reply => Assert.Contains("đổi số điện thoại", reply.Text))
            .AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", "vneid-quen-mat-khau", "vneid-quen-mat-khau"), (t.Intent, t.ContentId, t.FollowUpOf)))
            .StartTestAsync();

    [Theory]
    [InlineData("Thái Bình phát thanh về chuyển đổi số thế nào", "thai-binh-phat-thanh", "đài huyện thì mấy lần")]
    [InlineData("báo cáo lừa đảo ở đâu", "bao-cao-lua-dao-156", "nhắn tin theo cú pháp nào")]
    public Task A_short_follow_up_whose_best_candidate_is_the_last_answer_gets_it_again_not_a_choice(string first, string item, string followUp) =>
        AnsweredThen(first, item, followUp, item);

    // Offered only because the message names a year the item is not about: not its answer again.
    [Theory]
    [InlineData("Trà Vinh đặt mục tiêu chuyển đổi số đến 2025 là gì", "tra-vinh-muc-tieu-2025", "thế năm 2024 Trà Vinh xếp hạng DTI thứ mấy")]
    [InlineData("Trà Vinh đặt mục tiêu chuyển đổi số đến 2025 là gì", "tra-vinh-muc-tieu-2025", "nam 2023 tra vinh dung thu may ve dti")]
    public async Task A_short_follow_up_naming_a_year_its_best_candidate_is_not_about_does_not_get_it_again(string first, string item, string followUp) =>
        await Answered(first, item)
            .Send(followUp).AssertReply(_ => { })
            .AssertTrace(t => Assert.Null(t.ContentId))
            .StartTestAsync();

    [Theory]
    [InlineData("tài khoản định danh mức 2 đăng ký ở đâu", "vneid-dang-ky-muc-2", "cần mang theo giấy tờ gì")] // the card to bring
    [InlineData("dang ky dinh danh muc 2 o dau", "vneid-dang-ky-muc-2", "can mang theo giay to j")]
    [InlineData("đặt lịch khám bệnh online", "dat-lich-kham", "làm từng bước ntn")] // its numbered steps
    [InlineData("bi goi dien lua dao thi bao o dau", "bao-cao-lua-dao-156", "goi co ton tien ko")] // "gọi miễn phí"
    [InlineData("Tin nhắn giả mạo ngân hàng nhận biết thế nào?", "tin-nhan-gia-mao-ngan-hang", "gọi số nào để hỏi lại")] // "gọi tổng đài chính thức"
    [InlineData("đăng ký khai tử trực tuyến được không", "khai-tu-lien-thong", "làm trên mạng được không hay phải ra xã")]
    [InlineData("đổi bằng lái xe online", "giay-phep-lai-xe-truc-tuyen", "làm qua mạng dc k hay phải lên sở")]
    [InlineData("hưởng trợ cấp xã hội", "an-sinh-xa-hoi-truc-tuyen", "làm trên điện thoại được không")] // "trên Cổng Dịch vụ công"
    [InlineData("Đăng ký thường trú cho trẻ mới sinh trong bao lâu?", "thuong-tru-tre-moi-sinh", "làm ở đâu")] // "trên VNeID"
    [InlineData("Thái Bình có trang Zalo nào về chuyển đổi số không", "thai-binh-zalo", "ai cập nhật nội dung")] // the body it names
    [InlineData("Thái Bình tổ chức Ngày Chủ nhật số ở đâu", "thai-binh-ngay-chu-nhat-so", "ai thực hiện")] // not another Thái Bình item saying who
    [InlineData("làm khai sinh trên VNeID thế nào", "khai-sinh-cac-buoc", "vào app rồi thì bấm mục nào, các bước ra sao?")] // the app and its items name no subject
    public Task A_follow_up_asking_what_the_last_answer_already_says_gets_that_answer_again(string first, string item, string followUp) =>
        AnsweredThen(first, item, followUp, item);

    [Theory]
    [InlineData("bình dân học vụ số là gì", "bdhvs-la-gi", "học ở đâu", "bdhvs-hoc-o-dau")] // its follow-up asks it
    [InlineData("Căn cước điện tử dùng thay thẻ căn cước được không?", "dvc-can-cuoc-dien-tu", "đăng ký ở đâu", "vneid-dang-ky-muc-2")] // "trên VNeID" in passing is no place to go
    [InlineData("đổi giấy phép lái xe trực tuyến được không", "giay-phep-lai-xe-truc-tuyen", "nộp phí bằng cách nào", "dvc-nop-phi-truc-tuyen")] // how to pay: the one item asking it
    [InlineData("doi bang lai online dc ko", "giay-phep-lai-xe-truc-tuyen", "phi thi tra kieu j", "dvc-nop-phi-truc-tuyen")]
    [InlineData("Bến Tre đặt mục tiêu gì cho dịch vụ công trực tuyến", "ben-tre-dich-vu-cong-muc-do-4", "tại sao", "ben-tre-muc-dich")] // why: the one item of its letter asking it
    public async Task A_follow_up_asking_what_another_item_on_the_subject_asks_in_its_own_question_gets_that_item(string first, string item, string followUp, string expected) =>
        await Answered(first, item)
            .Send(followUp).AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", expected), (t.Intent, t.ContentId)))
            .StartTestAsync();

    [Theory]
    [InlineData("Không biết dùng điện thoại thông minh thì học ở đâu?", "dien-thoai-thong-minh-hoc-o-dau", "có ai chỉ tận nơi không", "dien-thoai-thong-minh-hoc-o-dau")]
    [InlineData("cong ty nho cua minh lam cds thi dc ho tro j", "doanh-nghiep-ho-tro-cds", "muon biet chuong trinh cu the thi lien he o dau", "doanh-nghiep-ho-tro-cds")]
    [InlineData("Mua hàng trực tuyến an toàn thế nào?", "mua-hang-truc-tuyen-an-toan", "nhưng đặt cọc cho người bán trên facebook có sao không", "mua-hang-truc-tuyen-an-toan")]
    public Task A_message_nothing_answers_on_its_own_is_read_with_what_the_conversation_is_about(string first, string item, string then, string expected) =>
        AnsweredThen(first, item, then, expected);

    [Theory]
    [InlineData("lao cai co chuyen trang cds ko", "lao-cai-chuyen-trang", "sdt lien he la so may")] // a number no item gives
    [InlineData("khai sinh online cho con dc ko", "khai-sinh-truc-tuyen", "the dat ten con gi cho hop phong thuy nam nay")]
    public async Task A_question_of_another_matter_is_not_read_with_what_the_conversation_is_about(string first, string item, string then) =>
        await Answered(first, item)
            .Send(then).AssertReply(_ => { })
            .AssertTrace(t => Assert.NotEqual("faq", t.Intent))
            .StartTestAsync();

    [Theory]
    [InlineData("mất điện thoại thì làm sao")] // the subject and nothing the item says besides it
    [InlineData("có ai bán điện thoại cũ không")]
    public async Task A_message_naming_only_the_subject_besides_what_the_item_does_not_say_does_not_get_it(string then) =>
        await Answered("Không biết dùng điện thoại thông minh thì học ở đâu?", "dien-thoai-thong-minh-hoc-o-dau")
            .Send(then).AssertReply(_ => { })
            .AssertTrace(t => Assert.NotEqual("dien-thoai-thong-minh-hoc-o-dau", t.ContentId))
            .StartTestAsync();

    [Theory]
    [InlineData("Đăng ký tài khoản định danh điện tử mức 2 ở đâu?", "vneid-dang-ky-muc-2", "có mất phí không")] // it says nothing of a fee
    [InlineData("hoc binh dan hoc vu so o dau", "bdhvs-hoc-o-dau", "hoc co mat phi ko")]
    [InlineData("e muon hoc binh dan hoc vu so", "bdhvs-hoc-o-dau", "hoc nhung gi v")] // what, not where
    [InlineData("bình dân học vụ số học ở đâu", "bdhvs-hoc-o-dau", "học những cái gì")]
    public async Task A_follow_up_asking_what_the_last_answer_does_not_say_does_not_get_it_again(string first, string item, string followUp) =>
        await Answered(first, item)
            .Send(followUp).AssertReply(_ => { })
            .AssertTrace(t => Assert.NotEqual(item, t.ContentId))
            .StartTestAsync();

    [Theory]
    [InlineData("khai sinh online", "khai-sinh-truc-tuyen", "nhưng em chưa có tài khoản vneid mức 2 thì sao", "vneid-muc-1-muc-2")]
    [InlineData("VNeID là gì", "vneid-la-gi", "mà dịch vụ công là gì", "dvc-la-gi")]
    public async Task A_message_opening_with_but_that_the_last_answer_barely_touches_or_asking_of_its_own_is_read_on_its_own(
        string first, string firstItem, string second, string expected) =>
        await Answered(first, firstItem)
            .Send(second).AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", expected), (t.Intent, t.ContentId)))
            .StartTestAsync();

    [Theory]
    [InlineData("VNeID là gì", "vneid-la-gi", "mất bao lâu")]
    [InlineData("vneid la gi", "vneid-la-gi", "mat bao lau")]
    [InlineData("mã OTP là gì", "otp-la-gi", "mất bao lâu")]
    public async Task A_follow_up_naming_nothing_is_not_answered_with_an_item_about_another_subject(string first, string firstItem, string followUp)
    {
        // Only the birth registration says "mất bao lâu": it is offered, not answered as the time VNeID takes.
        await Answered(first, firstItem)
            .Send(followUp).AssertReply(reply => Assert.Contains(reply.QuickReplies, q => q.Payload == "FAQ:khai-sinh-thoi-han"))
            .AssertTrace(t => Assert.Equal(("faq_suggest", null), (t.Intent, t.ContentId)))
            .StartTestAsync();
    }

    [Fact]
    public async Task After_a_safety_answer_a_follow_up_is_read_against_the_item_the_message_was_about() =>
        await new TestFlow(ShippedContent.Root())
            .Send("nguoi xung cong an doi otp").AssertReply(_ => { })
            .AssertTrace(t => Assert.Equal(("urgent", null), (t.Intent, t.ContentId)))
            .Send("phai lam sao").AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("lua-dao-gia-cong-an", "lua-dao-gia-cong-an"), (t.ContentId, t.FollowUpOf)))
            .StartTestAsync();

    [Theory]
    [InlineData("nq 09 tra vinh", "tra-vinh-nq09", "nghị định 13 có hiệu lực khi nào")]
    [InlineData("nghị quyết 57 ban hành ngày nào", "nq57-ngay-ban-hanh", "căn cước có hiệu lực bao lâu")]
    public async Task Asking_when_another_document_was_issued_does_not_get_the_last_document_again(string first, string firstItem, string second) =>
        await Answered(first, firstItem)
            .Send(second).AssertReply(_ => { })
            .AssertTrace(t => Assert.NotEqual(firstItem, t.ContentId))
            .StartTestAsync();

    [Fact]
    public async Task Another_place_that_has_no_answer_to_the_same_question_gets_none_of_its_other_items()
    {
        // Thái Bình has no operations centre on file: its plan is not the answer to "và Thái Bình?".
        await new TestFlow(ShippedContent.Root())
            .Send("lao cai co trung tam dieu hanh thong minh ko").AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal("lao-cai-ioc", t.ContentId))
            .Send("thai binh thi sao").AssertReply(_ => { })
            .AssertTrace(t => Assert.Equal((null, null), (t.ContentId, t.FollowUpOf)))
            .StartTestAsync();
    }

    [Fact]
    public async Task Another_place_is_asked_the_citizens_own_question_and_offered_the_items_that_fit_it_when_none_answers_it()
    {
        // Bến Tre's one letter answered "what documents"; Trà Vinh has several, none of them "its documents": a choice among
        // them, and then Lào Cai is asked the citizen's question again, not a Lào Cai version of the letter.
        await new TestFlow(ShippedContent.Root())
            .Send("Bến Tre có văn bản gì về cds").AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal("ben-tre-cv1850", t.ContentId))
            .Send("thế còn Trà Vinh?").AssertReply(reply => Assert.Contains(reply.QuickReplies, q => q.Payload == "FAQ:tra-vinh-nq09"))
            .AssertTrace(t => Assert.Equal(("faq_clarify", null), (t.Intent, t.ContentId)))
            .Send("còn lào cai thì sao").AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal("lao-cai-van-ban-cds", t.ContentId))
            .StartTestAsync();
    }

    [Fact]
    public async Task Another_place_is_not_asked_the_number_of_the_last_places_document() =>
        await new TestFlow(ShippedContent.Root())
            .Send("nghị quyết 02 của thái bình về gì").AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal("thai-binh-nq02", t.ContentId))
            .Send("con tra vinh thi sao").AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", "tra-vinh-nq09"), (t.Intent, t.ContentId)))
            .StartTestAsync();

    [Fact]
    public async Task The_follow_up_is_read_against_the_last_answer_which_the_trace_names()
    {
        await new TestFlow(ShippedContent.Root())
            .Send("VNeID là gì").AssertReply(_ => { }).AssertFeedbackPrompt()
            .Send("tải ở đâu").AssertReplyContains("VNeID").AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("vneid-cai-dat", "vneid-la-gi"), (t.ContentId, t.FollowUpOf)))
            .StartTestAsync();
    }

    [Fact]
    public async Task After_a_clarifying_question_a_follow_up_is_read_against_the_items_offered()
    {
        await new TestFlow(ShippedContent.Root())
            .Send("vneid muc 2 la gi").AssertReply(reply => Assert.Contains(reply.QuickReplies, q => q.Payload == "FAQ:vneid-dang-ky-muc-2"))
            .AssertTrace(t => Assert.Equal("faq_clarify", t.Intent))
            .Send("lam o dau").AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal("vneid-dang-ky-muc-2", t.ContentId))
            .StartTestAsync();
    }

    [Fact]
    public async Task After_a_side_question_the_conversation_goes_back_to_what_it_was_about() =>
        // "cần tài khoản mức mấy" asks about what the birth registration answer mentions ("tài khoản mức 2"); "mất bao lâu
        // thì có kq" is then about the registration again.
        await new TestFlow(ShippedContent.Root())
            .Send("cách làm giấy khai sinh online cho con").AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal("khai-sinh-truc-tuyen", t.ContentId))
            .Send("cần tài khoản mức mấy").AssertReply(_ => { })
            .AssertTrace(t => Assert.Equal("faq_clarify", t.Intent))
            .Send("mất bao lâu thì có kq").AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("khai-sinh-thoi-han", "khai-sinh-truc-tuyen"), (t.ContentId, t.FollowUpOf)))
            .StartTestAsync();

    [Fact]
    public async Task After_a_new_subject_the_conversation_does_not_go_back_to_the_one_before() =>
        await new TestFlow(ShippedContent.Root())
            .Send("cách làm giấy khai sinh online cho con").AssertReply(_ => { }).AssertFeedbackPrompt()
            .Send("wifi quán cà phê có an toàn ko").AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal("wifi-cong-cong", t.ContentId))
            .Send("mất bao lâu").AssertReply(_ => { })
            .AssertTrace(t => Assert.NotEqual("khai-sinh-thoi-han", t.ContentId))
            .StartTestAsync();

    [Fact]
    public async Task Menu_clears_the_earlier_context_too() =>
        // After "menu" the side question is asked afresh: the registration before it is no longer gone back to.
        await new TestFlow(ShippedContent.Root())
            .Send("cách làm giấy khai sinh online cho con").AssertReply(_ => { }).AssertFeedbackPrompt()
            .Send("menu").AssertReply(_ => { })
            .Send("cần tài khoản mức mấy").AssertReply(_ => { })
            .Send("mất bao lâu thì có kq").AssertReply(_ => { })
            .AssertTrace(t => Assert.NotEqual("khai-sinh-truc-tuyen", t.FollowUpOf))
            .StartTestAsync();

    [Fact]
    public async Task Without_a_last_answer_the_same_words_are_not_answered_from_context()
    {
        await new TestFlow(ShippedContent.Root())
            .Send("lam o dau").AssertReply(_ => { })
            .AssertTrace(t =>
            {
                Assert.Null(t.FollowUpOf);
                Assert.NotEqual("vneid-dang-ky-muc-2", t.ContentId);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Context_lapses_after_a_quiet_period()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero));
        var root = ShippedContent.Root(time);
        var before = new TestFlow(root);
        await before
            .Send("vneid muc 1 muc 2 khac nhau the nao").AssertReply(_ => { }).AssertFeedbackPrompt()
            .StartTestAsync();

        time.Advance(TimeSpan.FromMinutes(11));
        await new TestFlow(root, before.Store)
            .Send("lam o dau").AssertReply(_ => { })
            .AssertTrace(t =>
            {
                Assert.Null(t.FollowUpOf);
                Assert.NotEqual("vneid-dang-ky-muc-2", t.ContentId);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Menu_clears_the_context()
    {
        await new TestFlow(ShippedContent.Root())
            .Send("vneid muc 1 muc 2 khac nhau the nao").AssertReply(_ => { }).AssertFeedbackPrompt()
            .Send("menu").AssertReply(_ => { })
            .Send("lam o dau").AssertReply(_ => { })
            .AssertTrace(t => Assert.Null(t.FollowUpOf))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_pressed_suggestion_gives_context_too()
    {
        await new TestFlow(ShippedContent.Root())
            .SendPayload("FAQ:khai-sinh-truc-tuyen").AssertReply(_ => { }).AssertFeedbackPrompt()
            .Send("mat bao lau").AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal("khai-sinh-thoi-han", t.ContentId))
            .StartTestAsync();
    }

    [Fact]
    public async Task Who_signed_after_an_answer_citing_a_plan_on_file_adds_the_plans_signature() =>
        await new TestFlow(ShippedContent.Root())
            .Send("ke hoach 96 thai binh la gi").AssertReply(_ => { }).AssertReply(_ => { })
            .AssertTrace(t => Assert.Equal("thai-binh-kh96", t.ContentId))
            .Send("ai ky vay").AssertReply(_ => { })
            .AssertReply(signature => Assert.Contains("Trần Thị Bích Hằng", signature.Text, StringComparison.Ordinal))
            .AssertReply(_ => { })
            .AssertTrace(t => Assert.Equal(("thai-binh-kh96", "thai-binh-kh96"), (t.ContentId, t.FollowUpOf)))
            .StartTestAsync();

    [Fact]
    public async Task After_an_excerpt_of_a_plan_who_signed_is_read_against_that_plan() =>
        await new TestFlow(ShippedContent.Root())
            .Send("kinh phi thuc hien ke hoach 96 thai binh").AssertReply(_ => { })
            .AssertTrace(t => Assert.Equal(("document", null), (t.Intent, t.ContentId)))
            .Send("ai ky").AssertReply(_ => { })
            .AssertReply(signature => Assert.Contains("Trần Thị Bích Hằng", signature.Text, StringComparison.Ordinal))
            .AssertReply(_ => { })
            .AssertTrace(t => Assert.Equal(("thai-binh-kh96", "thai-binh-kh96"), (t.ContentId, t.FollowUpOf)))
            .StartTestAsync();

    [Theory]
    [InlineData("doanh nghiep vien thong tham gia tuyen truyen cds the nao", "ke hoach do cua tinh nao", "lao-cai-kh44")]
    [InlineData("tuyên truyền nq 09 trên những phương tiện nào", "ban hành ngày nào", "tra-vinh-ke-hoach-tuyen-truyen")]
    public async Task After_an_excerpt_a_question_about_its_document_is_answered_by_the_item_about_that_document(string first, string followUp, string expected) =>
        await new TestFlow(ShippedContent.Root())
            .Send(first).AssertReply(_ => { })
            .AssertTrace(t => Assert.Equal("document", t.Intent))
            .Send(followUp).AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal((expected, expected), (t.ContentId, t.FollowUpOf)))
            .StartTestAsync();

    [Theory]
    [InlineData("ke hoach 96 thai binh", "thai-binh-kh96", "kinh phi lay tu dau", "96/KH-UBND", "Kinh phí thực hiện Kế hoạch này")]
    [InlineData("kế hoạch 96 thái bình", "thai-binh-kh96", "em thấy kinh phí lấy từ ngân sách", "96/KH-UBND", "Kinh phí thực hiện Kế hoạch này")] // told, not asked
    [InlineData("công văn 1850 bến tre", "ben-tre-cv1850", "gửi cho những ai", "1850-CV/TĐTN-TCKT", "Kính gửi")]
    [InlineData("kế hoạch 63 trà vinh là gì", "tra-vinh-ke-hoach-tuyen-truyen", "mặt trận tổ quốc làm gì", "63-KH/BTGTU", "Mặt trận Tổ quốc")]
    public async Task A_detail_no_item_answers_after_an_answer_citing_a_plan_on_file_is_quoted_from_that_plan(string first, string firstItem, string followUp, string document, string detail) =>
        await Answered(first, firstItem)
            .Send(followUp).AssertReply(excerpt =>
            {
                Assert.StartsWith("Theo " + ShippedContent.Set.FindDocument(document)!.Citation, excerpt.Text, StringComparison.Ordinal);
                Assert.Contains(detail, excerpt.Text, StringComparison.Ordinal);
            })
            .AssertTrace(t =>
            {
                Assert.Equal(("document", firstItem), (t.Intent, t.FollowUpOf));
                Assert.Equal(document, ShippedContent.Catalog().Passages.Find(t.PassageId!)!.DocumentNumber);
            })
            .StartTestAsync();

    [Theory]
    [InlineData("thời tiết hôm nay thế nào")]
    [InlineData("giá lúa hôm nay bao nhiêu")]
    public async Task A_question_the_plan_just_answered_does_not_speak_of_gets_no_excerpt_of_it(string second) =>
        await new TestFlow(ShippedContent.Root())
            .Send("ke hoach 96 thai binh").AssertReply(_ => { }).AssertFeedbackPrompt()
            .Send(second).AssertReply(_ => { })
            .AssertTrace(t =>
            {
                Assert.NotEqual("document", t.Intent);
                Assert.Null(t.PassageId);
            })
            .StartTestAsync();

    [Theory]
    [InlineData("ke hoach 44 lao cai", "lao-cai-kh44")]
    [InlineData("nghi quyet 09 tra vinh", "tra-vinh-ke-hoach-tuyen-truyen")]
    public async Task A_question_naming_no_province_in_a_conversation_about_one_is_about_that_province(string first, string expected) =>
        await new TestFlow(ShippedContent.Root())
            .Send(first).AssertReply(_ => { }).AssertFeedbackPrompt()
            .Send("kế hoạch tuyên truyền về chuyển đổi số của tỉnh là gì").AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", expected), (t.Intent, t.ContentId)))
            .StartTestAsync();

    [Fact]
    public async Task A_national_question_in_a_conversation_about_a_province_still_gets_the_national_answer() =>
        await new TestFlow(ShippedContent.Root())
            .Send("ke hoach 44 lao cai").AssertReply(_ => { }).AssertFeedbackPrompt()
            .Send("vneid la gi").AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal("vneid-la-gi", t.ContentId))
            .StartTestAsync();

    [Theory]
    [InlineData("hỏi về vneid", "nó là gì vậy", "vneid-la-gi")]
    [InlineData("vneid", "no la gi", "vneid-la-gi")]
    [InlineData("binh dan hoc vu so", "no la gi vay", "bdhvs-la-gi")] // a name of several words all the choices say
    [InlineData("dao nay loa phuong noi hoai ve binh dan hoc vu so", "nó là gì vậy", "bdhvs-la-gi")] // "Học Bình dân học vụ số ở đâu" offered first
    public Task A_pronoun_asking_only_what_it_is_after_a_choice_asks_it_of_what_was_offered(string first, string then, string item) =>
        new TestFlow(ShippedContent.Root())
            .Send(first)
            .AssertReply(_ => { })
            .AssertTrace(t => Assert.Equal("faq_clarify", t.Intent))
            .Send(then)
            .AssertReply(_ => { })
            .AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", item), (t.Intent, t.ContentId)))
            .StartTestAsync();

    [Theory]
    [InlineData("Có chỗ nào dạy cho bà không?")] // where: only one of the choices asks it
    [InlineData("co cho nao day ko")]
    public Task A_short_message_asking_what_one_of_the_choices_asks_picks_it(string then) =>
        OfferedSmartphoneItems()
            .Send(then)
            .AssertReply(_ => { })
            .AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", "dien-thoai-thong-minh-hoc-o-dau"), (t.Intent, t.ContentId)))
            .StartTestAsync();

    [Theory]
    [InlineData("vay vốn ngân hàng thế nào", "ở đâu")] // suggestions are no context: nothing here answers either
    [InlineData("xây nhà mất bao lâu", "mất phí không")]
    public Task A_follow_up_after_suggestions_is_not_answered_with_an_item_of_another_matter(string first, string then) =>
        new TestFlow(ShippedContent.Root())
            .Send(first)
            .AssertReply(_ => { })
            .AssertTrace(t => Assert.NotEqual("faq", t.Intent))
            .Send(then)
            .AssertReply(_ => { })
            .AssertTrace(t => Assert.NotEqual("faq", t.Intent))
            .StartTestAsync();

    [Fact]
    public Task A_question_of_its_own_asking_what_a_choice_asks_does_not_pick_it() =>
        OfferedSmartphoneItems()
            .Send("đăng ký vneid ở đâu") // where, as one choice asks, but of VNeID
            .AssertReply(_ => { })
            .AssertTrace(t => Assert.NotEqual("dien-thoai-thong-minh-hoc-o-dau", t.ContentId))
            .StartTestAsync();

    [Fact]
    public Task A_question_of_its_own_after_choices_is_answered_on_its_own() =>
        OfferedSmartphoneItems()
            .Send("tải vneid ở đâu")
            .AssertReply(_ => { })
            .AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", "vneid-cai-dat"), (t.Intent, t.ContentId)))
            .StartTestAsync();

    /// <summary>A story about a new smartphone, asked of nothing, that gets the items on smartphones as choices.</summary>
    private static TestFlow OfferedSmartphoneItems() =>
        new TestFlow(ShippedContent.Root())
            .Send("Mẹ tôi mới được con gái mua cho cái điện thoại thông minh mà chưa biết dùng gì cả.")
            .AssertReply(_ => { })
            .AssertTrace(t => Assert.Equal("faq_clarify", t.Intent));

    [Theory]
    [InlineData("ke hoach tuyen truyen cds cua tinh minh la cai nao vay", "e o lao cai", "lao-cai-kh44")]
    [InlineData("ke hoach tuyen truyen cds cua tinh minh la cai nao", "minh o tinh tra vinh a", "tra-vinh-ke-hoach-tuyen-truyen")]
    public async Task A_place_given_after_a_question_naming_none_asks_that_question_of_it(string first, string place, string expected) =>
        await new TestFlow(ShippedContent.Root())
            .Send(first).AssertReply(_ => { })
            .AssertTrace(t => Assert.Equal("faq_clarify", t.Intent))
            .Send(place).AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", expected), (t.Intent, t.ContentId)))
            .StartTestAsync();

    [Fact]
    public async Task The_place_of_the_last_answer_given_again_gets_that_answer_again() =>
        await new TestFlow(ShippedContent.Root())
            .Send("kế hoạch truyền thông chuyển đổi số của tỉnh là gì").AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal("thai-binh-kh96", t.ContentId))
            .Send("tôi ở Thái Bình").AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", "thai-binh-kh96"), (t.Intent, t.ContentId)))
            .StartTestAsync();

    [Theory]
    [InlineData("lam sao giu an toan cho tre em khi dung mang", "tre-em-an-toan-mang", "con trai em 8 tuoi")]
    [InlineData("đăng ký định danh mức 2 ở đâu", "vneid-dang-ky-muc-2", "nhưng em ở xa, không về quê được")]
    [InlineData("khai sinh online mất bao lâu", "khai-sinh-thoi-han", "con e sinh tháng trước")]
    [InlineData("lam sao giu an toan cho tre em khi dung mang", "tre-em-an-toan-mang", "dạ con trai em 8 tuổi")] // "dạ" opens politely
    [InlineData("Người cao tuổi có dùng được VNeID không", "nguoi-cao-tuoi-vneid", "mẹ em không biết chữ")] // "chữ" is no "chứ"
    [InlineData("quên mật khẩu vneid", "vneid-quen-mat-khau", "em đổi số điện thoại rồi")] // before the items linked to it
    [InlineData("thanh toán bằng mã qr thế nào", "quet-ma-qr", "nhưng em chưa có tài khoản ngân hàng")] // no item asks how to get one
    [InlineData("nộp phí dịch vụ công thế nào", "dvc-nop-phi-truc-tuyen", "nhưng em chưa có ví điện tử")]
    [InlineData("Đặt lịch khám bệnh trực tuyến thế nào?", "dat-lich-kham", "nhưng em chưa có zalo")] // not a Zalo account taken over
    public Task A_short_message_telling_of_the_citizens_case_gets_the_last_answer_again(string first, string item, string told) =>
        AnsweredThen(first, item, told, item);

    [Theory]
    [InlineData("thanh toán không dùng tiền mặt là gì", "thanh-toan-khong-tien-mat", "là sao, nói dễ hiểu giùm cô")]
    [InlineData("chuyen doi so la gi", "chuyen-doi-so-la-gi", "noi de hieu hon dc ko")]
    [InlineData("VNeID là gì", "vneid-la-gi", "em chưa hiểu")]
    [InlineData("khai sinh online", "khai-sinh-truc-tuyen", "giải thích lại giúp bác với")]
    public Task A_request_to_explain_gets_the_last_answer_again(string first, string item, string asked) =>
        AnsweredThen(first, item, asked, item);

    [Theory]
    [InlineData("lam sao tao mat khau an toan", "mat-khau-manh", "bn ky tu la du")] // "ít nhất 12 ký tự"
    [InlineData("cách đặt mật khẩu mạnh", "mat-khau-manh", "cần mấy ký tự")]
    public Task How_many_of_something_the_last_answer_counts_gets_it_again(string first, string item, string asked) =>
        AnsweredThen(first, item, asked, item);

    [Theory]
    [InlineData("dat lich kham benh online the nao", "dat-lich-kham", "the bhyt tren vneid co dung dc ko")] // "Thẻ BHYT đã tích hợp trên VNeID … có thể dùng khi đi khám"
    [InlineData("Đặt lịch khám bệnh trực tuyến thế nào?", "dat-lich-kham", "thẻ bhyt trên vneid dùng được k")]
    [InlineData("Kinh tế số là gì?", "kinh-te-so-la-gi", "nó đặt mục tiêu gì tới 2030")] // "Nghị quyết 57-NQ/TW đặt mục tiêu kinh tế số …"
    public Task A_short_message_one_sentence_of_the_last_answer_says_all_of_gets_it_again_though_another_item_names_some(string first, string item, string asked) =>
        AnsweredThen(first, item, asked, item);

    [Theory]
    [InlineData("Làm giấy khai sinh trực tuyến cho con thế nào?", "khai-sinh-truc-tuyen", "Chỉ giúp tôi từng bước với", "khai-sinh-cac-buoc")]
    [InlineData("dang ky khai sinh online the nao", "khai-sinh-truc-tuyen", "chi giup toi tung buoc voi", "khai-sinh-cac-buoc")]
    public Task A_message_whose_best_candidate_is_a_follow_up_of_the_last_answer_gets_it(string first, string item, string asked, string followUp) =>
        AnsweredThen(first, item, asked, followUp);

    [Fact]
    public async Task A_figure_no_follow_up_of_the_last_answer_states_is_not_answered_by_one() =>
        await Answered("Làm giấy khai sinh online thế nào?", "khai-sinh-truc-tuyen")
            .Send("lỡ để quá hạn mới dìa xã khai sinh thì bị phạt bao nhiêu").AssertReply(_ => { })
            .AssertTrace(t => Assert.Null(t.ContentId))
            .StartTestAsync();

    [Theory]
    [InlineData("Người quen gọi video vay tiền gấp có thể là giả mạo không?", "deepfake-goi-video", "lam sao biet that hay gia")]
    [InlineData("Tuyển cộng tác viên làm nhiệm vụ online, việc nhẹ lương cao có đáng tin không?", "viec-nhe-luong-cao", "sao biet la lua hay that")]
    [InlineData("Tin nhắn giả mạo ngân hàng nhận biết thế nào?", "tin-nhan-gia-mao-ngan-hang", "thật hay giả vậy")]
    [InlineData("Người quen gọi video vay tiền gấp có thể là giả mạo không?", "deepfake-goi-video", "thế có phải nó thật không")] // "thật" alone, asked yes or no
    public Task Whether_it_is_genuine_after_a_warning_gets_the_warning_again_not_fake_news(string first, string item, string asked) =>
        AnsweredThen(first, item, asked, item);

    [Theory]
    [InlineData("Kinh tế số là gì?", "kinh-te-so-la-gi")] // warns of nothing
    [InlineData("Dùng mạng xã hội thế nào cho văn minh, an toàn?", "mang-xa-hoi-van-minh")] // warns of fake news ("tin giả")
    [InlineData("Bình dân học vụ số dạy những kỹ năng gì?", "bdhvs-noi-dung")] // "nhận biết tin giả, lừa đảo trực tuyến": a course's topic
    public async Task Whether_it_is_genuine_after_no_warning_but_fake_news_gets_the_fake_news_item(string first, string item) =>
        await Answered(first, item)
            .Send("that hay gia v").AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", "tin-gia-nhan-biet"), (t.Intent, t.ContentId)))
            .StartTestAsync();

    [Theory]
    [InlineData("Kế hoạch 44 của Lào Cai là gì", "lao-cai-kh44", "cai chinh quyen so do la sao", "chinh-quyen-so-la-gi")] // what it is
    [InlineData("Kinh tế số là gì?", "kinh-te-so-la-gi", "còn nền tảng số thì sao", "nen-tang-so-la-gi")] // another subject
    [InlineData("Tài khoản Zalo, Facebook bị chiếm thì làm gì?", "tai-khoan-mxh-bi-chiem", "bật xác thực hai lớp thế nào", "xac-thuc-hai-lop")] // its question names them all
    public async Task A_short_message_another_item_asks_in_its_own_question_gets_that_item(string first, string item, string asked, string other) =>
        await Answered(first, item)
            .Send(asked).AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", other), (t.Intent, t.ContentId)))
            .StartTestAsync();

    [Theory]
    [InlineData("đặt lịch khám bệnh online thế nào", "dat-lich-kham", "nhung e ko co the bhyt")] // not the papers VNeID holds
    [InlineData("đặt lịch khám online", "dat-lich-kham", "mà em ko có thẻ bảo hiểm y tế")]
    public Task Not_having_something_the_last_answer_speaks_of_gets_it_again_though_another_item_names_it_more(string first, string item, string told) =>
        AnsweredThen(first, item, told, item);

    [Theory]
    [InlineData("ngày chuyển đổi số là ngày nào", "ngay-cds-10-10", "hôm đó công chức có được nghỉ làm ko ad")] // "không" before a particle
    [InlineData("bdhvs hoc o dau", "bdhvs-hoc-o-dau", "hoc xong co dc cap chung chi ko ad")]
    [InlineData("Gọi video cho người thân ở xa thế nào?", "ket-noi-gia-dinh", "có phải cài zalo trước, e thấy người ta nói vậy")] // "có phải" asks
    [InlineData("khai sinh online", "khai-sinh-truc-tuyen", "con em 8 tuổi làm được à")] // "à" asks
    [InlineData("khai sinh online", "khai-sinh-truc-tuyen", "con em 8 tuổi có làm được chứ")]
    [InlineData("chuyen doi so la gi", "chuyen-doi-so-la-gi", "mình muốn biết về bình dân học vụ số")] // a request of its own
    [InlineData("ngay cds la ngay nao", "ngay-cds-10-10", "em là đoàn viên thanh niên")] // who the citizen is: a subject of its own
    [InlineData("VNeID là gì", "vneid-la-gi", "em hiểu rồi")] // an acknowledgement
    [InlineData("VNeID là gì", "vneid-la-gi", "chứng minh nhân dân hết hạn")] // "chứng minh" is no "mình"
    [InlineData("kế hoạch 44 lào cai", "lao-cai-kh44", "tôi ở Hà Nội")] // a place: said to have no content
    public async Task A_short_question_request_or_acknowledgement_is_not_taken_for_the_citizen_telling_of_a_case(string first, string item, string asked) =>
        await Answered(first, item)
            .Send(asked).AssertReply(_ => { })
            .AssertTrace(t => Assert.NotEqual(item, t.ContentId))
            .StartTestAsync();

    [Theory]
    [InlineData("còn lào cai thì sao")]
    [InlineData("còn ở lào cai thì sao")]
    public async Task Another_place_asked_after_a_provinces_plan_gets_that_places_plan(string asked) =>
        await Answered("thái bình có kế hoạch truyền thông chuyển đổi số", "thai-binh-kh96")
            .Send(asked).AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", "lao-cai-kh44"), (t.Intent, t.ContentId)))
            .StartTestAsync();

    [Fact]
    public async Task Another_place_asked_after_a_national_answer_gets_an_item_of_that_place() =>
        await new TestFlow(ShippedContent.Root())
            .Send("nghị quyết 57 đặt mục tiêu gì đến năm 2030").AssertReply(_ => { }).AssertFeedbackPrompt()
            .Send("còn lào cai thì sao").AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.StartsWith("lao-cai-", t.ContentId))
            .StartTestAsync();

    [Fact]
    public async Task After_a_safety_answer_the_number_to_call_in_an_emergency_is_that_items_again() =>
        await new TestFlow(ShippedContent.Root())
            .Send("bị lừa chuyển tiền rồi phải làm gì").AssertReply(_ => { }).AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal("urgent", t.Intent))
            .Send("gọi số nào nếu khẩn cấp").AssertReply(reply => Assert.Contains("113", reply.Text)).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", "bi-lua-chuyen-tien"), (t.Intent, t.ContentId)))
            .StartTestAsync();

    /// <summary>A conversation whose <paramref name="first"/> question was answered with <paramref name="item"/>.</summary>
    // The warning said not to transfer money; once it was transferred, what to do now is another item's, though the words
    // are the warning's too.
    [Theory]
    [InlineData("em chuyển tiền rồi")]
    [InlineData("e da chuyen tien roi")]
    public async Task Money_sent_after_a_scam_warning_gets_what_to_do_now_not_the_warning_again(string told) =>
        await new TestFlow(ShippedContent.Root())
            .Send("có người gọi tự xưng công an bắt chuyển tiền").AssertReply(_ => { }).AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("urgent", "lua-dao-gia-cong-an"), (t.Intent, t.ContentId)))
            .Send(told).AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", "bi-lua-chuyen-tien"), (t.Intent, t.ContentId)))
            .StartTestAsync();

    // A national decision cited by many items gives none of them the reason for the others: why digital platforms exist is
    // not why the national day was set up.
    [Theory]
    [InlineData("nền tảng số là gì", "nen-tang-so-la-gi", "vì sao vậy")]
    [InlineData("chuyển đổi số có mấy trụ cột", "ba-tru-cot-cds", "vì sao")]
    [InlineData("ngày cds là ngày nào", "ngay-cds-10-10", "tại sao lại là 10/10")] // two items ask why: no one of them is the answer
    public async Task Why_after_an_item_citing_a_national_decision_is_not_the_national_days_purpose(string first, string item, string why) =>
        await Answered(first, item)
            .Send(why).AssertReplies(_ => { })
            .AssertTrace(t => Assert.NotEqual("ngay-cds-muc-dich", t.ContentId))
            .StartTestAsync();

    // What to do about it, or beware of, is what an answer of advice or steps says: that answer again.
    [Theory]
    [InlineData("mua đồ trên mạng sao cho an toàn", "mua-hang-truc-tuyen-an-toan", "cần chú ý những gì")]
    [InlineData("dùng wifi công cộng có sao không", "wifi-cong-cong", "giờ phải làm sao")]
    [InlineData("muốn bán hàng trên sàn thương mại điện tử", "ban-hang-san-tmdt", "bắt đầu từ đâu")]
    [InlineData("quen mat khau vneid", "vneid-quen-mat-khau", "vậy giờ phải làm sao")]
    public Task What_to_do_about_it_after_an_answer_of_advice_gets_that_answer_again(string first, string item, string asked) =>
        AnsweredThen(first, item, asked, item);

    // What to do about a subject of its own, how long something takes, or what to do after an answer that gives no advice
    // is not answered with the last answer again.
    [Theory]
    [InlineData("khám bệnh từ xa", "kham-benh-tu-xa", "muốn đặt lịch thì phải làm sao")]
    [InlineData("lam giay khai sinh online", "khai-sinh-truc-tuyen", "hồ sơ xử lý mất bao lâu")]
    [InlineData("tám lĩnh vực ưu tiên", "tam-linh-vuc-uu-tien", "nên làm gì")] // a plan's fields are no advice
    [InlineData("lợi ích cds cho người dân", "loi-ich-cds-nguoi-dan", "co nen lam theo ko")] // nor what it brings
    [InlineData("deepfake gọi video vay tiền", "deepfake-goi-video", "muốn báo thì phải làm sao")] // "báo" reports, asks nothing
    public async Task What_to_do_about_another_matter_or_after_no_advice_is_not_the_last_answer_again(string first, string item, string asked) =>
        await Answered(first, item)
            .Send(asked).AssertReplies(_ => { })
            .AssertTrace(t => Assert.NotEqual(item, t.ContentId))
            .StartTestAsync();

    // Where to press is how any procedure's steps are asked: offered the steps among choices, the steps.
    [Theory]
    [InlineData("từng bước bấm chọn thế nào")]
    [InlineData("bam vao tung buoc ra sao")]
    public async Task The_steps_asked_as_where_to_press_after_choices_led_by_the_steps_get_them(string asked) =>
        await new TestFlow(ShippedContent.Root())
            .Send("làm khai sinh cho cháu trên vneid").AssertReply(reply => Assert.Equal(Payloads.Faq("khai-sinh-cac-buoc"), reply.QuickReplies[0].Payload))
            .Send(asked).AssertReply(reply => Assert.Contains("1. Chọn", reply.Text, StringComparison.Ordinal)).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", "khai-sinh-cac-buoc"), (t.Intent, t.ContentId)))
            .StartTestAsync();

    // Whether something the last answer speaks of is needed is asked of that matter, though another item names it more.
    [Theory]
    [InlineData("đặt lịch khám online", "dat-lich-kham", "có cần thẻ bảo hiểm y tế không")] // not the papers VNeID holds
    [InlineData("đăng ký vneid mức 2 ở đâu", "vneid-dang-ky-muc-2", "có cần mang căn cước không")]
    [InlineData("làm giấy khai sinh online", "khai-sinh-truc-tuyen", "co can tai khoan muc 2 ko")]
    public Task Whether_what_the_last_answer_speaks_of_is_needed_gets_that_answer_again(string first, string item, string asked) =>
        AnsweredThen(first, item, asked, item);

    [Theory]
    [InlineData("cài vneid ở đâu", "vneid-cai-dat", "nhưng người già có dùng vneid được không")] // asks no need
    [InlineData("đặt lịch khám online", "dat-lich-kham", "có cần cài vneid không")] // the last answer does not speak of it
    [InlineData("xác thực 2 lớp là gì", "xac-thuc-hai-lop", "có cần email không")] // an item asks it in its own question
    [InlineData("mã otp là gì", "otp-la-gi", "có cần báo công an không")] // "báo" is no "bao": the police are named
    public async Task A_yes_no_question_asking_no_need_or_of_what_the_last_answer_does_not_say_is_read_on_its_own(string first, string item, string asked) =>
        await Answered(first, item)
            .Send(asked).AssertReplies(_ => { })
            .AssertTrace(t => Assert.NotEqual(item, t.ContentId))
            .StartTestAsync();

    // An item only offered among choices was not told: whether to do as asked is not answered with it.
    [Fact]
    public async Task What_to_do_after_choices_is_not_answered_with_the_first_choice() =>
        await new TestFlow(ShippedContent.Root())
            .Send("bat cai app de lam viec").AssertReply(reply => Assert.Equal(Payloads.Faq("ung-dung-la-quyen-truy-cap"), reply.QuickReplies[0].Payload))
            .AssertTrace(t => Assert.Equal("faq_clarify", t.Intent))
            .Send("co nen lam theo ko").AssertReplies(_ => { })
            .AssertTrace(t => Assert.NotEqual("ung-dung-la-quyen-truy-cap", t.ContentId))
            .StartTestAsync();

    /// <summary>After <paramref name="first"/> is answered with <paramref name="item"/>, <paramref name="then"/> is answered with <paramref name="answered"/> as its follow-up.</summary>
    private static Task AnsweredThen(string first, string item, string then, string answered) =>
        Answered(first, item)
            .Send(then).AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", answered, item), (t.Intent, t.ContentId, t.FollowUpOf)))
            .StartTestAsync();

    private static TestFlow Answered(string first, string item) =>
        new TestFlow(ShippedContent.Root())
            .Send(first).AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(item, t.ContentId));

    [Theory]
    [InlineData("dvc truc tuyen la gi", "dvc-la-gi", "tra cuu tien do the nao")] // "tra cứu tiến độ" pays nothing
    [InlineData("đặt lịch khám bệnh trực tuyến thế nào", "dat-lich-kham", "trả tiền khám bằng cách nào")] // not linked: no public-service fee
    public async Task Paying_a_public_service_fee_is_not_the_answer_to_what_asks_no_such_payment(string first, string item, string asked) =>
        await Answered(first, item)
            .Send(asked).AssertReply(_ => { })
            .AssertTrace(t => Assert.NotEqual("dvc-nop-phi-truc-tuyen", t.ContentId))
            .StartTestAsync();
}
