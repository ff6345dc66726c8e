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
    [InlineData("chủ đề ngày cds", null)]
    [InlineData("miền Nam nay có gì mới", null)]
    [InlineData("số 1234 là gì", null)]
    public void Reads_the_year_a_question_asks_about(string question, int? year)
    {
        Assert.Equal(year, YearAsked.In(question, ShippedContent.Catalog().Analyzer, 2026));
    }
}
