using CdsBot.Dialogs.Content.Checks;
using static CdsBot.Dialogs.Tests.Content.Checks.ContentBuilder;

namespace CdsBot.Dialogs.Tests.Content.Checks;

public sealed class SourceConsistencyRuleTests
{
    private static List<CheckFinding> Check(string answer, params CdsBot.Dialogs.Content.SourceDocument[] documents)
    {
        var item = Item(answer, [.. documents.Select(d => d.Number)]);
        return [.. SourceConsistencyRule.Check(item, Set(item, documents))];
    }

    [Fact]
    public void A_date_the_source_does_not_state_is_a_finding_naming_the_fact_and_the_source()
    {
        var finding = Assert.Single(Check("Báo cáo trước ngày 15/6 hằng năm.", Plan("báo cáo 6 tháng (trước ngày 15/7)")));

        Assert.Equal(("hoi-thu", "source", "15/6"), (finding.ItemId, finding.Rule, finding.Fact));
        Assert.Equal("hoi-thu: fact «15/6» not found in 96/KH-UBND", finding.ToString());
    }

    [Fact]
    public void A_fact_the_text_states_in_another_form_is_not_a_finding() =>
        Assert.Empty(Check(
            "Trước ngày 15/07/2023, tối thiểu 50 phần trăm trường học, 1.000 người, theo Kế hoạch số 63-KH/BTGTU.",
            Plan("ngày 15 tháng 7 năm 2023 … tối thiểu 50% trường … 1000 người … Số 63 -KH/BTGTU")));

    [Fact]
    public void A_day_and_month_are_stated_by_a_full_date() =>
        Assert.Empty(Check("Ngày 10/10 hằng năm.", Plan("Lấy ngày 10 tháng 10 năm 2022 …")));

    [Theory]
    [InlineData("Tối thiểu 30% doanh nghiệp.", "30%")]
    [InlineData("Phấn đấu 65 doanh nghiệp.", "65")]
    [InlineData("Theo Kế hoạch 44/KH-STTTT.", "44/KH-STTTT")]
    [InlineData("Ngày 10/10/2025.", "10/10/2025")]
    public void Each_kind_of_fact_can_fail(string answer, string fact) =>
        Assert.Equal(fact, Assert.Single(Check(answer, Plan("tối thiểu 20% (năm 2025) và 60 doanh nghiệp; ngày 10/10/2024"))).Fact);

    [Fact]
    public void The_cited_documents_number_date_and_title_count_as_stated() =>
        Assert.Empty(Check("Quyết định số 505/QĐ-TTg ngày 22/4/2022 về Ngày Chuyển đổi số quốc gia; Nghị quyết 57.", Decision(), Decision("57-NQ/TW")));

    [Fact]
    public void A_source_without_text_states_nothing_else_and_says_so()
    {
        var finding = Assert.Single(Check("Ngày 10/10 hằng năm theo Quyết định 505/QĐ-TTg.", Decision()));

        Assert.Equal("fact «10/10» not found in 505/QĐ-TTg (no text)", finding.Message);
    }

    [Fact]
    public void An_item_without_sources_has_every_fact_as_a_finding()
    {
        var item = Item("Tổng đài 156, nhắn 5656.");

        Assert.Equal(["156", "5656"], SourceConsistencyRule.Check(item, Set(item)).Select(f => f.Fact));
        Assert.EndsWith("not found in its sources (none listed)", SourceConsistencyRule.Check(item, Set(item)).First().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fact_repeated_in_the_answer_is_one_finding() =>
        Assert.Single(Check("Gọi 156. Nhắn tin tới 156.", Plan("")));
}
