using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Tests.Retrieval;

public sealed class WordPairsTests
{
    [Fact]
    public void Pairs_are_neighbouring_words_folded_and_joined_as_the_indexes_hold_them() =>
        Assert.Equal(
            ["doanh_nghiep", "nghiep_vien", "vien_thong"],
            WordPairs.Of(TextAnalyzer.Plain.Analyze("Doanh nghiệp viễn thông")).Order(StringComparer.Ordinal));

    [Fact]
    public void A_pair_of_two_function_words_is_left_out_and_one_with_a_content_word_kept()
    {
        var pairs = WordPairs.Of(TextAnalyzer.Plain.Analyze("lồng ghép vào các cuộc vận động"));

        Assert.Contains("ghep_vao", pairs);
        Assert.DoesNotContain("vao_cac", pairs);
        Assert.Contains("van_dong", pairs);
    }
}
