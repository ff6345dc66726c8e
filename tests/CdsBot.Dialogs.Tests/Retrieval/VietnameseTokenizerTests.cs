using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Tests.Retrieval;

public sealed class VietnameseTokenizerTests
{
    [Theory]
    [InlineData("Nghị quyết 57-NQ/TW là gì", "57-nq/tw")]
    [InlineData("quyết định 749/QĐ-TTg", "749/qd-ttg")]
    [InlineData("Nghị định 63/2024/NĐ-CP", "63/2024/nd-cp")]
    [InlineData("Kế hoạch 01-KH/BCĐTW", "01-kh/bcdtw")]
    [InlineData("Số 63 -KH/BTGTU", "63-kh/btgtu")]
    public void Document_numbers_stay_whole(string text, string number) =>
        Assert.Contains(number, VietnameseTokenizer.Tokens(text));

    [Fact]
    public void Dates_are_not_mistaken_for_document_numbers() =>
        Assert.Equal(["ngay", "10", "10"], VietnameseTokenizer.Tokens("ngày 10/10"));

    [Theory]
    [InlineData("ngày 10 tháng 10", "ngày 10/10")]
    [InlineData("ngay 10 thang 10", "ngày 10/10")]
    [InlineData("Ngày 10 Tháng 10", "ngày 10/10")]
    [InlineData("ngày 10-10", "ngày 10/10")]
    [InlineData("hôm 10 tháng 10", "hôm 10/10")]
    [InlineData("mùng 10 tháng 10", "mùng 10/10")]
    [InlineData("10 tháng 10 năm 2025", "10/10 năm 2025")]
    public void A_date_written_out_reads_as_with_a_slash(string text, string withSlash) =>
        Assert.Equal(VietnameseTokenizer.Tokens(withSlash), VietnameseTokenizer.Tokens(text));

    [Theory]
    [InlineData("tháng 10 có gì", new[] { "thang", "10", "co", "gi" })]
    [InlineData("10 tháng 13", new[] { "10", "thang", "13" })]
    [InlineData("3 thắng 2", new[] { "3", "thang", "2" })]
    [InlineData("đóng bhyt 3 tháng 1 lần", new[] { "dong", "bhyt", "3", "thang", "1", "lan" })]
    [InlineData("sau 6 tháng 1 năm", new[] { "sau", "6", "thang", "1", "nam" })]
    public void Thang_stays_where_it_is_not_between_the_day_and_month_of_a_date(string text, string[] tokens) =>
        Assert.Equal(tokens, VietnameseTokenizer.Tokens(text));

    [Theory]
    [InlineData("v")]
    [InlineData("z")]
    [InlineData("e")]
    [InlineData("t")]
    public void A_letter_typed_for_a_word_is_a_function_word(string letter) =>
        Assert.True(VietnameseTokenizer.IsStopWord(letter));

    [Theory]
    [InlineData("chuyển đổi số là gì ad", "ad")]
    [InlineData("chào admin, cho hỏi VNeID là gì", "admin")]
    [InlineData("alo, dịch vụ công trực tuyến là gì", "alo")]
    public void A_word_that_has_no_marks_is_a_function_word_in_a_question_written_with_them(string text, string word)
    {
        var tokens = VietnameseTokenizer.Analyze(text);
        Assert.True(VietnameseTokenizer.IsWrittenWithMarks(tokens));
        Assert.True(VietnameseTokenizer.IsStopWord(tokens.Single(t => t.Folded == word), asSpelled: true));
    }

    [Theory]
    [InlineData("VNeID là cái ứng dụng gì vậy", true)] // the classifier, typed with its marks
    [InlineData("cai vneid o dau", false)] // typed without marks it may be "cài"
    [InlineData("cai VNeID ở đâu vậy", false)] // even in a message typed with marks
    [InlineData("Cài VNeID ở đâu", false)]
    public void Cai_is_a_function_word_only_when_typed_as_the_classifier(string text, bool functionWord)
    {
        var tokens = VietnameseTokenizer.Analyze(text);
        Assert.Equal(functionWord, VietnameseTokenizer.IsStopWord(tokens.Single(t => t.Folded == "cai"), VietnameseTokenizer.IsWrittenWithMarks(tokens)));
    }

    [Theory]
    [InlineData("thẻ bảo hiểm y tế", "y")]
    [InlineData("gửi góp ý", "y")]
    [InlineData("C/O hàng hóa", "c")]
    public void A_letter_that_is_a_word_of_its_own_is_kept(string text, string letter) =>
        Assert.Contains(letter, VietnameseTokenizer.Terms(VietnameseTokenizer.Tokens(text)));

    [Fact]
    public void Terms_drop_function_words_and_add_bigrams()
    {
        var terms = VietnameseTokenizer.Terms(VietnameseTokenizer.Tokens("Chuyển đổi số là gì"));
        Assert.Equal(["chuyen", "doi", "so", "chuyen_doi", "doi_so", "so_la"], terms);
    }
}
