using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Retrieval;

public sealed class TextAnalyzerTests
{
    private readonly TextAnalyzer _analyzer = new(
        [new Synonym("cccd", "căn cước công dân"), new Synonym("ko", "không"), new Synonym("dvc", "dịch vụ công"), new Synonym("cổng dvc", "cổng dịch vụ công quốc gia")],
        [new Locality("tra-vinh", "Trà Vinh", ["tỉnh Trà Vinh"]), new Locality("lao-cai", "Lào Cai", [])]);

    [Theory]
    [InlineData("làm CCCD ở đâu", "lam can cuoc cong dan o dau")]
    [InlineData("e ko biết", "e khong biet")]
    [InlineData("vào cổng dvc", "vao cong dich vu cong quoc gia")]
    [InlineData("dvc là gì", "dich vu cong la gi")]
    public void Abbreviations_are_replaced_by_what_they_mean_longest_first(string text, string expected) =>
        Assert.Equal(expected, string.Join(' ', _analyzer.Tokens(text)));

    [Theory]
    [InlineData("kh 44 lao cai", "ke hoach 44 lao cai")]
    [InlineData("KH44 Lào Cai", "ke hoach 44 lao cai")]
    [InlineData("kh 96/KH-UBND", "ke hoach 96/kh-ubnd")]
    [InlineData("kh biết", "kh biet")]
    [InlineData("hỏi kh", "hoi kh")]
    [InlineData("kh lao cai", "kh lao cai")]
    public void A_term_marked_for_a_number_reads_as_its_meaning_only_before_a_number(string text, string expected)
    {
        var analyzer = new TextAnalyzer([new Synonym("kh #", "kế hoạch")], []);

        Assert.True(new Synonym("kh #", "kế hoạch").IsBeforeNumber);
        Assert.Equal(expected, string.Join(' ', analyzer.Tokens(text)));
    }

    [Theory]
    [InlineData("mùng 10 tháng 10", "ngày 10 tháng 10")]
    [InlineData("mung 10 thang 10 la ngay gi", "ngày 10 tháng 10 là ngày gì")]
    [InlineData("Mùng 1 tháng 7", "ngày 1 tháng 7")]
    public void The_shipped_synonyms_read_mung_before_a_day_of_the_month_as_ngay(string text, string meant)
    {
        var analyzer = ShippedContent.Catalog().Analyzer;

        Assert.Equal(analyzer.Tokens(meant), analyzer.Tokens(text));
    }

    [Theory]
    [InlineData("chúc mừng 20/10", "mung")]
    [InlineData("mùng mền", "mung")]
    [InlineData("em mong 2 tuần nữa có kết quả", "mong")]
    public void Mung_and_mong_are_left_as_typed_elsewhere(string text, string word) =>
        Assert.Contains(word, ShippedContent.Catalog().Analyzer.Tokens(text));

    [Theory]
    [InlineData("Kế hoạch của tỉnh Trà Vinh năm 2023", "kế hoạch của năm 2023")]
    [InlineData("lao cai co trung tam dieu hanh ko", "co trung tam dieu hanh không")]
    [InlineData("dịch vụ công là gì", "dịch vụ công là gì")]
    public void Localities_named_in_a_question_can_be_left_out(string text, string expected) =>
        Assert.Equal(expected, string.Join(' ', _analyzer.WithoutLocalities(_analyzer.Analyze(text)).Select(t => t.Spelled)));

    [Fact]
    public void Letters_glued_to_a_number_are_split_but_4g_stays_whole() =>
        Assert.Equal(["nq", "57", "4g"], VietnameseTokenizer.Tokens("nq57 4G"));

    [Theory]
    [InlineData("tra vinh nghi quyet chuyen doi so", "tra-vinh")]
    [InlineData("Nghị quyết của tỉnh Trà Vinh", "tra-vinh")]
    [InlineData("LÀO CAI có IOC không", "lao-cai")]
    public void Names_the_localities_a_question_mentions(string text, string locality) =>
        Assert.Equal([locality], _analyzer.Localities(_analyzer.Tokens(text)));

    [Fact]
    public void A_question_naming_no_locality_names_none() =>
        Assert.Empty(_analyzer.Localities(_analyzer.Tokens("nghị quyết 57 là gì")));
}
