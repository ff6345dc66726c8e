using CdsBot.Dialogs.Tests.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CdsBot.Dialogs.Tests.Flows.Faq;

/// <summary>
/// A citizen often tells the situation in one message and asks in the next: a message that asked nothing and that no item
/// answered is read with the question that follows it, for a while.
/// </summary>
public sealed class ToldBeforeAskedTests
{
    [Theory]
    [InlineData("con tôi dặn phải cài vneid để sau này làm giấy tờ cho tiện", "mà tải ở đâu mới đúng, tôi sợ bấm nhầm đường link lạ", "vneid-cai-dat")]
    [InlineData("tuan truoc e nop ho so tren cong dich vu cong quoc gia", "gio muon xem toi dau roi thi coi o dau", "dvc-tra-cuu-ho-so")]
    public Task The_question_after_a_message_telling_the_situation_is_read_with_it(string told, string asked, string item) =>
        new TestFlow(ShippedContent.Root())
            .Send(told).AssertReply(_ => { })
            .AssertTrace(t => Assert.Null(t.ContentId))
            .Send(asked).AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", item), (t.Intent, t.ContentId)))
            .StartTestAsync();

    [Fact]
    public Task A_question_no_item_answers_is_not_read_with_the_next_one() =>
        new TestFlow(ShippedContent.Root())
            .Send("con tôi dặn phải cài vneid để sau này làm giấy tờ cho tiện, có đúng vậy không?").AssertReply(_ => { })
            .AssertTrace(t => Assert.NotEqual("faq", t.Intent))
            .Send("mà tải ở đâu mới đúng, tôi sợ bấm nhầm đường link lạ").AssertReply(_ => { })
            .AssertTrace(t => Assert.NotEqual("vneid-cai-dat", t.ContentId))
            .StartTestAsync();

    [Fact]
    public Task Menu_forgets_what_was_told() =>
        new TestFlow(ShippedContent.Root())
            .Send("tuan truoc e nop ho so tren cong dich vu cong quoc gia").AssertReply(_ => { })
            .Send("menu").AssertReply(_ => { })
            .Send("gio muon xem toi dau roi thi coi o dau").AssertReply(_ => { })
            .AssertTrace(t => Assert.NotEqual("dvc-tra-cuu-ho-so", t.ContentId))
            .StartTestAsync();

    [Fact]
    public async Task What_was_told_lapses_after_a_quiet_period()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero));
        var root = ShippedContent.Root(time);
        var before = new TestFlow(root);
        await before
            .Send("con tôi dặn phải cài vneid để sau này làm giấy tờ cho tiện").AssertReply(_ => { })
            .StartTestAsync();

        time.Advance(TimeSpan.FromMinutes(11));
        await new TestFlow(root, before.Store)
            .Send("mà tải ở đâu mới đúng, tôi sợ bấm nhầm đường link lạ").AssertReply(_ => { })
            .AssertTrace(t => Assert.NotEqual("vneid-cai-dat", t.ContentId))
            .StartTestAsync();
    }
}
