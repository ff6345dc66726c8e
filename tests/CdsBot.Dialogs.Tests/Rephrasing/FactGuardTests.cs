using CdsBot.Dialogs.Rephrasing;

namespace CdsBot.Dialogs.Tests.Rephrasing;

public sealed class FactGuardTests
{
    private const string Curated =
        "Anh/Chị đăng nhập Cổng Dịch vụ công quốc gia (dichvucong.gov.vn) bằng tài khoản VNeID mức 2. "
        + "Theo Nghị quyết 57-NQ/TW ngày 22/12/2024, đến năm 2030 tỷ lệ này đạt 80%. Hỗ trợ: 0243 123 4567, https://vneid.gov.vn/huong-dan.";

    private readonly FactGuard _guard = new(FactGuard.DefaultPlatforms);

    [Fact]
    public void Reads_numbers_dates_percentages_document_numbers_addresses_phones_and_platforms()
    {
        var facts = _guard.Facts(Curated);

        Assert.Equivalent(
            new[] { "dichvucong.gov.vn", "VNeID", "2", "57-NQ/TW", "22/12/2024", "2030", "80%", "02431234567", "https://vneid.gov.vn/huong-dan", "Cổng Dịch vụ công quốc gia" },
            facts);
    }

    [Fact]
    public void Accepts_a_rewording_that_keeps_every_fact()
    {
        const string reworded =
            "Dạ, để đăng nhập Cổng Dịch vụ công quốc gia (dichvucong.gov.vn), Anh/Chị dùng tài khoản VNeID mức 2 ạ. "
            + "Nghị quyết 57-NQ/TW ngày 22/12/2024 đặt mục tiêu 80% vào năm 2030. Cần hỗ trợ, Anh/Chị gọi 0243.123.4567 hoặc xem https://vneid.gov.vn/huong-dan.";

        Assert.Null(_guard.Check(Curated, reworded));
    }

    [Theory]
    [InlineData("22/12/2024", "22/12/2025", "lost or altered fact '22/12/2024'")]
    [InlineData("80%", "90%", "lost or altered fact '80%'")]
    [InlineData("57-NQ/TW", "57/NQ-TW", "lost or altered fact '57-NQ/TW'")]
    [InlineData("dichvucong.gov.vn", "dichvucong.vn", "lost or altered fact 'dichvucong.gov.vn'")]
    [InlineData("VNeID", "vneid", "lost or altered fact 'VNeID'")]
    [InlineData("0243 123 4567", "0243 123 4568", "lost or altered fact '02431234567'")]
    [InlineData("đạt 80%.", "đạt 80%, với 5 triệu người dùng.", "added fact '5'")]
    public void Refuses_a_rewording_that_alters_or_adds_a_fact(string from, string to, string reason)
    {
        Assert.Equal(reason, _guard.Check(Curated, Curated.Replace(from, to, StringComparison.Ordinal)));
    }

    [Fact]
    public void Refuses_a_rewording_that_adds_a_platform_the_answer_did_not_name()
    {
        Assert.Equal("added fact 'Zalo'", _guard.Check(Curated, Curated + " Anh/Chị cũng có thể hỏi qua Zalo."));
    }

    [Fact]
    public void Refuses_answers_too_long_for_a_phone_screen_too_short_to_hold_the_answer_or_without_diacritics()
    {
        Assert.StartsWith("too long", _guard.Check(Curated, Curated + new string('x', 400)), StringComparison.Ordinal);
        Assert.StartsWith("too short", _guard.Check(Curated, "Dạ có ạ."), StringComparison.Ordinal);
        Assert.Equal("not Vietnamese with diacritics", _guard.Check("Cài VNeID mức 2.", "Cai VNeID muc 2 nhe."));
    }

    [Fact]
    public void Every_mention_of_a_platform_must_keep_its_spelling()
    {
        const string twice = "Anh/Chị cài VNeID, rồi đăng nhập VNeID bằng số CCCD.";

        Assert.Equal("added fact 'vneid'", _guard.Check(twice, "Anh/Chị cài VNeID, rồi đăng nhập vneid bằng số CCCD."));
    }
}
