using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Flows;
using CdsBot.Dialogs.Flows.Urgent;

namespace CdsBot.Dialogs.Tests.Flows.Urgent;

public sealed class ScamAlarmTests
{
    [Theory]
    [InlineData("người xưng công an bảo tôi đọc mã OTP")]
    [InlineData("nguoi xung cong an bao toi doc ma otp")]
    [InlineData("gửi mã OTP cho tôi")]
    [InlineData("gui otp cho e")]
    [InlineData("ca bat ck tien ngay ko thi bat giam")]
    [InlineData("Nhân viên ngân hàng gọi điện yêu cầu cung cấp mật khẩu")]
    [InlineData("nv nh goi hoi mk")]
    [InlineData("nhân viên ngân hàng gọi đòi mật khẩu")]
    [InlineData("có số lạ nhắn tin bảo bấm vào link để nhận quà")]
    [InlineData("người tự xưng bên điện lực bảo chuyển khoản tiền điện không thì cắt điện")]
    [InlineData("cơ quan thuế gọi yêu cầu cài ứng dụng để hoàn thuế")]
    [InlineData("họ bắt tôi chuyển 5tr vào tài khoản an toàn")]
    [InlineData("toa an goi bao chuyen tien vao stk de xac minh")]
    [InlineData("mã OTP vừa gửi về máy, anh đọc cho em nhé")]
    [InlineData("người lạ bảo quét mã qr cho họ để nhận quà")] // "cho" is not a market ("chợ")
    [InlineData("ngoài chợ có người lạ bảo quét qr rồi đọc mã otp")]
    [InlineData("ngoài chợ có người bảo quét mã qr để nhận quà rồi trả tiền ship")] // a prize is no purchase
    [InlineData("ra chợ có người lạ bảo quét mã qr của họ")] // a stranger is no seller
    [InlineData("ngoài chợ có người bảo quét mã qr để nhận tiền hoàn")] // money to receive is no purchase
    [InlineData("ngoài chợ có người bảo quét mã qr để nhận hỗ trợ")] // what the QR code is for, said: no payment
    [InlineData("nó bảo nạp thêm 2 triệu mới rút được tiền")] // depositing more to withdraw what a task paid
    [InlineData("ho bat nap 500k de mo khoa tai khoan")]
    [InlineData("ngoai cho co nguoi bao quet qr de duoc tang qua")]
    [InlineData("ra chợ có người bảo em quét mã qr để đăng nhập zalo giúp")]
    [InlineData("người bạn bảo em quét mã QR để nhận thưởng")] // "người bạn" is no seller ("người bán")
    [InlineData("nhân viên của hãng bảo em quét mã QR để nhận bảo hành, trả tiền sau")] // "của hãng" is no shop ("cửa hàng")
    [InlineData("mã OTP vừa gửi về máy, em đọc ra cho anh nhé")] // "ra cho" is no market ("ra chợ") here // a secret asked: whatever the place
    [InlineData("người ta bắt em chuyển tiền cọc trước, vậy có bị lừa ko")] // asking whether it is one does not make it none
    [InlineData("họ bảo chuyển tiền vào tài khoản an toàn")] // "họ", "nó", "shop" with a demand right after
    [InlineData("nó bảo chuyển tiền ngay")]
    [InlineData("ho keu ck truoc 500k moi ship")]
    [InlineData("nv ngan hang goi noi tk e bi khoa, bao doc cai ma gui qua tin nhan cho ho")] // the one-time code, unnamed
    [InlineData("người lạ gọi bảo đọc mã vừa gửi về điện thoại")]
    [InlineData("có người xưng công an bảo đọc mã xác minh cho họ")]
    [InlineData("Có người xưng nhân viên ngân hàng gọi xin cái mã 6 số vừa gửi về đt để hoàn tiền")]
    public void A_scam_in_progress_is_recognized(string message) =>
        Assert.Equal(UrgentSituation.ScamInProgress, ScamAlarm.Recognize(message));

    [Theory]
    [InlineData("lỡ chuyển tiền rồi")]
    [InlineData("lo chuyen tien roi")]
    [InlineData("bị lừa mất tiền rồi")]
    [InlineData("bi lua mat 50tr")]
    [InlineData("tôi đã đưa mã OTP cho người lạ")]
    [InlineData("da doc otp cho no r")]
    [InlineData("bị chiếm tài khoản ngân hàng")]
    [InlineData("tk nh bi hack")]
    [InlineData("lỡ bấm vào link lạ rồi")]
    [InlineData("mẹ tôi vừa ck cho kẻ lừa đảo 20 triệu")]
    [InlineData("tài khoản bị trừ tiền mà tôi không giao dịch")]
    [InlineData("mình bị lừa chuyển tiền rồi giờ làm sao")]
    [InlineData("không ngờ tôi bị lừa rồi")]
    [InlineData("dùng momo bị hack")] // "dung" is also "đừng": no negation
    [InlineData("đúng là bị lừa rồi")]
    [InlineData("vừa ra khỏi nhà bị lừa mất tiền")]
    [InlineData("em sợ bị lừa mà lỡ chuyển tiền cho nó rồi")] // the worry does not undo what happened
    [InlineData("tôi có bị lừa 2 triệu qua zalo")] // "có" here says it happened
    [InlineData("hôm qua tài khoản em có bị mất tiền, giờ làm sao")]
    [InlineData("tài khoản vietcombank có mất tiền không rõ lý do")]
    [InlineData("tôi đã chuyển khoản cho shop online nhưng không nhận hàng, có bị lừa không")] // asks, but it happened
    [InlineData("sợ bị lừa quá, vừa chuyển 5 triệu cho nó")] // the worry does not undo what happened
    [InlineData("đã cài app theo hướng dẫn của công an, có bị mất tiền không")]
    [InlineData("lo bi lua roi")] // "lỡ bị lừa rồi": "lo" typed without marks is no fear
    [InlineData("tk vcb cua e tu dung bi tru 20tr")] // an amount taken, not only "mất"
    [InlineData("bị rút 20 triệu trong tài khoản")]
    [InlineData("nó rút sạch tiền trong tk của mẹ em rồi")]
    [InlineData("em có chuyển khoản 3tr cho bên lừa đảo, giờ sao ạ")] // "có" before the act: it was done
    [InlineData("tôi có đưa mã otp cho người lạ")]
    [InlineData("có đứa nhắn zalo mượn tiền gấp, tui chuyển 5 triệu rồi mới biết nick bị hack")] // sent to a taken-over account
    [InlineData("chuyen tien cho ban roi moi biet fb no bi chiem")]
    [InlineData("nghe nói nhiều người bị lừa, mà tôi vừa chuyển 5 triệu cho họ rồi")] // heard of it, and it happened too
    [InlineData("Chết rồi, em vừa chuyển khoản 5 triệu cho đứa giả làm shipper, giờ phải làm gì trước đây ạ?")] // sent to an impostor
    [InlineData("me e vua ck 2tr cho thang dong gia nhan vien dien luc")]
    [InlineData("mình vừa chuyển 15 triệu đặt cọc cho shop trên fb xong nó chặn luôn rồi, giờ phải làm gì")] // cut off once paid
    [InlineData("minh vua chuyen 15 trieu dat coc cho shop tren fb xong no chan luon roi, gio phai lam gi gap")]
    [InlineData("đã chuyển khoản 3 triệu mua hàng, giờ gọi không liên lạc được")]
    [InlineData("ck tien coc r ma shop block luon")]
    public void Money_or_data_already_lost_is_recognized(string message) =>
        Assert.Equal(UrgentSituation.MoneyLost, ScamAlarm.Recognize(message));

    [Theory]
    [InlineData("lừa đảo qua mạng là gì")]
    [InlineData("cách nhận biết cuộc gọi lừa đảo")]
    [InlineData("mã OTP là gì")]
    [InlineData("OTP có tác dụng gì")]
    [InlineData("chuyển tiền bằng QR thế nào")]
    [InlineData("quên mật khẩu VNeID")]
    [InlineData("làm sao chuyển khoản an toàn")]
    [InlineData("báo cáo tin giả ở đâu")]
    [InlineData("tổng đài 156 là gì")]
    [InlineData("xin chào")]
    [InlineData("chuyển đổi số là gì")]
    [InlineData("lam sao de khong bi lua qua mang")]
    [InlineData("dau hieu cuoc goi gia danh cong an yeu cau chuyen tien")]
    [InlineData("không nhận được mã OTP khi đăng ký VNeID")]
    [InlineData("công an xã bảo tôi cài VNeID mức 2")]
    [InlineData("ngân hàng có yêu cầu cung cấp mã OTP không")]
    [InlineData("có nên đưa mã otp cho nhân viên ngân hàng không")]
    [InlineData("bị hack facebook")]
    [InlineData("nếu bị lừa chuyển tiền thì báo ở đâu")]
    [InlineData("tôi đã chuyển khoản lệ phí rồi mà chưa thấy kết quả")]
    [InlineData("ngân hàng đã gửi mã OTP cho tôi nhưng không thấy")]
    [InlineData("hướng dẫn tôi chuyển khoản bằng điện thoại")]
    [InlineData("mất tài khoản zalo")]
    [InlineData("làm căn cước mất mấy ngày")]
    [InlineData("ngân hàng báo chuyển tiền thành công")]
    [InlineData("Dạ cho em hỏi đổi mật khẩu ngân hàng thế nào")]
    [InlineData("mua hàng online sao cho khỏi bị lừa")] // "cho khỏi", "để khỏi": what to do not to be scammed
    [InlineData("lam sao de khoi bi lua mat tien")]
    [InlineData("đi chợ ng ta kêu quét qr trả tiền mà e chưa làm bao giờ, chỉ e vs")] // paying a seller in person
    [InlineData("ra sieu thi thu ngan bao quet qr de thanh toan thi lam sao")]
    [InlineData("ra chợ mua cá, bà bán kêu quét qr chuyển khoản")] // the transfer is the QR payment itself
    [InlineData("di cho mua do, nguoi ta keu quet ma qr de chuyen khoan")]
    [InlineData("ra chợ giờ người ta toàn bảo quét mã QR, tui chưa biết làm")] // at a market the QR code asked for is the payment, said or not
    [InlineData("di cho nguoi ta bao quet qr, chi e cach lam voi")]
    [InlineData("đi chợ nhân tiện hỏi luôn, người ta kêu quét qr trả tiền mà e chưa làm bao giờ")] // "nhân tiện" (by the way)
    [InlineData("nạp thêm tiền điện thoại bằng app ngân hàng được không")] // topping up, asked by no one
    [InlineData("mua do tren mang so bi lua, lam sao cho an toan")] // afraid of it, not hit by it
    [InlineData("em sợ bị lừa đảo khi bán hàng online")]
    [InlineData("quét mã QR thanh toán có bị lừa kiểu gì ko")] // asks whether it can happen
    [InlineData("sợ bị hack tài khoản ngân hàng quá, làm sao bảo vệ")]
    [InlineData("có mất tiền ko")] // does it cost anything
    [InlineData("nộp hồ sơ xong bảo chuyển khoản lệ phí ở đâu")] // "hồ", not "họ": no demand right after it
    [InlineData("shop bảo hàng giao sau 3 ngày")] // nothing wanted
    [InlineData("có chuyển khoản được không")] // asked, not done
    [InlineData("tôi có chuyển khoản lệ phí rồi mà chưa thấy kết quả")]
    [InlineData("ứng dụng ngân hàng có bị hack không")] // a takeover asked about
    [InlineData("người già có hay bị lừa không")] // "có" a word before
    [InlineData("ngân hàng có gọi điện hỏi otp không")] // a request asked about
    [InlineData("công an có gọi điện bắt chuyển tiền không")]
    [InlineData("lo lắng bị lừa đảo qua mạng")]
    [InlineData("tôi lo sợ bị mất tiền trong tài khoản")]
    [InlineData("nhắn tin báo 156 có mất tiền không")]
    [InlineData("mã gửi về điện thoại khi đăng nhập zalo là gì")] // the code named, nothing asked of it
    [InlineData("chuyển khoản cho con xong thì zalo có bị hack không")] // a takeover asked about
    [InlineData("chuyển tiền rồi mà nick không bị hack")]
    [InlineData("đã chuyển khoản xong, làm sao giữ tài khoản khỏi bị hack")] // a takeover to prevent
    [InlineData("tôi chuyển tiền rồi, nếu nick bị hack thì làm sao")] // imagined
    [InlineData("hôm qua tôi chuyển tiền cho mẹ, hôm nay facebook bị hack")] // nothing ties the two
    [InlineData("tôi đã cung cấp mã 12 số định danh cho cán bộ xã")] // the personal number is no secret
    [InlineData("nghe nói nhiều người bị lừa mất tiền qua zalo")] // heard of others
    [InlineData("nghe đồn có người bị chiếm tài khoản ngân hàng")]
    [InlineData("con em đóng giả làm bác sĩ trong vở kịch ở trường")] // playing a part, nothing sent
    [InlineData("tôi ở Gia Lâm, vừa chuyển 5 triệu cho người bán hàng")] // "gia lam" folded is no posing
    [InlineData("em chuyển khoản mua hàng đồng giá 10k rồi")] // nor "dong gia"
    [InlineData("tôi vừa chuyển 5 triệu tiền hàng đồng giá cho shop")]
    [InlineData("tôi ở Gia Lâm, shipper giao hàng tôi đã chuyển khoản 200k rồi")] // the district, then the one who delivered
    [InlineData("hàng đồng giá người quen giới thiệu, em chuyển khoản rồi")]
    [InlineData("chuyển tiền rồi mà shop không chặn, vẫn nhắn tin bình thường")] // not cut off
    [InlineData("đã chuyển khoản lệ phí, nếu mất liên lạc với cán bộ thì hỏi ai")] // imagined
    [InlineData("tôi đã chuyển khoản lệ phí rồi, có chắc chắn nhận được kết quả không")] // "chắc chắn" folds into "chặn"
    [InlineData("toi da chuyen khoan le phi roi, co chac chan nhan duoc ket qua khong")]
    [InlineData("đã chuyển khoản rồi, chán quá mà vẫn chưa được duyệt")]
    [InlineData("da nap tien thue bao roi ma chua thay cong tien")] // a phone line, not one gone silent
    [InlineData("đã nộp phí hồ sơ rồi, gọi lên xã không nghe máy")] // an office not answering
    [InlineData("Em chuyển khoản nhiều lần rồi, tài khoản có bị chặn không?")] // a block asked about
    [InlineData("đã chuyển khoản xong, giờ muốn chặn tin nhắn quảng cáo thì làm sao")] // a block wanted
    [InlineData("nhà em ở Gia Lâm, muốn hỏi cách chuyển khoản")]
    [InlineData("làm sao nhận biết người giả làm shipper")] // a general question
    public void A_general_question_is_left_to_the_faq(string message) =>
        Assert.Null(ScamAlarm.Recognize(message));

    [Fact]
    public void A_pressed_button_is_never_urgent_whatever_its_title() =>
        Assert.Null(ScamAlarm.Recognize(new InboundActivity { Channel = "test", ConversationId = "c1", UserId = "u1", Text = "bị lừa mất tiền", Payload = Payloads.Menu }));

    [Fact]
    public void A_typed_message_is_judged_by_its_text() =>
        Assert.Equal(UrgentSituation.MoneyLost, ScamAlarm.Recognize(new InboundActivity { Channel = "test", ConversationId = "c1", UserId = "u1", Text = "bị lừa mất tiền" }));
}
