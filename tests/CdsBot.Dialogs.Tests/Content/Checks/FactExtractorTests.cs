using CdsBot.Dialogs.Content.Checks;

namespace CdsBot.Dialogs.Tests.Content.Checks;

public sealed class FactExtractorTests
{
    private static IEnumerable<(FactKind, string)> Keys(string text) => FactExtractor.Extract(text).Select(f => (f.Kind, f.Key));

    [Theory]
    [InlineData("ngày 22/4/2022")]
    [InlineData("ngày 22/04/2022")]
    [InlineData("ngày 22 tháng 4 năm 2022")]
    [InlineData("Hà Nội, ngày 22 tháng 04 năm 2022")]
    [InlineData("22.4.2022")]
    public void Dates_compare_however_they_are_written(string text) =>
        Assert.Equal([(FactKind.Date, "22/4/2022")], Keys(text));

    [Fact]
    public void A_date_without_its_year_keeps_day_and_month() =>
        Assert.Equal([(FactKind.Date, "10/10"), (FactKind.Date, "15/6")], Keys("Ngày 10/10 hằng năm; báo cáo trước ngày 15/6."));

    [Theory]
    [InlineData("30%")]
    [InlineData("30 %")]
    [InlineData("30 phần trăm")]
    public void Percentages_compare_however_they_are_written(string text) =>
        Assert.Equal([(FactKind.Percentage, "30%")], Keys("tối thiểu " + text + " GDP"));

    [Theory]
    [InlineData("1.000.000 đồng", "1000000")]
    [InlineData("1,000,000 đồng", "1000000")]
    [InlineData("01 nền tảng số", "1")]
    [InlineData("2,5 lần", "2,5")]
    public void Numbers_lose_separators_and_leading_zeros(string text, string key) =>
        Assert.Equal([(FactKind.Number, key)], Keys(text));

    [Theory]
    [InlineData("Nghị quyết 57-NQ/TW", "57-NQ/TW")]
    [InlineData("Quyết định số 749/QĐ-TTg", "749/QĐ-TTG")]
    [InlineData("Nghị định 63/2024/NĐ-CP", "63/2024/NĐ-CP")]
    [InlineData("Số 63 -KH/BTGTU", "63-KH/BTGTU")]
    [InlineData("Số: 96 /KH-UBND", "96/KH-UBND")]
    [InlineData("Kế hoạch số 01-KH/BCĐTW", "1-KH/BCĐTW")]
    [InlineData("Công văn 1850-CV/TĐTN-TCKT", "1850-CV/TĐTN-TCKT")]
    public void Document_numbers_are_one_fact(string text, string key) =>
        Assert.Equal([(FactKind.DocumentNumber, key)], Keys(text));

    [Theory]
    [InlineData("chuyển từ 2G lên 4G, 5G")]
    [InlineData("xem https://example.gov.vn/bai-2024/10 hoặc tinnhiemmang.vn")]
    [InlineData("1. Mở ứng dụng;\n2. Quét mã;\n- 3. Xác nhận.")]
    [InlineData("1.1. Các quan điểm chỉ đạo\n1.2) Các mục tiêu\n1.3 Về mục đích")]
    [InlineData("Ba việc: (1) cài VNeID; (2) nộp hồ sơ.")]
    [InlineData("giai đoạn – Chuyển đổi số: Nhanh hơn")]
    public void Words_addresses_and_list_markers_are_not_facts(string text) =>
        Assert.Empty(FactExtractor.Extract(text));

    [Fact]
    public void A_date_opening_a_line_is_still_a_date() =>
        Assert.Equal([(FactKind.Date, "10/10")], Keys("10.10 hằng năm là Ngày Chuyển đổi số quốc gia."));

    [Fact]
    public void A_range_of_years_is_two_numbers_not_a_document_number() =>
        Assert.Equal([(FactKind.Number, "2023"), (FactKind.Number, "2025")], Keys("giai đoạn 2023 - 2025"));

    [Fact]
    public void An_invalid_day_or_month_is_not_a_date() =>
        Assert.DoesNotContain(FactExtractor.Extract("ngày 17/17/2023"), f => f.Kind == FactKind.Date);
}
