using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Tests.Retrieval;

/// <summary>
/// How <see cref="FaqIndex"/> weighs diacritics: a word typed with its marks counts fully only where the item spells it
/// the same way, a word typed without marks matches folded text at full weight, each word judged on its own; function
/// words are judged by spelling; words that come from shorthand or synonyms carry their meaning's spelling.
/// </summary>
public sealed class AccentAwareMatchingTests
{
    private readonly FaqIndex _servers = new(
    [
        Item("server", "Máy chủ báo lỗi"),
        Item("font", "Lỗi font khi đánh máy chữ"),
    ]);

    private readonly FaqIndex _sharing = new(
    [
        Item("sharing", "Có nên dùng chung máy tính với người khác không?"),
        Item("certificate", "Dùng chứng thư số ký giấy chứng nhận trên máy tính"),
    ]);

    private readonly FaqIndex _news = new(
    [
        Item("fake", "Tra cứu tin giả"),
        Item("price", "Tra cứu tin giá"),
    ]);

    /// <summary>"chung" has no marks because it needs none: in a question written with diacritics it is not "chứng".</summary>
    [Fact]
    public void Dùng_chung_máy_prefers_sharing_a_device_to_a_certificate_that_says_chứng_twice()
    {
        var found = _sharing.Search("Dùng chung máy");

        Assert.Equal(["sharing", "certificate"], found.Select(c => c.Item.Id));
        Assert.True(found[1].Evidence.Coverage < 1, "'chung' should not count fully for 'chứng' in a question written with diacritics");
    }

    [Fact]
    public void Lỗi_máy_chủ_prefers_the_server_to_a_font_error_that_shares_as_many_words_once_folded()
    {
        Assert.True(SharedFoldedTerms("Lỗi máy chủ", "Lỗi font khi đánh máy chữ") >= SharedFoldedTerms("Lỗi máy chủ", "Máy chủ báo lỗi"));

        var found = _servers.Search("Lỗi máy chủ");

        Assert.Equal(["server", "font"], found.Select(c => c.Item.Id));
        Assert.True(found[1].Evidence.Coverage < 1, "'chủ' should not count fully for 'chữ'");
    }

    [Fact]
    public void A_question_typed_without_diacritics_finds_every_spelling_at_full_weight()
    {
        foreach (var (index, question) in new[] { (_servers, "loi may chu"), (_sharing, "dung chung may") })
        {
            var found = index.Search(question);

            Assert.Equal(2, found.Count);
            Assert.All(found, c => Assert.Equal(1, c.Evidence.Coverage, 9));
        }
    }

    [Fact]
    public void Mixed_input_is_judged_word_by_word()
    {
        // "chủ" with its marks counts fully only for "chủ"; "may" without them still finds "máy", with a milder
        // discount than a wrong mark gets, since in a question written with diacritics a mark may just be missing.
        var found = _servers.Search("lỗi may chủ");
        Assert.Equal(["server", "font"], found.Select(c => c.Item.Id));
        Assert.True(found[0].Evidence.Coverage > found[1].Evidence.Coverage);
        Assert.True(found[0].Evidence.Coverage > 0.8, $"coverage {found[0].Evidence.Coverage}");

        // "chu" without marks is neither "chữ" nor "chủ": both items fit it alike.
        var unmarked = _servers.Search("lỗi máy chu");
        Assert.Equal(2, unmarked.Count);
        Assert.Equal(unmarked[0].Evidence.Coverage, unmarked[1].Evidence.Coverage, 9);
    }

    [Theory]
    [InlineData("tin giả", "fake", "price")]
    [InlineData("tin giá", "price", "fake")]
    public void A_word_typed_with_its_diacritics_ranks_its_own_spelling_above_another(string question, string same, string other)
    {
        var found = _news.Search(question);

        Assert.True(Rank(found, same) > Rank(found, other), $"{same} {Rank(found, same)} should outrank {other} {Rank(found, other)}");
    }

    [Fact]
    public void A_word_typed_without_diacritics_ranks_every_spelling_alike()
    {
        var found = _news.Search("tin gia");

        Assert.Equal(Rank(found, "fake"), Rank(found, "price"), 9);
    }

    [Fact]
    public void Hiển_thị_typed_with_its_marks_is_a_topic_word_while_thì_is_a_function_word()
    {
        Assert.False(VietnameseTokenizer.IsStopWord(new Token("thi", "thị")));
        Assert.False(VietnameseTokenizer.IsStopWord(new Token("hien", "hiển")));
        Assert.True(VietnameseTokenizer.IsStopWord(new Token("thi", "thì")));

        var terms = TextAnalyzer.SpelledTerms(TextAnalyzer.Plain.Analyze("Không hiển thị thì sao"));
        Assert.Contains(new SpelledTerm("hien", "hiển"), terms);
        Assert.Contains(new SpelledTerm("thi", "thị"), terms);
        Assert.DoesNotContain(new SpelledTerm("thi", "thì"), terms);
    }

    [Fact]
    public void Không_hiển_thị_finds_the_page_that_does_not_display()
    {
        var index = new FaqIndex([Item("page", "Trang web không hiển thị"), Item("offline", "Không có mạng")]);

        var accented = index.Search("Không hiển thị");
        Assert.Equal("page", accented[0].Item.Id);

        // Without marks "hien" and "thi" fold to function words, but this content spells them "hiển thị": they count.
        var plain = index.Search("khong hien thi");
        Assert.Equal("page", plain[0].Item.Id);
        Assert.Equal(accented[0].Fit, plain[0].Fit, 9);
    }

    [Fact]
    public void A_word_typed_without_marks_that_folds_to_a_function_word_counts_where_the_content_spells_it_as_another_word()
    {
        var index = new FaqIndex([Item("housing", "Điều kiện mua nhà ở xã hội"), Item("insurance", "Điều kiện đóng bảo hiểm xã hội")]);

        var found = index.Search("dieu kien mua nha o xa hoi");

        // "nha" and "hoi" are "nha" (a particle) and "hỏi" once folded, but this content says "nhà" and "hội".
        Assert.Equal("housing", found[0].Item.Id);
        Assert.Equal(1, found[0].Evidence.Coverage, 9);
        Assert.Equal(index.Search("Điều kiện mua nhà ở xã hội")[0].Fit, found[0].Fit, 9);
    }

    [Fact]
    public void A_word_typed_without_marks_is_read_as_the_content_reads_it_beside_the_same_neighbour()
    {
        var index = new FaqIndex([Item("download", "Tải hồ sơ đã nộp"), Item("form", "Tải biểu mẫu"), Item("submit", "Nộp hồ sơ trực tuyến ở đâu")]);

        // "tai ho so" is "tải hồ sơ" here: "tai" is a word of the question.
        var download = index.Search("tai ho so da nop");
        Assert.Equal("download", download[0].Item.Id);
        Assert.Equal(1, download[0].Evidence.Coverage, 9);

        // The content never pairs "tải" with "sao": "tai sao" is "tại sao", and "tai" is no word of the question.
        var why = index.Search("tai sao phai nop ho so");
        Assert.Equal("submit", why[0].Item.Id);
        Assert.Equal(1, why[0].Evidence.Coverage, 9);
    }

    [Fact]
    public void A_word_typed_without_marks_stays_a_function_word_where_the_content_mostly_uses_it_as_one()
    {
        var index = new FaqIndex(
        [
            Item("vneid", "VNeID là gì"), Item("dvc", "Dịch vụ công là gì"), Item("cds", "Chuyển đổi số là gì"),
            Item("leaf", "Lá phiếu điện tử"),
        ]);

        var found = index.Search("vneid la gi");

        // "la" is "là" far more often than "lá" here: it is not a word of the question.
        Assert.Equal("vneid", found[0].Item.Id);
        Assert.Equal(1, found[0].Fit, 9);
        Assert.DoesNotContain(found, c => c.Item.Id == "leaf");
    }

    [Theory]
    [InlineData("Vì sao ko nhận được mã OTP?", "Vì sao không nhận được mã OTP?", "Vì sao khống nhận được mã OTP?", "không nhận được mã OTP")]
    [InlineData("Vì sao ko nhận được mã OTP?", "Vì sao không nhận được mã OTP?", "Vì sao khống nhận được mã OTP?", "ko nhận được mã OTP")]
    [InlineData("Làm lại cccd mất bao lâu?", "Làm lại căn cước công dân mất bao lâu?", "Làm lại căn cược công dân mất bao lâu?", "làm lại căn cước công dân")]
    [InlineData("Làm lại cccd mất bao lâu?", "Làm lại căn cước công dân mất bao lâu?", "Làm lại căn cược công dân mất bao lâu?", "làm lại cccd")]
    public void Words_from_shorthand_or_synonyms_match_their_spelled_out_form_at_full_weight(string abbreviated, string spelledOut, string otherSpelling, string question)
    {
        var analyzer = new TextAnalyzer([new Synonym("cccd", "căn cước công dân")], [], [new Synonym("ko", "không")]);
        var index = new FaqIndex([Item("abbreviated", abbreviated), Item("spelled-out", spelledOut), Item("other-spelling", otherSpelling)], analyzer, []);

        var found = index.Search(question);

        Assert.Equal(Rank(found, "spelled-out"), Rank(found, "abbreviated"), 9);
        Assert.True(Rank(found, "spelled-out") > Rank(found, "other-spelling"), "the spelling penalty should still apply to a different spelling");
    }

    private static FaqItem Item(string id, string question) => new() { Id = id, Topic = "t", Question = question, Answer = "Xem hướng dẫn." };

    private static double Rank(IReadOnlyList<Candidate> found, string id) => found.Single(c => c.Item.Id == id).Rank;

    /// <summary>How many of the question's search terms an item's question holds once both are folded.</summary>
    private static int SharedFoldedTerms(string question, string itemQuestion)
    {
        static HashSet<string> Folded(string text) => [.. TextAnalyzer.SpelledTerms(TextAnalyzer.Plain.Analyze(text)).Select(t => t.Term)];
        return Folded(question).Intersect(Folded(itemQuestion)).Count();
    }
}
