using System.Text;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Tests.Retrieval;

public sealed class VietnameseTextTests
{
    [Fact]
    public void Decomposed_input_normalizes_to_the_same_text_as_composed_input()
    {
        var composed = "Nghị quyết chuyển đổi số";
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);
        Assert.Equal(VietnameseText.Normalize(composed), VietnameseText.Normalize(decomposed));
        Assert.True(VietnameseText.Normalize(decomposed).IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("thuý", "thúy")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("Hoà Bình", "hòa bình")]
    [InlineData("quý", "quý")]
    [InlineData("giữa", "giữa")]
    [InlineData("người", "người")]
    [InlineData("hoàn", "hoàn")]
    [InlineData("thuở", "thuở")]
    [InlineData("khuya", "khuya")]
    public void Old_and_new_tone_placement_agree(string input, string expected) =>
        Assert.Equal(expected.Normalize(NormalizationForm.FormC), VietnameseText.Normalize(input));

    [Theory]
    [InlineData("Đảng bộ tỉnh", "dang bo tinh")]
    [InlineData("NGHỊ QUYẾT", "nghi quyet")]
    [InlineData("Bình dân học vụ số", "binh dan hoc vu so")]
    [InlineData("  nhiều   khoảng   trắng ", "nhieu khoang trang")]
    [InlineData("749/QĐ-TTg", "749/qd-ttg")]
    public void Fold_strips_diacritics_including_d_with_stroke(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.Fold(input));
}
