using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Flows.Faq;

/// <summary>
/// A short question about a term that only one item of the shipped content asks of is answered by that item, though
/// it repeats little of the item's longer phrasing.
/// </summary>
public sealed class ShortQuestionTests
{
    [Theory]
    [InlineData("otp la gi", "otp-la-gi")]
    [InlineData("mã OTP là gì", "otp-la-gi")]
    [InlineData("otp là gì vậy", "otp-la-gi")]
    public async Task A_term_only_one_item_asks_of_is_answered_by_it(string question, string item)
    {
        await new TestFlow(ShippedContent.Root())
            .Send(question)
            .AssertReply(_ => { })
            .AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", item), (t.Intent, t.ContentId)))
            .StartTestAsync();
    }
}
