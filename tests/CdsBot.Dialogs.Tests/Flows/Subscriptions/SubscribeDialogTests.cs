using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Flows;
using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Flows.Subscriptions;

public sealed class SubscribeDialogTests
{
    private readonly RecordingSubscriptionStore _store = new();

    private TestFlow Flow() => new(SampleContent.Root(new RecordingHandoffDesk(), subscriptions: _store));

    [Fact]
    public async Task Subscribing_asks_topic_and_locality_and_records_consent_with_time_and_channel()
    {
        var before = DateTimeOffset.UtcNow;
        await Flow()
            .Send("đăng ký nhận tin").AssertReply(reply =>
            {
                Assert.Equal("Anh/Chị muốn nhận tin về chủ đề nào?", reply.Text);
                Assert.Equal(["Tất cả chủ đề", "Nghị quyết – văn bản", "Ngày Chuyển đổi số 10/10"], reply.QuickReplies.Select(q => q.Title));
            })
            .SendPayload("ngay-cds").AssertReplyContains("xã, phường nào")
            .Send("tra vinh").AssertReplyContains("đã đăng ký nhận tin về Ngày Chuyển đổi số 10/10 (Trà Vinh)")
            .StartTestAsync();

        var subscription = Assert.Single(_store.Active.Values);
        Assert.Equal(("test", "u1", "tra-vinh"), (subscription.Channel, subscription.UserId, subscription.Locality));
        Assert.Equal(["ngay-cds"], subscription.Topics);
        Assert.InRange(subscription.ConsentedAt, before, DateTimeOffset.UtcNow);
    }

    [Theory]
    [InlineData("Trà Vinh")]
    [InlineData("tra vinh")]
    [InlineData("tỉnh trà vinh")]
    [InlineData("tôi ở tra vinh")]
    [InlineData("vinh")]
    [InlineData("2")]
    public async Task A_place_is_picked_by_typing_part_of_its_name_with_or_without_diacritics(string typed)
    {
        await Flow()
            .Send("đăng ký nhận tin").AssertReply(_ => { })
            .SendPayload("ngay-cds").AssertReply(reply => Assert.Equal(["Toàn quốc", "Trà Vinh"], reply.QuickReplies.Select(q => q.Title)))
            .Send(typed).AssertReplyContains("(Trà Vinh)")
            .StartTestAsync();

        Assert.Equal("tra-vinh", Assert.Single(_store.Active.Values).Locality);
    }

    [Fact]
    public async Task A_place_not_on_the_list_is_named_in_a_plain_refusal_and_the_citizen_can_type_again()
    {
        await Flow()
            .Send("đăng ký nhận tin").AssertReply(_ => { })
            .SendPayload("ngay-cds").AssertReply(_ => { })
            .Send("ha noi").AssertReply(reply =>
            {
                Assert.StartsWith("Chưa có “ha noi” trong danh sách địa phương của trợ lý.", reply.Text, StringComparison.Ordinal);
                Assert.Equal(["Toàn quốc", "Trà Vinh"], reply.QuickReplies.Select(q => q.Title));
            })
            .Send("ca nuoc").AssertReplyContains("(Toàn quốc)")
            .StartTestAsync();

        Assert.Equal("national", Assert.Single(_store.Active.Values).Locality);
    }

    [Theory]
    [InlineData("dừng")]
    [InlineData("dung nhan tin")]
    [InlineData("hủy đăng ký")]
    [InlineData("huy nhan tin")]
    public async Task Asking_to_stop_unsubscribes_at_once(string stop)
    {
        await Flow()
            .Send("dang ky nhan tin").AssertReply(_ => { })
            .Send("1").AssertReply(_ => { })
            .Send("1").AssertReplyContains("đã đăng ký nhận tin về tất cả chủ đề (Toàn quốc)")
            .Send(stop).AssertReplyContains("Anh/Chị đã hủy nhận tin")
            .AssertTrace(t => Assert.Equal("unsubscribe", t.Intent))
            .StartTestAsync();

        Assert.Empty(_store.Active);
        Assert.Equal([("u1", "citizen")], _store.Stopped);
    }

    [Fact]
    public async Task Stopping_works_in_the_middle_of_another_flow_and_bare_huy_only_cancels()
    {
        await Flow()
            .Send("đăng ký nhận tin").AssertReply(_ => { })
            .Send("1").AssertReply(_ => { })
            .Send("1").AssertReply(_ => { })
            .SendPayload(Payloads.Handoff).AssertReplyContains("nội dung cần cán bộ hỗ trợ")
            .Send("hủy").AssertReplyContains("đã hủy")
            .StartTestAsync();
        Assert.Single(_store.Active);

        await Flow()
            .SendPayload(Payloads.Handoff).AssertReplyContains("nội dung cần cán bộ hỗ trợ")
            .Send("dừng nhận tin").AssertReplyContains("Anh/Chị đã hủy nhận tin")
            .StartTestAsync();
        Assert.Empty(_store.Active);
    }

    [Fact]
    public async Task Unfollowing_stops_all_news()
    {
        await Flow()
            .Send("đăng ký nhận tin").AssertReply(_ => { })
            .Send("1").AssertReply(_ => { })
            .Send("1").AssertReply(_ => { })
            .Send(new InboundActivity { Channel = "test", ConversationId = "c1", UserId = "u1", Kind = ActivityKind.Unfollow }).AssertNoReply()
            .StartTestAsync();

        Assert.Equal([("u1", "unfollow")], _store.Stopped);
    }
}
