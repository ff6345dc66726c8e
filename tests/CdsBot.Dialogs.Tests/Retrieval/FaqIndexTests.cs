using CdsBot.Dialogs.Retrieval;
using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Retrieval;

public sealed class FaqIndexTests
{
    private readonly FaqIndex _index = new(SampleContent.Set().Items);

    [Theory]
    [InlineData("Ngày Chuyển đổi số quốc gia là ngày nào?", "ngay-cds")]
    [InlineData("ngay chuyen doi so quoc gia la ngay nao", "ngay-cds")]
    [InlineData("nghị quyết 57 là gì", "nq57")]
    [InlineData("Nghị quyết 57-NQ/TW", "nq57")]
    public void Finds_the_item_with_or_without_diacritics(string question, string expected)
    {
        var best = _index.Search(question)[0];
        Assert.Equal(expected, best.Item.Id);
        Assert.True(best.Confidence >= 0.6, $"confidence {best.Confidence}");
    }

    [Fact]
    public void A_question_in_words_the_content_never_uses_has_low_confidence()
    {
        var candidates = _index.Search("giá cà phê hôm nay");
        Assert.True(candidates.Count == 0 || candidates[0].Confidence < 0.35, $"confidence {(candidates.Count > 0 ? candidates[0].Confidence : 0)}");
    }

    [Fact]
    public void An_empty_question_finds_nothing() => Assert.Empty(_index.Search("là gì ?"));
}
