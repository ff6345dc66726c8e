using CdsBot.Dialogs.Activities;
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

    [Theory]
    [InlineData("nghị quyết về chuyển đổi số của tỉnh", "tra-vinh", "tra-vinh")]
    [InlineData("nghị quyết về chuyển đổi số của tỉnh", "lao-cai", "lao-cai")]
    [InlineData("nghi quyet ve chuyen doi so cua tinh", "lao-cai", "lao-cai")]
    public void An_account_serving_a_locality_reads_a_question_naming_none_as_naming_it(string question, string home, string expected) =>
        Assert.Equal(expected, _index.Search(question, 3, new ContentScope(home, []))[0].Item.Id);

    [Fact]
    public void A_locality_the_question_names_outweighs_the_one_the_account_serves() =>
        Assert.Equal("lao-cai", _index.Search("nghị quyết chuyển đổi số của tỉnh Lào Cai", 3, new ContentScope("tra-vinh", []))[0].Item.Id);

    [Fact]
    public void Items_of_topics_outside_the_accounts_scope_are_never_found()
    {
        var index = new FaqIndex(
        [
            Item("resolution", "Nghị quyết về chuyển đổi số là nghị quyết nào?", CdsBot.Dialogs.Content.Localities.National),
            new FaqItem { Id = "skills", Topic = "ky-nang-so", Question = "Học kỹ năng chuyển đổi số ở đâu?", Answer = "…" },
        ]);

        var found = index.Search("chuyển đổi số", 5, new ContentScope(null, ["ky-nang-so"]));

        Assert.Equal(["skills"], found.Select(c => c.Item.Id));
        Assert.Equal(2, index.Search("chuyển đổi số", 5, ContentScope.All).Count);
    }
}
