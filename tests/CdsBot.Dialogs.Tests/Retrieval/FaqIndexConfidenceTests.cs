using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Tests.Retrieval;

public sealed class FaqIndexConfidenceTests
{
    private readonly FaqIndex _index = new(
    [
        new FaqItem { Id = "lua", Topic = "t", Question = "Bị lừa chuyển tiền rồi giờ làm sao?", Answer = "Gọi ngân hàng, báo công an." },
        new FaqItem { Id = "cv", Topic = "t", Question = "Công văn 1850 của Tỉnh đoàn Bến Tre về việc gì?", Answer = "Về truyền thông chuyển đổi số." },
        new FaqItem { Id = "vneid", Topic = "t", Question = "VNeID là gì?", Answer = "Ứng dụng định danh điện tử." },
    ]);

    [Theory]
    [InlineData("mấy giờ rồi")]
    [InlineData("tôi muốn xin việc làm")]
    public void One_shared_word_is_not_enough_to_answer(string question) =>
        Assert.True(_index.Search(question) is var found && (found.Count == 0 || found[0].Confidence < 0.6), $"confidence {_index.Search(question)[0].Confidence}");

    [Fact]
    public void One_word_that_is_the_whole_question_of_an_item_is_enough() =>
        Assert.True(_index.Search("vneid")[0].Confidence >= 0.9);

    [Fact]
    public void Confidence_is_between_zero_and_one_and_best_first()
    {
        var found = _index.Search("bị lừa chuyển tiền thì làm sao, gọi ngân hàng không");
        Assert.Equal("lua", found[0].Item.Id);
        Assert.All(found, c => Assert.InRange(c.Confidence, 0, 1));
        Assert.True(found.Zip(found.Skip(1)).All(p => p.First.Confidence >= p.Second.Confidence));
    }
}
