using CdsBot.Dialogs.Content;
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

    [Fact]
    public void An_item_covering_the_whole_question_outranks_one_that_repeats_part_of_it()
    {
        var index = new FaqIndex(
        [
            Item("passport", "Hộ chiếu", "Làm hộ chiếu", "Cấp hộ chiếu", "Hộ chiếu ở đâu"),
            Item("renewal", "Xin gia hạn thời gian sử dụng của quyển hộ chiếu phổ thông cho trẻ em đang sống ở nước ngoài"),
            Item("licence", "Gia hạn giấy phép kinh doanh"),
            Item("card", "Gia hạn thẻ bảo hiểm"),
        ]);

        var found = index.Search("gia hạn hộ chiếu");

        Assert.Equal("renewal", found[0].Item.Id);
        var passport = found.Single(c => c.Item.Id == "passport");

        // By BM25 alone (the rank before it is weighed by coverage) the item saying "hộ chiếu" four times would lead.
        Assert.True(passport.Rank / passport.Evidence.Coverage > found[0].Rank / found[0].Evidence.Coverage, $"{passport.Rank} {passport.Evidence.Coverage} {found[0].Rank} {found[0].Evidence.Coverage}");
    }

    [Fact]
    public void Item_share_is_how_many_items_use_a_word_or_a_pair_of_neighbouring_words()
    {
        var index = new FaqIndex(
        [
            Item("birth", "Thủ tục đăng ký khai sinh"),
            Item("death", "Thủ tục đăng ký khai tử"),
            Item("licence", "Cấp giấy phép kinh doanh"),
            Item("passport", "Làm hộ chiếu"),
        ]);

        Assert.Equal(0.5, index.ItemShare("thu_tuc"));
        Assert.Equal(0.25, index.ItemShare("khai_sinh"));
        Assert.Equal(1, index.ItemShare("huong_dan")); // every answer is "Xem hướng dẫn."
        Assert.Equal(0, index.ItemShare("vien_thong"));
    }

    [Fact]
    public void The_best_of_a_yearly_series_is_judged_against_the_first_item_outside_the_series()
    {
        var index = new FaqIndex(
        [
            Item("theme-2025", "Chủ đề Ngày Chuyển đổi số năm 2025 là gì?") with { Series = "Chủ đề", PeriodFrom = new(2025, 1, 1), PeriodTo = new(2025, 12, 31) },
            Item("theme-2024", "Chủ đề Ngày Chuyển đổi số năm 2024 là gì?") with { Series = "Chủ đề", PeriodFrom = new(2024, 1, 1), PeriodTo = new(2024, 12, 31) },
            Item("skills", "Kỹ năng số là gì?"),
        ]);

        var found = index.Search("chủ đề chuyển đổi số là gì");
        Assert.Equal(["skills", "theme-2024", "theme-2025"], found.Select(c => c.Item.Id).Order());
        Assert.Equal("skills", found[2].Item.Id);

        // Against its sibling the best would be a near-tie on everything but the year; against "skills" it leads clearly.
        var (best, outside) = (found[0], found[2]);
        Assert.Equal(outside.Evidence.Fit, best.Evidence.RivalFit);
        Assert.Equal((best.Rank - outside.Rank) / best.Rank, best.Evidence.Lead, 6);

        // Every other candidate is still judged against the best.
        Assert.Equal(best.Evidence.Fit, found[1].Evidence.RivalFit);
    }

    [Fact]
    public void The_first_of_two_questions_an_item_asks_is_one_of_its_phrasings()
    {
        var index = new FaqIndex(
        [
            Item("otp", "Mã OTP là gì, có được đưa cho người khác không?"),
            Item("licence", "Đổi, cấp lại giấy phép lái xe trực tuyến được không?"),
            Item("fees", "Nộp phí trực tuyến thế nào?"),
        ]);

        Assert.Equal(1, index.Search("mã otp là gì")[0].Fit, 3);
        Assert.Equal(1, index.Search("ma otp la gi")[0].Fit, 3);
        // A list is not two questions: "đổi" is no phrasing of its own.
        Assert.True(index.Search("đổi")[0].Fit < 0.5);
    }

    [Fact]
    public void A_pair_joining_a_function_word_to_a_word_covers_no_more_than_the_word()
    {
        var gain = Item("gain", "Làm thủ tục trực tuyến có lợi gì?");
        var benefits = Item("benefits", "Chuyển đổi số mang lại lợi ích gì cho người dân?");
        var index = new FaqIndex([gain, benefits]);

        // "có lợi" is a pair only one item's wording has; "lợi" is what both say.
        Assert.Equal(index.Covers("lợi gì cho dân", gain), index.Covers("thế có lợi gì cho dân", gain), 6);
        Assert.Equal(index.Covers("lợi gì cho dân", benefits), index.Covers("thế có lợi gì cho dân", benefits), 6);
        // Typed without marks, "co" may be a word folded ("cơ", "cờ"): its pairs still count.
        Assert.True(index.Covers("co loi gi cho dan", gain) > index.Covers("loi gi cho dan", gain));
    }

    private static FaqItem Item(string id, string question, params string[] variants) =>
        new() { Id = id, Topic = "t", Question = question, Variants = [.. variants], Answer = "Xem hướng dẫn." };
}
