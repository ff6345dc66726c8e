using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Tests.Retrieval;

public sealed class DocumentReferencesTests
{
    private static readonly TextAnalyzer Analyzer = new([new("nq", "nghị quyết"), new("qđ", "quyết định")], []);

    [Theory]
    [InlineData("57-NQ/TW", "doc:57:nq")]
    [InlineData("nghị quyết 57 là gì", "doc:57:nq")]
    [InlineData("nghi quyet so 57", "doc:57:nq")]
    [InlineData("nq 57", "doc:57:nq")]
    [InlineData("NQ57", "doc:57:nq")]
    [InlineData("qd 749", "doc:749:qd")]
    [InlineData("Quyết định 749/QĐ-TTg", "doc:749:qd")]
    [InlineData("nghị định 63/2024/NĐ-CP", "doc:63:nd")]
    [InlineData("kế hoạch 01-KH/BCĐTW", "doc:1:kh")]
    [InlineData("ke hoach 01", "doc:1:kh")]
    [InlineData("công văn 1850", "doc:1850:cv")]
    public void Recognizes_document_numbers_however_they_are_written(string text, string term) =>
        Assert.Contains(term, DocumentReferences.Terms(Analyzer.Tokens(text)));

    [Fact]
    public void A_cited_number_gives_the_terms_a_question_would() =>
        Assert.Equal(["doc:749", "doc:749:qd"], DocumentReferences.TermsOfNumber("749/QĐ-TTg"));

    [Theory]
    [InlineData("ngày 10/10")]
    [InlineData("năm 2030 đạt 30%")]
    public void Dates_and_figures_are_not_document_references(string text) =>
        Assert.Empty(DocumentReferences.Terms(Analyzer.Tokens(text)));

    [Theory]
    [InlineData("kinh phí kế hoạch 96 Thái Bình", "ke hoach 96")]
    [InlineData("kh 44 lao cai", "kh 44")]
    [InlineData("tuyen truyen nq 09 tra vinh", "nghi quyet 09")]
    [InlineData("công văn số 1850 nói gì", "cong van so 1850")]
    [InlineData("57-NQ/TW", "57-nq/tw")]
    public void The_words_that_spell_a_reference_are_told_apart_from_the_rest_of_the_question(string text, string words) =>
        Assert.Equal(words.Split(' ').Order(StringComparer.Ordinal), DocumentReferences.Words(Analyzer.Tokens(text)).Order(StringComparer.Ordinal));

    [Fact]
    public void A_question_without_a_reference_has_no_reference_words() =>
        Assert.Empty(DocumentReferences.Words(Analyzer.Tokens("kế hoạch truyền thông năm 2025")));
}
