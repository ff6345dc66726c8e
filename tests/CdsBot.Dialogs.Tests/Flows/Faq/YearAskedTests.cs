using CdsBot.Dialogs.Flows.Faq;
using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Flows.Faq;

public sealed class YearAskedTests
{
    [Theory]
    [InlineData("chủ đề năm nay", 2026)]
    [InlineData("chu de nam nay", 2026)]
    [InlineData("chu de ngay cds nam ngoai", 2025)]
    [InlineData("chủ đề năm này là gì", 2026)]
    [InlineData("chủ đề năm ngoái", 2025)]
    [InlineData("chu de nam truoc", 2025)]
    [InlineData("chủ đề năm tới", 2027)]
    [InlineData("chủ đề năm 2024", 2024)]
    [InlineData("chu de 2023 la gi", 2023)]
    [InlineData("còn năm ngoái 2024 thì sao", 2024)] // a year named wins over one pointed to
    [InlineData("con nam truoc nua 2023 thi sao", 2023)]
    [InlineData("chủ đề ngày cds", null)]
    [InlineData("miền Nam nay có gì mới", null)]
    [InlineData("số 1234 là gì", null)]
    public void Reads_the_year_a_question_asks_about(string question, int? year)
    {
        Assert.Equal(year, YearAsked.In(question, ShippedContent.Catalog().Analyzer, 2026));
    }

    [Theory]
    [InlineData("còn năm trước thì sao", 2024)]
    [InlineData("con nam sau", 2026)]
    [InlineData("còn năm ngoái", 2025)] // by the clock
    [InlineData("còn năm nay", 2026)]
    public void In_a_conversation_about_2025_the_year_before_and_after_are_counted_from_it(string question, int year)
    {
        Assert.Equal(year, YearAsked.In(question, ShippedContent.Catalog().Analyzer, 2026, talkedAbout: 2025));
    }
}
