using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Tests.Retrieval;

/// <summary>
/// A province the deployment does not serve is a place with no content: a question naming it is read as asking about
/// that place, which no other place's item answers, and its name is not read as the words it folds to.
/// </summary>
public sealed class PlacesNotServedTests
{
    private static readonly Locality[] Served = [new("thai-binh", "Thái Bình", ["tỉnh Thái Bình"])];

    private static readonly TextAnalyzer Analyzer = new([], Served, elsewhere: ProvincesOfVietnam.All);

    private static IReadOnlySet<string> Named(string question) => Analyzer.Localities(Analyzer.Tokens(question));

    [Theory]
    [InlineData("kế hoạch chuyển đổi số của tỉnh Nam Định", "elsewhere:nam-dinh")]
    [InlineData("ke hoach cds cua nam dinh", "elsewhere:nam-dinh")]
    [InlineData("Quảng Ninh có ngày chủ nhật số không", "elsewhere:quang-ninh")]
    [InlineData("o tp hcm lam khai sinh online dc ko", "elsewhere:thanh-pho-ho-chi-minh")]
    [InlineData("Sài Gòn có ứng dụng gì", "elsewhere:thanh-pho-ho-chi-minh")]
    [InlineData("tỉnh Hòa Bình có kế hoạch gì", "elsewhere:hoa-binh")]
    [InlineData("Thừa Thiên Huế có tổng đài không", "elsewhere:hue")]
    [InlineData("tỉnh Điện Biên có ngày chủ nhật số không", "elsewhere:dien-bien")]
    [InlineData("người dân Nghệ An cài VNeID thế nào", "elsewhere:nghe-an")]
    [InlineData("tôi ở hcm", "elsewhere:thanh-pho-ho-chi-minh")]
    public void Names_a_province_it_does_not_serve(string question, string expected) =>
        Assert.Equal([expected], Named(question));

    [Theory]
    [InlineData("kế hoạch của tỉnh Thái Bình", "thai-binh")]
    [InlineData("thai binh co ngay chu nhat so ko", "thai-binh")]
    public void A_province_it_serves_is_its_own_locality(string question, string expected) =>
        Assert.Equal([expected], Named(question));

    [Theory]
    [InlineData("sống trong hòa bình")]
    [InlineData("phong trào do Chủ tịch Hồ Chí Minh phát động")]
    [InlineData("nhà có hai phòng")]
    [InlineData("lừa đảo qua mạng diễn biến phức tạp")]
    [InlineData("tui đi làm đồng cả ngày")]
    [InlineData("Việt Nam định hướng chuyển đổi số đến năm 2030 thế nào")] // a name only where it opens the message or a word introduces it
    [InlineData("có văn bản nào hướng dẫn thẻ căn cước đa năng không")]
    [InlineData("mức đóng thấp nhất là bao nhiêu")]
    [InlineData("chị Huệ hỏi cách cài VNeID")]
    [InlineData("thái bình dương")] // the served name's words are not read again
    public void An_everyday_phrase_that_is_also_a_name_is_no_place(string question) =>
        Assert.DoesNotContain(Named(question), Localities.IsElsewhere);


    private readonly FaqIndex _index = new(
        [
            Item("sunday", "van-ban", "Ngày chủ nhật số là gì?", "thai-binh"),
            Item("plan", "van-ban", "Kế hoạch chuyển đổi số quốc gia là văn bản nào?", Localities.National),
            Item("theme", "ngay-cds", "Chủ đề ngày chuyển đổi số năm 2024 là gì?", Localities.National),
            Item("birth", "dich-vu-cong", "Làm khai sinh trực tuyến được không?", Localities.National),
        ],
        Analyzer,
        Served);

    private static FaqItem Item(string id, string topic, string question, string locality) =>
        new() { Id = id, Topic = topic, Question = question, Answer = "…", Locality = locality };

    private Candidate Found(string question, string id) => _index.Search(question, 5).Single(c => c.Item.Id == id);

    [Fact]
    public void Another_places_item_is_not_what_a_question_naming_a_place_asks() =>
        Assert.True(Found("Quảng Ninh có ngày chủ nhật số không", "sunday").OfOtherPlace);

    [Fact]
    public void The_place_a_question_names_keeps_its_own_items() =>
        Assert.False(Found("Thái Bình có ngày chủ nhật số không", "sunday").OfOtherPlace);

    [Theory]
    [InlineData("kế hoạch chuyển đổi số của tỉnh Nam Định là văn bản nào", "plan")]
    [InlineData("tinh dong thap co ke hoach chuyen doi so nam 2024 ko", "theme")]
    public void The_countrys_document_is_not_a_place_with_no_content_own_plan(string question, string id) =>
        Assert.True(Found(question, id).OfOtherPlace);

    [Theory]
    [InlineData("ở Nam Định làm khai sinh trực tuyến được không")]
    [InlineData("tôi ở Hà Nội, kế hoạch chuyển đổi số quốc gia là văn bản nào")] // the country's own document, asked from anywhere
    [InlineData("kế hoạch chuyển đổi số quốc gia là văn bản nào")]
    public void A_national_service_holds_in_every_place(string question) =>
        Assert.False(_index.Search(question, 5)[0].OfOtherPlace);

    [Fact]
    public void A_document_named_by_its_number_does_not_make_the_countrys_item_a_places_plan() =>
        Assert.True(Found("kế hoạch chuyển đổi số 749 của tỉnh Nam Định", "plan").OfOtherPlace);

    [Fact]
    public void A_deployment_serving_no_province_knows_no_other_province()
    {
        // Listing only its communes, it cannot tell its own province from another.
        var communes = new TextAnalyzer([], [new Locality("tan-ninh", "Tân Ninh", ["xã Tân Ninh"])], elsewhere: ProvincesOfVietnam.All);

        Assert.Empty(communes.Localities(communes.Tokens("kế hoạch chuyển đổi số của tỉnh Quảng Trị")));
    }

    [Fact]
    public void The_name_is_not_read_as_the_words_it_folds_to()
    {
        // "nam dinh" folds to what "năm" and "định" fold to; as a place it matches neither.
        Assert.Empty(_index.Search("nam dinh", 5));
    }
}
