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
    public void Asking_for_a_person_is_a_handoff_request(string text) =>
        Assert.True(Phrases.IsHandoffRequest(text));

    [Theory]
    [InlineData("thằng cu nhà e 9 tuổi suốt ngày coi youtube trên dt, lo nó gặp người xấu, phụ huynh làm sao quản")]
    [InlineData("con em hay nói chuyện với người lạ trên mạng thì sao")]
    [InlineData("gap nguoi quen hoi muon tien qua zalo co phai lua dao ko")]
    [InlineData("chị tui gọi video mà sao biết có phải người thật không")]
    public void A_person_described_is_no_handoff_request(string text) =>
        Assert.False(Phrases.IsHandoffRequest(text));
}
