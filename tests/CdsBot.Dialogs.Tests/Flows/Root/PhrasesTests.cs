using CdsBot.Dialogs.Flows.Root;

namespace CdsBot.Dialogs.Tests.Flows.Root;

public sealed class PhrasesTests
{
    [Theory]
    [InlineData("cho tôi gặp cán bộ")]
    [InlineData("em muốn nói chuyện với người thật")]
    [InlineData("cho e chat với người thật nha")]
    [InlineData("tôi muốn gặp người")]
    [InlineData("gap nguoi tu van di ad")]
    [InlineData("cho gặp người hỗ trợ với")]
    [InlineData("ad ơi cho e gặp cán bộ xã để hỏi về hồ sơ khai sinh")]
    [InlineData("có tư vấn viên không")]
    [InlineData("người thật")]
    [InlineData("có người thật không")]
    [InlineData("bạn là người thật hay bot")]
    [InlineData("kết nối người thật giúp em")]
    [InlineData("cho tôi gặp người, bot trả lời sai hoài")]
    [InlineData("cho gặp người thiệt giùm")]
    [InlineData("gặp người được không ad")]
    public void Asking_for_a_person_is_a_handoff_request(string text) =>
        Assert.True(Phrases.IsHandoffRequest(text));

    [Theory]
    [InlineData("thằng cu nhà e 9 tuổi suốt ngày coi youtube trên dt, lo nó gặp người xấu, phụ huynh làm sao quản")]
    [InlineData("con em hay nói chuyện với người lạ trên mạng thì sao")]
    [InlineData("gap nguoi quen hoi muon tien qua zalo co phai lua dao ko")]
    [InlineData("chị tui gọi video mà sao biết có phải người thật không")]
    [InlineData("gặp người tự xưng công an gọi điện thì làm sao")]
    [InlineData("lo con gặp người không quen trên mạng")]
    [InlineData("nói chuyện với người trực tuyến có sao không")]
    [InlineData("nếu gặp người hỏi mã OTP thì làm sao")]
    public void A_person_described_is_no_handoff_request(string text) =>
        Assert.False(Phrases.IsHandoffRequest(text));
}
