using CdsBot.Dialogs.Content.Checks;
using static CdsBot.Dialogs.Tests.Content.Checks.ContentBuilder;

namespace CdsBot.Dialogs.Tests.Content.Checks;

public sealed class ToneRuleTests
{
    private static List<CheckFinding> Check(string answer) => [.. ToneRule.Check(Item(answer))];

    [Theory]
    [InlineData("Có thể. Kẻ gian giả giọng người thân.", "Có thể.")]
    [InlineData("Không. Cơ quan công an không gọi điện đòi tiền.", "Không.")]
    [InlineData("Có. Anh/Chị nên cập nhật.", "Có.")]
    [InlineData("Được! Anh/Chị nộp trên Cổng.", "Được!")]
    public void A_bare_yes_or_no_opening_is_a_finding(string answer, string opening)
    {
        var finding = Assert.Single(Check(answer));

        Assert.Equal(("tone", "opening", opening), (finding.Rule, finding.Key, finding.Fact));
    }

    [Theory]
    [InlineData("Anh/Chị có thể nộp trên Cổng Dịch vụ công quốc gia.")]
    [InlineData("Có thể là giả mạo: Anh/Chị gọi lại số quen để xác minh.")]
    [InlineData("Không nên chia sẻ mật khẩu, mã OTP.")]
    [InlineData("Được với nhiều trường hợp: Anh/Chị đăng nhập bằng VNeID.")]
    public void An_opening_that_goes_on_is_fine(string answer) => Assert.Empty(Check(answer));

    [Fact]
    public void A_first_paragraph_over_300_characters_is_a_finding_and_details_after_a_blank_line_are_not()
    {
        var long_ = string.Join(" ", Enumerable.Repeat("Anh/Chị làm thủ tục trực tuyến.", 10));

        Assert.Equal("first-paragraph", Assert.Single(Check(long_)).Key);
        Assert.Empty(Check("Anh/Chị làm thủ tục trực tuyến.\n\n" + long_[..290] + "\n\n" + long_));
    }

    [Fact]
    public void The_first_paragraph_is_counted_in_characters_with_diacritics()
    {
        var exactly300 = "Anh/Chị " + new string('ạ', 292);

        Assert.Equal(300, ToneRule.FirstParagraph(exactly300).Length);
        Assert.Empty(Check(exactly300));
        Assert.Single(Check(exactly300 + "ạ"));
    }

    [Fact]
    public void An_answer_without_diacritics_is_a_finding() =>
        Assert.Equal("diacritics", Assert.Single(Check("Anh Chi vao cong dich vu cong quoc gia de nop ho so truc tuyen.")).Key);

    [Theory]
    [InlineData("anh/chị nộp hồ sơ.", "anh/chị")]
    [InlineData("Anh chị nộp hồ sơ.", "Anh chị")]
    public void The_citizen_is_addressed_as_Anh_Chi(string answer, string address) =>
        Assert.Equal(("address", address), (Assert.Single(Check(answer)).Key, Assert.Single(Check(answer)).Fact));

    [Fact]
    public void Siblings_are_not_an_address() => Assert.Empty(Check("Anh/Chị báo cho anh chị em trong nhà."));
}
