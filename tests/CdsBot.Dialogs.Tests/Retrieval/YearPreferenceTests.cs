using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Retrieval;

/// <summary>
/// On the shipped content, a year a question names sets back the items whose own phrasings name only other years:
/// Resolution 57's targets for 2030 have the variant "kinh tế số chiếm bao nhiêu phần trăm GDP", its vision for 2045
/// does not.
/// </summary>
public sealed class YearPreferenceTests
{
    private static readonly CdsBot.Dialogs.Retrieval.FaqIndex Index = ShippedContent.Catalog().Index;

    [Theory]
    [InlineData("đến năm 2045 kinh tế số chiếm bao nhiêu phần trăm GDP", "nq57-tam-nhin-2045")]
    [InlineData("den nam 2045 kinh te so chiem bao nhieu phan tram gdp", "nq57-tam-nhin-2045")]
    [InlineData("năm 2030 kinh tế số chiếm bao nhiêu phần trăm GDP", "nq57-muc-tieu-2030")]
    [InlineData("kinh tế số chiếm bao nhiêu phần trăm GDP", "nq57-muc-tieu-2030")]
    public void A_question_naming_a_year_prefers_the_items_naming_it(string question, string expected) =>
        Assert.Equal(expected, Index.Search(question)[0].Item.Id);

    [Theory]
    [InlineData("den nam 2030 tra vinh phan dau xep hang cds top may", "tra-vinh-muc-tieu-2025")] // a target for 2025 only
    [InlineData("Kinh tế số năm 2024 đạt bao nhiêu phần trăm GDP rồi?", "nq57-muc-tieu-2030")]
    [InlineData("nghị quyết 57 đặt chỉ tiêu gì cho năm 2025", "nq57-muc-tieu-2030")] // a target year, though it names the document
    [InlineData("nq 57 muc tieu den nam 2025 la gi", "nq57-muc-tieu-2030")]
    [InlineData("nghi quyet 57 dat muc tieu kinh te so nam 2035 la bao nhieu", "nq57-muc-tieu-2030")] // a year told as no issue date
    [InlineData("nghị quyết 57 muốn năm 2040 có bao nhiêu doanh nghiệp công nghệ số", "nq57-muc-tieu-2030")]
    [InlineData("nghị quyết 57 kỳ vọng năm 2035 kinh tế số chiếm bao nhiêu", "nq57-muc-tieu-2030")] // "kỳ", not "ký"
    [InlineData("nghị quyết 57 đề ra mục tiêu năm 2035 kinh tế số chiếm bao nhiêu", "nq57-muc-tieu-2030")] // "đề ra", not issued
    [InlineData("2035 nghị quyết 57 muốn kinh tế số chiếm bao nhiêu", "nq57-muc-tieu-2030")] // a year opening the question
    public void An_item_whose_phrasings_name_only_other_years_is_of_other_years(string question, string item) =>
        Assert.True(Index.Search(question, 10).Single(c => c.Item.Id == item).OfOtherYears);

    [Theory]
    [InlineData("kế hoạch truyền thông chuyển đổi số Thái Bình năm 2024", "thai-binh-kh96")] // within its period, 2023 - 2025
    [InlineData("năm 2030 kinh tế số chiếm bao nhiêu phần trăm GDP", "nq57-muc-tieu-2030")]
    [InlineData("chuyển đổi số là gì năm 2024", "chuyen-doi-so-la-gi")] // its phrasings name no year
    [InlineData("quyết định 749 năm 2020 là gì", "qd749-chuong-trinh-cds-quoc-gia")] // the year a named document was issued
    [InlineData("quyết định 749 ban hành trong năm 2020", "qd749-chuong-trinh-cds-quoc-gia")]
    [InlineData("nghị quyết 57 năm 2024 đặt mục tiêu gì về kinh tế số", "nq57-muc-tieu-2030")]
    [InlineData("nghị quyết 57 ký năm 2024 đặt mục tiêu gì", "nq57-muc-tieu-2030")] // "ký", "ban hành", "ra": when it was issued
    [InlineData("nq 57 ra hồi năm 2024 muốn đạt gì", "nq57-muc-tieu-2030")]
    public void An_item_naming_the_year_asked_a_period_holding_it_or_no_year_is_not(string question, string item) =>
        Assert.False(Index.Search(question, 10).Single(c => c.Item.Id == item).OfOtherYears);
}
