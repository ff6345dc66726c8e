using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Tests.Retrieval;

public sealed class LocalityPreferenceTests
{
    private static readonly Locality[] Localities =
        [new("tra-vinh", "Trà Vinh", []), new("lao-cai", "Lào Cai", [])];

    private readonly FaqIndex _index = new(
        [
            Item("national", "Nghị quyết về chuyển đổi số là nghị quyết nào?", CdsBot.Dialogs.Content.Localities.National),
            Item("tra-vinh", "Nghị quyết về chuyển đổi số của tỉnh là nghị quyết nào?", "tra-vinh"),
            Item("lao-cai", "Nghị quyết về chuyển đổi số của tỉnh là nghị quyết nào?", "lao-cai"),
        ],
        new TextAnalyzer([], Localities),
        Localities);

    private static FaqItem Item(string id, string question, string locality) =>
        new() { Id = id, Topic = "van-ban", Question = question, Answer = "…", Locality = locality };

    [Theory]
    [InlineData("nghị quyết chuyển đổi số Trà Vinh", "tra-vinh")]
    [InlineData("lao cai nghi quyet chuyen doi so", "lao-cai")]
    [InlineData("nghị quyết về chuyển đổi số", "national")]
    public void A_question_naming_a_locality_prefers_its_items(string question, string expected) =>
        Assert.Equal(expected, _index.Search(question)[0].Item.Id);
}
