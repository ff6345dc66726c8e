using CdsBot.Dialogs.Privacy;

namespace CdsBot.Dialogs.Tests.Privacy;

public sealed class PiiMaskTests
{
    [Theory]
    // Mobile numbers as citizens write them.
    [InlineData("số của tôi là 0912345678", "số của tôi là [số điện thoại]")]
    [InlineData("gọi 0912.345.678 nhé", "gọi [số điện thoại] nhé")]
    [InlineData("gọi 0912 345 678 nhé", "gọi [số điện thoại] nhé")]
    [InlineData("gọi 0912-345-678 nhé", "gọi [số điện thoại] nhé")]
    [InlineData("gọi 091 234 5678 nhé", "gọi [số điện thoại] nhé")]
    [InlineData("sđt:0987654321.", "sđt:[số điện thoại].")]
    [InlineData("liên hệ +84912345678", "liên hệ [số điện thoại]")]
    [InlineData("liên hệ +84 912 345 678", "liên hệ [số điện thoại]")]
    [InlineData("liên hệ +84-91-234-5678", "liên hệ [số điện thoại]")]
    [InlineData("liên hệ (+84) 912.345.678", "liên hệ [số điện thoại]")]
    [InlineData("liên hệ +84 (0) 912 345 678", "liên hệ [số điện thoại]")]
    [InlineData("liên hệ 84912345678", "liên hệ [số điện thoại]")]
    [InlineData("liên hệ 84 912 345 678", "liên hệ [số điện thoại]")]
    // Landlines: 0 + 10 digits, or +84 + 10 digits.
    [InlineData("tổng đài 024 3825 1234", "tổng đài [số điện thoại]")]
    [InlineData("tổng đài 0243.825.1234", "tổng đài [số điện thoại]")]
    [InlineData("tổng đài +84 24 3825 1234", "tổng đài [số điện thoại]")]
    // Citizen ID numbers.
    [InlineData("CCCD 001099012345 của tôi", "CCCD [số CCCD] của tôi")]
    [InlineData("CCCD 001 099 012 345", "CCCD [số CCCD]")]
    [InlineData("CMND 123456789 hết hạn", "CMND [số CMND] hết hạn")]
    [InlineData("CMND 123 456 789", "CMND [số CMND]")]
    // E-mail addresses.
    [InlineData("gửi về nguyen.van.a@gmail.com giúp", "gửi về [email] giúp")]
    [InlineData("mail: cb_xa-01@thaibinh.gov.vn", "mail: [email]")]
    // Bank account numbers.
    [InlineData("STK 19036745821013 Techcombank", "STK [số tài khoản] Techcombank")]
    [InlineData("STK 1903 6745 8210 13", "STK [số tài khoản]")]
    [InlineData("tài khoản 12345678", "tài khoản [số tài khoản]")]
    // Two at once.
    [InlineData("0912345678, a@b.vn", "[số điện thoại], [email]")]
    public void Masks_personal_data(string text, string masked) => Assert.Equal(masked, PiiMask.Mask(text));

    [Theory]
    [InlineData("Lệ phí 10.000.000 đồng")]
    [InlineData("Lệ phí 100.000.000 đồng")]
    [InlineData("Nghị định 13/2023/NĐ-CP")]
    [InlineData("hạn nộp 30-11-2026")]
    [InlineData("hạn nộp 30.11.2026")]
    [InlineData("từ 2026-06-15")]
    [InlineData("năm 2025 có 63 tỉnh")]
    [InlineData("mã hồ sơ H12.34-567")]
    [InlineData("cài VNeID mức 2")]
    [InlineData("")]
    public void Leaves_what_is_not_personal_data(string text) => Assert.Equal(text, PiiMask.Mask(text));

    [Fact]
    public void Null_stays_null() => Assert.Null(PiiMask.Mask(null));
}
