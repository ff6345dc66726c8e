using CdsBot.Dialogs.Engine.Prompts;
using CdsBot.Dialogs.Flows.Subscriptions;

namespace CdsBot.Dialogs.Tests.Flows.Subscriptions;

/// <summary>Finding the places a citizen means in a province's list of communes and wards (a made-up list).</summary>
public sealed class PlaceSearchTests
{
    private static readonly Choice[] Places =
    [
        new() { Title = "Tân Ninh", Value = "tan-ninh", Synonyms = ["xã Tân Ninh"] },
        new() { Title = "Ninh Thới", Value = "ninh-thoi", Synonyms = ["xã Ninh Thới"] },
        new() { Title = "Phường 5", Value = "phuong-5" },
        new() { Title = "Phường 7", Value = "phuong-7" },
        new() { Title = "Thanh Sơn", Value = "thanh-son", Synonyms = ["xã Thanh Sơn"] },
        new() { Title = "Đông Hải", Value = "dong-hai", Synonyms = ["đặc khu Đông Hải"] },
    ];

    [Theory]
    [InlineData("Tân Ninh", "tan-ninh")]
    [InlineData("tan ninh", "tan-ninh")]
    [InlineData("xa tan ninh", "tan-ninh")]
    [InlineData("tôi ở xã Tân Ninh", "tan-ninh")]
    [InlineData("ninh thoi", "ninh-thoi")]
    [InlineData("phường 5", "phuong-5")]
    [InlineData("5", "phuong-5")]
    [InlineData("thanh son", "thanh-son")]
    [InlineData("dong hai", "dong-hai")]
    [InlineData("đặc khu Đông Hải", "dong-hai")]
    public void A_name_or_part_of_one_finds_the_one_place(string typed, string place)
    {
        Assert.Equal([place], PlaceSearch.Find(typed, Places).Select(c => c.Value));
    }

    [Theory]
    [InlineData("ninh", new[] { "tan-ninh", "ninh-thoi" })]
    [InlineData("phuong", new[] { "phuong-5", "phuong-7" })]
    [InlineData("xã", new[] { "tan-ninh", "ninh-thoi", "thanh-son" })]
    public void A_word_that_several_names_share_finds_them_all(string typed, string[] places)
    {
        Assert.Equal(places, PlaceSearch.Find(typed, Places).Select(c => c.Value));
    }

    [Theory]
    [InlineData("ha noi")]
    [InlineData("Hà Nội")]
    [InlineData("thanh pho ho chi minh")]
    [InlineData("")]
    public void A_place_not_on_the_list_finds_nothing(string typed)
    {
        Assert.Empty(PlaceSearch.Find(typed, Places));
    }
}
