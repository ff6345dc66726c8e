using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Flows.Faq;

/// <summary>
/// A question about a province the deployment does not serve is told so plainly, and is never answered with another
/// place's item or with the country's plan as if it were that province's; what holds in every place is still answered.
/// </summary>
public sealed class PlaceNotServedTests
{
    [Theory]
    [InlineData("quảng ninh có ngày chủ nhật số không", "Quảng Ninh")]
    [InlineData("ke hoach chuyen doi so cua tinh Nam Dinh la van ban nao", "Nam Định")]
    [InlineData("nghi quyet chuyen doi so cua tinh nghe an so may", "Nghệ An")]
    public Task Is_told_there_is_no_content_of_that_place(string question, string place) =>
        new TestFlow(ShippedContent.Root())
            .Send(question)
            .AssertReply(reply => Assert.StartsWith($"Hiện tôi chưa có thông tin riêng về {place}.", reply.Text))
            .AssertTrace(t => Assert.Null(t.ContentId))
            .StartTestAsync();

    [Fact]
    public Task Another_place_asked_after_an_answer_is_told_so_too() =>
        new TestFlow(ShippedContent.Root())
            .Send("Bến Tre có văn bản gì về cds")
            .AssertReply(_ => { })
            .AssertFeedbackPrompt()
            .Send("thế còn Nghệ An?")
            .AssertReply(reply => Assert.StartsWith("Hiện tôi chưa có thông tin riêng về Nghệ An.", reply.Text))
            .AssertTrace(t => Assert.Null(t.ContentId))
            .StartTestAsync();

    [Fact]
    public Task Is_not_quoted_another_places_plan() =>
        new TestFlow(ShippedContent.Root())
            .Send("nghị quyết 57 nói gì về người dân Đà Nẵng")
            .AssertReply(reply => Assert.DoesNotContain("Tân Ninh", reply.Text, StringComparison.Ordinal))
            .AssertFeedbackPrompt()
            .AssertTrace(t => Assert.NotEqual("document", t.Intent))
            .StartTestAsync();

    [Fact]
    public Task A_service_of_the_whole_country_is_answered_wherever_it_is_asked() =>
        new TestFlow(ShippedContent.Root())
            .Send("người dân Nghệ An cài VNeID thế nào")
            .AssertReply(_ => { })
            .AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", "vneid-cai-dat"), (t.Intent, t.ContentId)))
            .StartTestAsync();
}
