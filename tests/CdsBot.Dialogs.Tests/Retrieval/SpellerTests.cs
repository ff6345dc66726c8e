using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Tests.Retrieval;

/// <summary>How a slip of the keyboard in a question is mended towards the content's words, and when it is not; how a name typed in two parts is joined.</summary>
public sealed class SpellerTests
{
    private static readonly Speller Speller = new(new Dictionary<string, int>
    {
        ["vneid"] = 9, ["dien"] = 20, ["thoai"] = 12, ["online"] = 1, ["khoa"] = 5, ["khai"] = 7, ["sinh"] = 6,
        ["mang"] = 8, ["manh"] = 8, ["khaisinh"] = 1, ["can"] = 9, ["that"] = 3, ["tncn"] = 2, ["khong"] = 30, ["chuyen"] = 6,
    }, ["fake"]);

    private static void LeftAsTyped(string typed) =>
        Assert.Equal(VietnameseTokenizer.Tokens(typed), Speller.Correct(VietnameseTokenizer.Analyze(typed)).Select(t => t.Folded));

    private static string Mended(string text) => string.Join(' ', Speller.Correct(VietnameseTokenizer.Analyze(text)).Select(t => t.Folded));

    [Theory]
    [InlineData("vnied la gi", "vneid la gi")]
    [InlineData("dien thaoi", "dien thoai")]
    [InlineData("khai sinh onlien", "khai sinh online")]
    [InlineData("vnedi", "vneid")]
    [InlineData("dien thaoi onlien", "dien thoai online")]
    [InlineData("kong", "khong")] // "k" is written only before e, i, y: "kong" is no syllable
    public void A_word_one_slip_from_a_word_of_the_content_is_mended(string typed, string mended) =>
        Assert.Equal(mended, Mended(typed));

    [Theory]
    [InlineData("suc khoe")] // kh + "oe" is a Vietnamese syllable, not a slip for "khoa"
    [InlineData("xoay")] // x + "oay"
    [InlineData("nghieng")] // ngh + "ieng"
    [InlineData("khóe")] // typed with marks: meant as spelled
    [InlineData("kcan")] // "k" before a consonant: "không cần", not "cần"
    [InlineData("thpt")] // an acronym (no vowel), not "that"
    [InlineData("tncs")]
    [InlineData("fakee")] // "fake" is a word of a longer term ("tin fake"): known, never a target
    [InlineData("qa")] // too short
    [InlineData("mand")] // "mang" and "manh" are one edit away alike and as used: no single nearest
    [InlineData("tiktok")] // nothing one edit away
    public void A_syllable_a_marked_word_an_acronym_a_short_word_a_tie_or_a_word_with_no_target_is_left_as_typed(string typed) =>
        LeftAsTyped(typed);

    [Theory]
    [InlineData("vn eid la gi", "vneid la gi")]
    [InlineData("cai vn-eid", "cai vneid")]
    [InlineData("VN EID", "vneid")]
    [InlineData("dien thoai vn eid", "dien thoai vneid")]
    public void A_name_of_the_content_typed_in_two_parts_is_joined(string typed, string joined) =>
        Assert.Equal(joined, Mended(typed));

    [Theory]
    [InlineData("khai sinh")] // two words of the content stay two words, though "khaisinh" were one
    [InlineData("vn éid")] // a part typed with marks is meant as spelled
    [InlineData("vn 2")]
    [InlineData("dang ki em be")] // "ki" is no word of the content but a syllable: not "kiem"
    public void Two_words_of_the_content_a_marked_part_or_a_number_are_not_joined(string typed) =>
        LeftAsTyped(typed);
}
